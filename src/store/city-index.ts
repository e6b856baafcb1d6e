import { config } from '../config';
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

/** Clusters seen indexed by this container (the marker never goes away, so it is remembered). */
const indexed = new Set<string>();
/** Upgrades in progress in this container, so concurrent first lists of a cluster wait for one. */
const upgrading = new Map<string, Promise<void>>();

/** Forgets which clusters were seen indexed (a table emptied and reused, as tests do). */
export function forgetIndexedClusters(): void {
  indexed.clear();
}

/** Notes clusters whose marker this container has just written (the seed): their lists read no marker. */
export function rememberIndexed(clusterIds: readonly string[]): void {
  for (const clusterId of clusterIds) indexed.add(clusterId);
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
 * Makes sure the cluster's cities are listed by the city index: nothing to do once this container saw the marker;
 * otherwise the marker is read (one call), and if absent the cities' keys are written first. True when this call (or
 * one it waited for) has just written them: DynamoDB updates an index shortly after the write, so the caller answers
 * from the former index this once.
 */
export async function ensureCityIndex(clusterId: string, at: string): Promise<boolean> {
  if (indexed.has(clusterId)) return false;
  const inFlight = upgrading.get(clusterId);
  if (inFlight) {
    await inFlight;
    return true;
  }
  if ((await readTotal(cityIndexKeys.marker(clusterId)))?.indexedAt !== undefined) {
    indexed.add(clusterId);
    return false;
  }
  const upgrade = retryLostRaces(() => indexCities(clusterId, at));
  upgrading.set(clusterId, upgrade);
  try {
    await upgrade;
  } finally {
    upgrading.delete(clusterId);
  }
  indexed.add(clusterId);
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
