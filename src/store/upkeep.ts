import { inventoryTallyBuild } from './inventory-tallies';
import { transaction } from './kernel';
import { obligationTallyBuild } from './obligation-tallies';
import { advanceTallyBuilds } from './tally-build';
import { readTotal, type TotalKey } from './totals';

/** Where the scheduled upkeep stopped when its time ran out (not an ElectroDB entity: one item for the whole table). */
const RESUME_POINT: TotalKey = { pk: '$citypact#upkeep', sk: 'resume' };

export const upkeepRepository = {
  /** The last cluster a run walked before its time ran out, if one did. */
  async resumeAfter(): Promise<string | undefined> {
    const point = await readTotal(RESUME_POINT);
    return typeof point?.afterClusterId === 'string' ? point.afterClusterId : undefined;
  },

  /** Remembers where a run stopped; two runs at once may both write it, and either place is a fair start. */
  async stoppedAfter(clusterId: string, at: string): Promise<void> {
    await transaction()
      .putTotal(
        'upkeep resume point',
        { ...RESUME_POINT, afterClusterId: clusterId, at },
        () => new Error('unreachable'),
      )
      .commit();
  },

  /**
   * Builds the obligation and stock tallies of clusters whose records predate them (an upgraded table) in bounded
   * steps until `untilMs` (system time), so they are ready before anyone asks.
   */
  advanceTallyBuilds: (clusterIds: readonly string[], now: string, untilMs: number) =>
    advanceTallyBuilds([obligationTallyBuild, inventoryTallyBuild], clusterIds, now, untilMs),
};
