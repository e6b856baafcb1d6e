import { AuditEventEntity } from '../../src/store/entities';
import { gql } from '../support/api';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

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
  query AuditTargetNamesAudit($clusterId: ID!, $filter: AuditLogFilter!) {
    auditLog(clusterId: $clusterId, filter: $filter, first: 100) {
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

/** A cluster of the test's own with the catalogue, in which Langfang records a pump stock and updates it once. */
async function createdItem(storageName: string): Promise<{ world: BuiltCluster; itemId: string }> {
  const world = await aCluster({ cities: ['Langfang'], catalogue: true }).build();
  const officer = world.city('Langfang').officer;
  const storage = { name: storageName, latitude: 39.5, longitude: 116.7 };
  const created = await gql(officer, CREATE, {
    input: {
      cityId: world.city('Langfang').id,
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
  return { world, itemId };
}

/** A row as versions before the one-name-per-entity change wrote it for an inventory item. */
async function writeFormerRow(world: BuiltCluster, itemId: string, eventId: string): Promise<void> {
  await AuditEventEntity.create({
    clusterId: world.id,
    eventId,
    at: '2020-01-01T00:00:00.000Z',
    actorId: `officer-${world.city('Langfang').id}`,
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
    const { world, itemId } = await createdItem('Depot names');
    const audit = await gql(world.coordinator, AUDIT, { clusterId: world.id, filter: { targetId: itemId } });
    expect(audit.data?.auditLog.nodes).toEqual([
      { action: 'INVENTORY_ITEM_UPDATED', targetType: 'InventoryItem', targetId: itemId },
      { action: 'INVENTORY_ITEM_CREATED', targetType: 'InventoryItem', targetId: itemId },
    ]);
  });

  test('a row stored under the former name is still found by its target and reads as InventoryItem; the row itself is unchanged', async () => {
    const { world, itemId } = await createdItem('Depot former');
    await writeFormerRow(world, itemId, 'former-name-row');
    const coordinator = world.coordinator;

    const byTarget = await gql(coordinator, AUDIT, { clusterId: world.id, filter: { targetId: itemId } });
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

    const wholeCluster = await gql(coordinator, AUDIT, {
      clusterId: world.id,
      filter: { until: '2020-01-02T00:00:00.000Z' },
    });
    expect(wholeCluster.data?.auditLog.nodes).toEqual([
      { action: 'INVENTORY_ITEM_UPDATED', targetType: 'InventoryItem', targetId: itemId },
    ]);

    const stored = await AuditEventEntity.query
      .byCluster({ clusterId: world.id })
      .where(({ eventId }, { eq }) => eq(eventId, 'former-name-row'))
      .go();
    expect(stored.data.map((row) => row.targetType)).toEqual(['InventoryItemRecord']);
  });
});
