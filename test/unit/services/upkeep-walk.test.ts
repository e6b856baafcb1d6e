import { CLUSTER_RESERVE_MS, walkClusters, type UpkeepStep } from '../../../src/services/upkeep';
import type { Repositories } from '../../../src/store';

const NOW = '2026-07-22T00:00:00.000Z';

/** A store whose clusters are `ids`; reading `unreadable` fails. */
const storeOf = (ids: string[], unreadable?: string) =>
  ({
    clusters: {
      listAllIds: async () => ids,
      get: async (clusterId: string) => {
        if (clusterId === unreadable) throw new Error('InternalServerError');
        return { clusterId };
      },
    },
  }) as unknown as Repositories;

/** A step that notes the clusters it is given and counts one `done` each. */
function noting(seen: string[]): UpkeepStep<'done'> {
  return {
    name: 'noting',
    run: async ({ clusterId }) => {
      seen.push(clusterId);
      return { done: 1 };
    },
  };
}

test('a cluster that cannot be read is skipped and counted once; the others get every step', async () => {
  const first: string[] = [];
  const second: string[] = [];
  const walk = await walkClusters(storeOf(['a', 'b', 'c'], 'b'), NOW, [noting(first), noting(second)]);
  expect(walk).toEqual({ clusters: 3, clustersLeft: 0, figures: { done: 4, failed: 1 }, listed: ['a', 'b', 'c'] });
  expect([first, second]).toEqual([
    ['a', 'c'],
    ['a', 'c'],
  ]);
});

test('no cluster is started with less than the reserve or twice the slowest cluster left; one is always done', async () => {
  const seen: string[] = [];
  // Each cluster takes 8 s of the budget, so one starts only with at least 16 s left (more than the 10 s reserve).
  let left = 44_000;
  const slow: UpkeepStep<'done'> = {
    name: 'slow',
    run: async ({ clusterId }) => {
      seen.push(clusterId);
      left -= 8_000;
      return { done: 1 };
    },
  };
  const walk = await walkClusters(storeOf(['a', 'b', 'c', 'd', 'e', 'f']), NOW, [slow], { timeLeftMs: () => left });
  // 44 → 36 → 28 → 20 → 12 s left: the fifth would start with 12 s, less than twice the slowest (16 s).
  expect(seen).toEqual(['a', 'b', 'c', 'd']);
  expect(walk).toMatchObject({ clusters: 4, clustersLeft: 2, stoppedAfter: 'd' });

  const starved = await walkClusters(storeOf(['a', 'b']), NOW, [noting([])], {
    timeLeftMs: () => CLUSTER_RESERVE_MS - 1,
  });
  expect(starved).toMatchObject({ clusters: 1, clustersLeft: 1, stoppedAfter: 'a' });
});

test('a run goes on after the cluster where the last one stopped, wrapping round to the first', async () => {
  const seen: string[] = [];
  await walkClusters(storeOf(['c', 'a', 'd', 'b']), NOW, [noting(seen)], {
    timeLeftMs: () => 60_000,
    resumeAfter: 'b',
  });
  expect(seen).toEqual(['c', 'd', 'a', 'b']);
});
