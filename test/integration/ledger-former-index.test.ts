import { Entity } from 'electrodb';
import { entityOptions } from '../../src/store/entities/attributes';
import { LedgerEntryEntity, type StoredLedgerEntry } from '../../src/store/entities';
import { repositories } from '../../src/store';
import { aCluster, type BuiltCluster } from '../support/world';

/** The ledger line as earlier versions wrote it: the same entity with a by-time index on gsi1 that nothing read. */
const FormerLedgerEntryEntity = new Entity(
  {
    ...LedgerEntryEntity.schema,
    model: { entity: 'ledgerEntry', version: '1', service: 'citypact' },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['entryId'] } },
      byTime: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['at', 'entryId'] },
      },
    },
  },
  entityOptions,
);

const entry = (world: BuiltCluster, entryId: string): StoredLedgerEntry => ({
  entryId,
  clusterId: world.id,
  kind: 'PAYMENT',
  payerId: world.city('Baoding').id,
  payeeId: world.city('Tianjin').id,
  amountMinor: '12345',
  currency: 'CNY',
  reference: 'former-index',
  at: '2026-01-05T08:00:00.000Z',
  recordedBy: { id: 'coordinator', name: 'Coordinator', role: 'COORDINATOR' },
});

describe('ledger lines and the former by-time index', () => {
  test('a new line carries no gsi1 keys; a line written with them reads back exactly like one written without', async () => {
    const world = await aCluster({ cities: ['Baoding', 'Tianjin'] }).build();
    const before = entry(world, 'former-index-line');
    const after = entry(world, 'current-line');
    await FormerLedgerEntryEntity.create(before).go();
    await LedgerEntryEntity.create(after).go();

    const formerParams = FormerLedgerEntryEntity.create(before).params<{ Item: Record<string, unknown> }>();
    const currentParams = LedgerEntryEntity.create(after).params<{ Item: Record<string, unknown> }>();
    expect(formerParams.Item).toHaveProperty('gsi1pk');
    expect(currentParams.Item).not.toHaveProperty('gsi1pk');
    expect(currentParams.Item).not.toHaveProperty('gsi1sk');

    const read = await repositories.ledger.getMany(world.id, [before.entryId, after.entryId]);
    expect(read).toEqual([before, after]);
    const { data: partition } = await LedgerEntryEntity.query.byCluster({ clusterId: world.id }).go({ pages: 'all' });
    expect(partition.filter((line) => line.reference === 'former-index')).toEqual(
      expect.arrayContaining([before, after]),
    );
  });
});
