import type { CityBaseline, FieldChanges } from '../domain/cities/baseline';
import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { systemClock } from '../clock';
import { batchGetByIds } from './batch';
import { ensureCityIndex, withCityIndexKeys } from './city-index';
import { CityEntity, cursors, type StoredCity } from './entities';
import { transaction, versionOf } from './kernel';
import { readPage } from './pagination';
import { exactly } from './exact';

export interface BaselineUpdate {
  city: StoredCity;
  next: CityBaseline;
  /** The new name in the local script; undefined keeps the current one. */
  localName?: string;
  /** Whether figures were passed: only then does the baseline's `asOf` move to now. */
  confirmsFigures: boolean;
  changes: FieldChanges;
  actor: Actor;
  at: string;
}

export const cityRepository = {
  /** Strongly consistent read, for the read-check-write of an update. */
  async get(cityId: string): Promise<StoredCity | undefined> {
    const { data } = await CityEntity.get({ cityId }).go({ consistent: true });
    return exactly({ cityId }, data);
  },

  /** One BatchGetItem per 100 ids, results in the order asked (DataLoader's contract). */
  async getMany(cityIds: readonly string[]): Promise<(StoredCity | undefined)[]> {
    return batchGetByIds(cityIds, 'cityId', (ids) => CityEntity.get(ids.map((cityId) => ({ cityId }))).go());
  },

  /**
   * A page of the cluster's cities in name order, from the city index (gsi3). The first list of a cluster an earlier
   * release stored indexes its cities first (`ensureCityIndex`); until the index has settled, a first page is read
   * from the former index (a cluster's tens of cities are one page), with cursors of the city index either way.
   */
  async listByCluster(clusterId: string, page: PageRequest): Promise<Page<StoredCity>> {
    const fromFormerIndex = await ensureCityIndex(clusterId, systemClock());
    const cursorOf = (city: StoredCity) => cursors.city.byAccessPattern.byCluster.fromComposite.toCursor(city);
    return readPage(
      // Not `cities:` as cursors of the former index were: one of those is refused as another list's.
      `city-index:${clusterId}`,
      page,
      async (options) => {
        if (!fromFormerIndex || options.cursor !== null) return CityEntity.query.byCluster({ clusterId }).go(options);
        // Without a filter a page stops where its last item is: the city index's cursor of that item goes on from it.
        const { data, cursor } = await CityEntity.query.formerByCluster({ clusterId }).go(options);
        const last = data[data.length - 1];
        return { data, cursor: cursor === null || last === undefined ? null : cursorOf(last) };
      },
      cursorOf,
    );
  },

  /**
   * Writes the new baseline only if nobody changed the city since it was read, together with its audit event.
   * The version is checked by DynamoDB in the same transaction, so two concurrent writers cannot both win.
   */
  async updateBaseline({
    city,
    next,
    localName,
    confirmsFigures,
    changes,
    actor,
    at,
  }: BaselineUpdate): Promise<StoredCity> {
    const versionAfter = city.version + 1;
    const set = {
      ...next,
      ...(localName === undefined ? {} : { localName }),
      baselineAsOf: confirmsFigures ? at : city.baselineAsOf,
      updatedAt: at,
      version: versionAfter,
    };
    const updated: StoredCity = { ...city, ...set };
    await transaction()
      .update(
        'city at version read',
        {
          // Its city index keys too, from the name as written: a city written by this release is always listed
          // rightly, whichever index its cluster is listed from yet (or an earlier release's rename left behind).
          params: () =>
            withCityIndexKeys(
              CityEntity.patch({ cityId: city.cityId })
                .set(set)
                .where(({ version }, { eq }) => eq(version, city.version))
                .params(),
              updated,
            ),
        },
        (current) => staleCity(city.name, city.version, current && versionOf(current)),
      )
      .audit(
        actor,
        {
          clusterId: city.clusterId,
          action: 'CITY_BASELINE_UPDATED',
          targetType: 'City',
          targetId: city.cityId,
          versionBefore: city.version,
          versionAfter,
          changes,
        },
        at,
      )
      .commit();
    return updated;
  },
};

export function staleCity(name: string, yourVersion: number, currentVersion: number | undefined): ConflictError {
  return new ConflictError(
    `${name} was changed by someone else after you read it (you had version ${yourVersion}, it is now version ${currentVersion}). ` +
      'Nothing was changed: reload the city and apply your change again.',
    { yourVersion, currentVersion },
  );
}
