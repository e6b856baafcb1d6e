import { AuditEventEntity } from '../../src/store/entities';
import { demoToken, gql } from '../support/api';
import { officerOf } from '../support/builders';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';

beforeAll(freshTableWithDemoData);

const CREATE = graphql(`
  mutation AuditTargetNamesCreate($input: CreateInventoryItemInput!) {
    createInventoryItem(input: $input) {
      id
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation AuditTargetNamesUpdate($input: UpdateInventoryItemInput!) {
    updateInventoryItem(input: $input) {
      id
      version
    }
  }
`);
const AUDIT = graphql(`
  query AuditTargetNamesAudit($filter: AuditLogFilter!) {
    auditLog(clusterId: "cluster-jjj", filter: $filter, first: 100) {
      nodes {
        action
        targetType
        targetId
      }
    }
  }
`);
const HISTORY = graphql(`
  query AuditTargetNamesHistory($id: ID!) {
    inventoryHistory(itemId: $id, first: 100) {
      nodes {
        action
        targetType
        targetId
      }
    }
  }
`);

async function createdItem(storageName: string): Promise<string> {
  const officer = await officerOf('city-langfang', 'cluster-jjj');
  const storage = { name: storageName, latitude: 39.5, longitude: 116.7 };
  const created = await gql(officer, CREATE, {
    input: {
      cityId: 'city-langfang',
      resourceTypeId: 'mobile-pump-unit',
      tier: 'I',
      onHand: 20,
      shareable: 10,
      readiness: 'READY',
      storage,
    },
  });
  expect(created.errors).toBeUndefined();
  const itemId = created.data!.createInventoryItem.id;
  expect((await gql(officer, UPDATE, { input: { itemId, expectedVersion: 1, onHand: 21 } })).errors).toBeUndefined();
  return itemId;
}

/** A row as versions before the one-name-per-entity change wrote it for an inventory item. */
async function writeFormerRow(itemId: string, eventId: string): Promise<void> {
  await AuditEventEntity.create({
    clusterId: 'cluster-jjj',
    eventId,
    at: '2020-01-01T00:00:00.000Z',
    actorId: 'officer-city-langfang',
    actorName: 'Officer of Langfang',
    actorRole: 'CITY',
    action: 'INVENTORY_ITEM_UPDATED',
    targetType: 'InventoryItemRecord',
    targetId: itemId,
    versionBefore: 0,
    versionAfter: 1,
  }).go();
}

describe('audit target types', () => {
  test('an inventory item is audited under one name, InventoryItem, for every change', async () => {
    const itemId = await createdItem('Depot names');
    const audit = await gql(await demoToken('demo-coordinator-jjj'), AUDIT, { filter: { targetId: itemId } });
    expect(audit.data?.auditLog.nodes).toEqual([
      { action: 'INVENTORY_ITEM_UPDATED', targetType: 'InventoryItem', targetId: itemId },
      { action: 'INVENTORY_ITEM_CREATED', targetType: 'InventoryItem', targetId: itemId },
    ]);
  });

  test('a row stored under the former name is still found by its target and reads as InventoryItem; the row itself is unchanged', async () => {
    const itemId = await createdItem('Depot former');
    await writeFormerRow(itemId, 'former-name-row');
    const coordinator = await demoToken('demo-coordinator-jjj');

    const byTarget = await gql(coordinator, AUDIT, { filter: { targetId: itemId } });
    expect(byTarget.data?.auditLog.nodes.map((node: { targetType: string }) => node.targetType)).toEqual([
      'InventoryItem',
      'InventoryItem',
      'InventoryItem',
    ]);
    const history = await gql(coordinator, HISTORY, { id: itemId });
    expect(history.data?.inventoryHistory.nodes).toHaveLength(3);
    expect(history.data?.inventoryHistory.nodes[2]).toEqual({
      action: 'INVENTORY_ITEM_UPDATED',
      targetType: 'InventoryItem',
      targetId: itemId,
    });

    const wholeCluster = await gql(coordinator, AUDIT, { filter: { until: '2020-01-02T00:00:00.000Z' } });
    expect(wholeCluster.data?.auditLog.nodes).toEqual([
      { action: 'INVENTORY_ITEM_UPDATED', targetType: 'InventoryItem', targetId: itemId },
    ]);

    const stored = await AuditEventEntity.query
      .byCluster({ clusterId: 'cluster-jjj' })
      .where(({ eventId }, { eq }) => eq(eventId, 'former-name-row'))
      .go();
    expect(stored.data.map((row) => row.targetType)).toEqual(['InventoryItemRecord']);
  });
});
