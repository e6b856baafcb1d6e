import { randomUUID } from 'node:crypto';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../src/config';
import { COORDINATION_OFFICE, obligeeKeyOf } from '../../src/domain/obligations/ids';
import { inventoryItemId } from '../../src/domain/resources/ids';
import { documentClient } from '../../src/store/client';
import {
  InventoryItemEntity,
  ObligationEntity,
  type StoredInventoryItem,
  type StoredObligation,
} from '../../src/store/entities';
import { inventoryTallyKeys } from '../../src/store/inventory-tallies';
import { obligationTallyKeys } from '../../src/store/obligation-tallies';
import { forgetKeptTallies } from '../../src/store/tally-build';
import { forgetTrustTallyMarkers, trustTallyKeys } from '../../src/store/trust-tallies';

// Records as a release before the tallies stored them, written straight to the table (no tally moved, no `tallied`
// flag), and clusters taken back to what such a release left: the state every upgrade test starts a build from.

let obligationsMade = 0;
/** An obligation as a release before tallies stored it: closed ones carry no `tallied` flag. */
export function oldObligation(
  clusterId: string,
  obligee: string,
  status: StoredObligation['status'],
  fields: Partial<StoredObligation> = {},
): StoredObligation {
  obligationsMade += 1;
  const dueAt = fields.dueAt ?? new Date(Date.UTC(2026, 0, 1) + obligationsMade * 60_000).toISOString();
  return {
    obligationId: `obl-old-${obligationsMade}-${randomUUID().slice(0, 8)}`,
    clusterId,
    agreementId: 'agr-old',
    agreementVersionNo: 1,
    dutyId: 'duty-old',
    obligeeKey: obligeeKeyOf(clusterId, obligee),
    ...(obligee === COORDINATION_OFFICE ? {} : { cityId: obligee }),
    role: 'LEAD',
    kind: 'REPORT',
    action: 'Report to the office',
    triggeredAt: '2025-12-31T00:00:00.000Z',
    dueAt,
    status,
    openState: status === 'OPEN' ? 'OPEN' : 'CLOSED',
    ...(status === 'OPEN' ? {} : { closedAt: dueAt }),
    version: status === 'OPEN' ? 1 : 2,
    ...fields,
  };
}

let depotsMade = 0;
/** Stock as a release before tallies stored it, in `depot` (a depot of its own unless named). */
export function oldItem(
  clusterId: string,
  cityId: string,
  { depot = `Old depot ${++depotsMade}`, ...fields }: Partial<StoredInventoryItem> & { depot?: string } = {},
): StoredInventoryItem {
  return {
    itemId: inventoryItemId(cityId, 'mobile-pump-unit', 'II', depot),
    clusterId,
    cityId,
    typeId: 'mobile-pump-unit',
    tier: 'II',
    onHand: 30,
    shareable: 20,
    committed: 5,
    readiness: 'READY',
    storage: { name: depot, latitude: 39.1, longitude: 117.2 },
    lastVerifiedAt: '2026-06-01T00:00:00.000Z',
    lastChangedBy: 'earlier-version',
    version: 1,
    updatedAt: '2026-06-01T00:00:00.000Z',
    ...fields,
  };
}

// DynamoDB writes at most 25 items a batch.
const BATCH = 25;

export async function putOldObligations(obligations: StoredObligation[]): Promise<void> {
  for (let start = 0; start < obligations.length; start += BATCH)
    await ObligationEntity.put(obligations.slice(start, start + BATCH)).go();
}

export async function putOldItems(items: StoredInventoryItem[]): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH)
    await InventoryItemEntity.put(items.slice(start, start + BATCH)).go();
}

/** Deletes everything stored under a partition key: a build's marker and the tallies kept beside it. */
async function deletePartition(pk: string): Promise<void> {
  const { Items = [] } = await documentClient.send(
    new QueryCommand({
      TableName: config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  for (const item of Items as Array<{ pk: string; sk: string }>)
    await documentClient.send(new DeleteCommand({ TableName: config.TABLE_NAME, Key: { pk: item.pk, sk: item.sk } }));
}

/** The cluster's obligations as a release before tallies left them: none flagged as tallied, no tallies, no marker. */
export async function obligationsAsBeforeTallies(clusterId: string): Promise<void> {
  const { data } = await ObligationEntity.query
    .byClusterDue({ clusterId })
    .go({ pages: 'all', attributes: ['obligationId', 'tallied'] });
  for (const { obligationId, tallied } of data)
    if (tallied) await ObligationEntity.update({ obligationId }).remove(['tallied']).go();
  await deletePartition(obligationTallyKeys.marker(clusterId).pk);
  forgetKeptTallies();
}

/** The cluster's stock as a release before tallies left it: no item flagged as tallied, no tallies, no marker. */
export async function stockAsBeforeTallies(clusterId: string): Promise<void> {
  const { data } = await InventoryItemEntity.query
    .byClusterType({ clusterId })
    .go({ pages: 'all', attributes: ['itemId', 'tallied'] });
  for (const { itemId, tallied } of data)
    if (tallied) await InventoryItemEntity.update({ itemId }).remove(['tallied']).go();
  await deletePartition(inventoryTallyKeys.marker(clusterId).pk);
  forgetKeptTallies();
}

/** The cluster as a release before trust tallies left it: its compliance records, and no trust tallies beside them. */
export async function trustAsBeforeTallies(clusterId: string): Promise<void> {
  await deletePartition(trustTallyKeys.marker(clusterId).pk);
  forgetTrustTallyMarkers();
}
