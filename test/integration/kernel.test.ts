import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../src/store/admin';
import { CityEntity } from '../../src/store/entities';
import { ConflictError } from '../../src/domain/errors';
import { staleVersion, transaction, TOTAL_LIMIT } from '../../src/store/kernel';
import { exactMinor, readTotal, type TotalKey } from '../../src/store/totals';

beforeAll(async () => {
  const client = new DynamoDBClient({
    endpoint: process.env.DYNAMODB_ENDPOINT,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(client, process.env.TABLE_NAME!);
  client.destroy();
});

const cashOf = (key: TotalKey) => readTotal(key).then((total) => exactMinor(total?.cash));
const refusedAs = (label: string) => (current: Record<string, unknown> | undefined) =>
  new ConflictError(`${label}:${current ? exactMinor(current.cash).toString() : 'none'}`);

describe('the persistence kernel', () => {
  it('keeps a total exact past what a float holds, and refuses the step that would break its bound by name', async () => {
    const key = { pk: 'kernel-test', sk: 'exact' };
    const big = 9_007_199_254_740_993n; // 2^53 + 1: a float would round it
    await transaction()
      .adjust('fund cash', key, { add: { cash: big } }, refusedAs('cash'))
      .commit();
    expect(await cashOf(key)).toBe(big);
    await expect(
      transaction()
        .adjust('other', { pk: 'kernel-test', sk: 'other' }, { add: { cash: 5n } }, refusedAs('other'))
        .adjust('fund cash', key, { add: { cash: -(big + 1n) }, bounds: { cash: { atLeast: 0n } } }, refusedAs('cash'))
        .commit(),
    ).rejects.toThrow(`cash:${big}`);
    // Nothing of the refused transaction was written.
    expect(await cashOf({ pk: 'kernel-test', sk: 'other' })).toBe(0n);
    expect(await cashOf(key)).toBe(big);
  });

  it('refuses a total pushed past the largest amount CityPact records', async () => {
    const key = { pk: 'kernel-test', sk: 'limit' };
    await transaction()
      .adjust('cash', key, { add: { cash: TOTAL_LIMIT } }, refusedAs('limit'))
      .commit();
    await expect(
      transaction()
        .adjust('cash', key, { add: { cash: 1n } }, refusedAs('limit'))
        .commit(),
    ).rejects.toThrow(`limit:${TOTAL_LIMIT}`);
  });

  it('answers a stale version with both versions, from the record as it is now', async () => {
    await CityEntity.put({
      cityId: 'kernel-city',
      clusterId: 'kernel-cluster',
      name: 'Kernel',
      province: 'Test',
      latitude: 31,
      longitude: 121,
      population: 1,
      vulnerablePopulation: 0,
      emergencyTeams: 0,
      emergencyPersonnel: 0,
      shelterCapacity: 0,
      baselineAsOf: '2026-01-01T00:00:00.000Z',
      version: 3,
      updatedAt: '2026-01-01T00:00:00.000Z',
    }).go();
    const failure = await transaction()
      .update(
        'city at version read',
        CityEntity.patch({ cityId: 'kernel-city' })
          .set({ version: 3 })
          .where(({ version }, { eq }) => eq(version, 2)),
        staleVersion('city', 2),
      )
      .commit()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConflictError);
    expect((failure as ConflictError).details).toEqual({ yourVersion: 2, currentVersion: 3 });
  });

  it('lets twenty writers adjust one total at once without losing any of them', async () => {
    const key = { pk: 'kernel-test', sk: 'race' };
    await Promise.all(
      Array.from({ length: 20 }, () =>
        transaction()
          .adjust('cash', key, { add: { cash: 7n } }, refusedAs('race'))
          .commit(),
      ),
    );
    expect(await cashOf(key)).toBe(140n);
  });
});
