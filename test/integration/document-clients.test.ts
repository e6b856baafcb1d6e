import { ConflictError } from '../../src/domain/errors';
import { repositories } from '../../src/store';
import { transaction } from '../../src/store/kernel';
import { exactMinor, readTotal } from '../../src/store/totals';
import { gql } from '../support/api';
import { aCluster } from '../support/world';

// Kept totals are read with exact decimals, records with plain numbers: the translation options of one client must not
// leak to the other (once they did: every record read came back with wrapped numbers, and every change at a version
// read was refused as stale).

it('a record reads with plain numbers while a kept total reads exact', async () => {
  // A city as the seed's writer stores it.
  const world = await aCluster({ cities: ['Hengshui'] }).build();
  const hengshui = world.city('Hengshui');
  const key = { pk: 'document-clients-test', sk: 'cash' };
  const big = 9_007_199_254_740_993n; // 2^53 + 1: a float would round it
  await transaction()
    .adjust('cash', key, { add: { cash: big } }, () => new ConflictError('refused'))
    .commit();
  expect(exactMinor((await readTotal(key))?.cash)).toBe(big);

  const city = await repositories.cities.get(hengshui.id);
  expect(typeof city?.version).toBe('number');
  expect(typeof city?.population).toBe('number');
  const response = await gql<{ city: { version: number; baseline: { population: number } } }>(
    hengshui.officer,
    'query ($id: ID!) { city(id: $id) { version baseline { population } } }',
    { id: hengshui.id },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.city).toEqual({ version: city!.version, baseline: { population: city!.population } });
});
