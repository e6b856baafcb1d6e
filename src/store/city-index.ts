import { config } from '../config';
import { ConflictError } from '../domain/errors';
import { batchGetByIds } from './batch';
import { CityEntity, cityIndexKeysOf, cityKeyOf, type StoredCity } from './entities';
import { onlyExact } from './exact';
import { RaceLost, retryLostRaces, transaction, type WriteTransaction } from './kernel';
import { readTotal, type TotalKey } from './totals';

/**
 * A cluster's cities are listed from an index of their own (gsi3, partition key the cluster alone, sort key name and
 * city): earlier releases listed them from the cluster's gsi1 partition, shared with its obligations, compliance
 * records and inventory items, whose size a Query's time grows with on DynamoDB Local and which concentrates a
 * cluster's traffic on one partition on DynamoDB. Cities an earlier release stored carry no gsi3 keys: the first list
 * of such a cluster writes them, once, from the former index, and a marker item then says the cluster's cities are
 * indexed (see docs/ARCHITECTURE.md, "The city index").
 */

const PARTITION = (clusterId: string) => `$citypact#city-index#${clusterId}`;

export const cityIndexKeys = {
  /** Present once every city of the cluster carries its gsi3 keys (written by the seed or by the upgrade). */
  marker: (clusterId: string): TotalKey => ({ pk: PARTITION(clusterId), sk: 'indexed' }),
};

/** Cities whose keys one transaction writes, with the marker: DynamoDB takes 100 items a transaction. */
const CITIES_PER_TRANSACTION = 90;

/**
 * How long after a cluster's cities were indexed its lists still read the former index. DynamoDB updates a global
 * secondary index shortly after the write (usually well within a second) and offers no consistent read of one, so a
 * list right after the upgrade, in any container, could miss cities that are not in the city index yet. DynamoDB Local
 * updates its indexes with the write: no wait there (tests, `npm start`).
 */
export const cityIndexLimits = { settleMs: config.DYNAMODB_ENDPOINT ? 0 : 60_000 };

/** When each cluster's cities were indexed (epoch ms), as this container read or wrote it: the marker stays. */
const indexedAt = new Map<string, number>();
/** Upgrades in progress in this container, so concurrent first lists of a cluster wait for one. */
const upgrading = new Map<string, Promise<void>>();

/** Forgets which clusters were seen indexed (a table emptied and reused, as tests do). */
export function forgetIndexedClusters(): void {
  indexedAt.clear();
}

/** Notes clusters whose marker this container has just written (the seed): their lists read no marker. */
export function rememberIndexed(clusterIds: readonly string[], at: string): void {
  for (const clusterId of clusterIds) indexedAt.set(clusterId, Date.parse(at));
}

/** Adds the markers of clusters whose cities are written with their gsi3 keys (new clusters, born indexed). */
export function markIndexed(tx: WriteTransaction, clusterId: string, at: string): WriteTransaction {
  return tx.putTotal(
    `city index of ${clusterId}`,
    { ...cityIndexKeys.marker(clusterId), indexedAt: at },
    () =>
      // An unconditional put is never refused; a collision is retried by the kernel.
      new Error(`The city index marker of ${clusterId} was refused`),
  );
}

/**
 * Makes sure the cluster's cities are in the city index, and says whether a list at `at` must still read the former
 * index: nothing to read once this container knows when the cluster was indexed; otherwise the marker (one call), and
 * if absent the cities' keys are written first. True while the index may still lack cities (within
 * `cityIndexLimits.settleMs` of the indexing), and when the upgrade kept losing to other writes of the same cities (a
 * CONFLICT a list should not answer: a later list tries again).
 */
export async function ensureCityIndex(clusterId: string, at: string): Promise<boolean> {
  const settling = (since: number) => Date.parse(at) - since < cityIndexLimits.settleMs;
  const known = indexedAt.get(clusterId);
  if (known !== undefined) return settling(known);
  const inFlight = upgrading.get(clusterId);
  if (inFlight) {
    await inFlight.catch(() => undefined);
    return true;
  }
  const marker = await readTotal(cityIndexKeys.marker(clusterId));
  if (typeof marker?.indexedAt === 'string') {
    indexedAt.set(clusterId, Date.parse(marker.indexedAt));
    return settling(Date.parse(marker.indexedAt));
  }
  const upgrade = retryLostRaces(() => indexCities(clusterId, at));
  upgrading.set(clusterId, upgrade);
  try {
    await upgrade;
    indexedAt.set(clusterId, Date.parse(at));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  } finally {
    upgrading.delete(clusterId);
  }
  return true;
}

/**
 * One attempt: the cities as they are now (their ids from the former index, each read consistently), their gsi3 keys
 * written on condition that each city is still at the version and name read, the marker with the last chunk. A city
 * changed meanwhile (a baseline update, a rename) refuses its chunk: the attempt is lost and made again from a new
 * read, so no key is written from a name that is no longer the city's. A chunk committed before a lost one stays: its
 * keys were right when written, and a later write of this release rewrites them with the city.
 */
async function indexCities(clusterId: string, at: string): Promise<void> {
  const cities = await citiesFromFormerIndex(clusterId);
  const chunks: StoredCity[][] = [];
  for (let start = 0; start < cities.length; start += CITIES_PER_TRANSACTION)
    chunks.push(cities.slice(start, start + CITIES_PER_TRANSACTION));
  if (chunks.length === 0) chunks.push([]);
  for (const [i, chunk] of chunks.entries()) {
    const tx = transaction();
    for (const city of chunk)
      tx.update(`city index keys of ${city.cityId}`, indexKeysWrite(city), () => new RaceLost());
    if (i === chunks.length - 1) markIndexed(tx, clusterId, at);
    await tx.commit();
  }
}

async function citiesFromFormerIndex(clusterId: string): Promise<StoredCity[]> {
  const { data } = await CityEntity.query
    .formerByCluster({ clusterId })
    .go({ pages: 'all', attributes: ['cityId', 'clusterId'] });
  const ids = onlyExact({ clusterId }, data).map((city) => city.cityId);
  const cities = await batchGetByIds(ids, 'cityId', (batch) =>
    CityEntity.get(batch.map((cityId) => ({ cityId }))).go({ consistent: true }),
  );
  return cities.filter((city): city is StoredCity => !!city && city.clusterId === clusterId);
}

/** Sets a city's gsi3 keys, on condition that it is still at the version and name read. */
function indexKeysWrite(city: StoredCity) {
  return {
    params: () => ({
      TableName: config.TABLE_NAME,
      Key: cityKeyOf(city.cityId),
      UpdateExpression: 'SET #gsi3pk = :gsi3pk, #gsi3sk = :gsi3sk',
      ConditionExpression: '#version = :version AND #name = :name',
      ExpressionAttributeNames: { '#gsi3pk': 'gsi3pk', '#gsi3sk': 'gsi3sk', '#version': 'version', '#name': 'name' },
      ExpressionAttributeValues: {
        ...prefixed({ ...cityIndexKeysOf(city) }),
        ':version': city.version,
        ':name': city.name,
      },
    }),
  };
}

function prefixed(keys: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(keys).map(([field, value]) => [`:${field}`, value]));
}

/**
 * Adds a city's gsi3 keys (from its name as written) to the SET of an ElectroDB update of that city, so a city written
 * by this release always carries them, whatever index its cluster is listed from yet.
 */
export function withCityIndexKeys<P extends { UpdateExpression?: string }>(
  params: P & {
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  },
  city: StoredCity,
): P {
  const keys = cityIndexKeysOf(city);
  const names: Record<string, string> = { ...params.ExpressionAttributeNames };
  const values: Record<string, unknown> = { ...params.ExpressionAttributeValues };
  const sets: string[] = [];
  // An update that renames the city sets the sort key itself (from the new name): only what it leaves out is added.
  for (const [field, value] of Object.entries(keys))
    if (!Object.values(names).includes(field)) {
      names[`#cityIndex_${field}`] = field;
      values[`:cityIndex_${field}`] = value;
      sets.push(`#cityIndex_${field} = :cityIndex_${field}`);
    }
  if (sets.length === 0) return params;
  const expression = params.UpdateExpression ?? '';
  const set = sets.join(', ');
  return {
    ...params,
    UpdateExpression: expression.startsWith('SET ') ? `SET ${set}, ${expression.slice(4)}` : `SET ${set} ${expression}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
