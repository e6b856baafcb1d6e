import DataLoader from 'dataloader';
import type { Page } from './domain/pagination';
import type { Repositories } from './store';
import type { StoredCorrectiveAction, StoredCorrectiveActionStep, StoredLedgerEntry } from './store/entities';

/**
 * Loaders for lists nested under every item of a page (a claim's ledger entries, a corrective action's history): the
 * lists of a whole page are read together, so the page costs one call per level, not one per item.
 */
export interface ListItemLoaders {
  /** A ledger entry of a cluster: one BatchGetItem for every entry a page of claims names. */
  ledgerEntry: DataLoader<{ clusterId: string; entryId: string }, StoredLedgerEntry | undefined, string>;
  /** The first page of an action's history (newest first): one BatchGetItem for a page of actions. */
  correctiveActionHistory: DataLoader<
    { action: StoredCorrectiveAction; first: number },
    Page<StoredCorrectiveActionStep>,
    string
  >;
}

export function listItemLoaders(store: Repositories): ListItemLoaders {
  return {
    ledgerEntry: new DataLoader(
      async (keys) => {
        const byCluster = new Map<string, string[]>();
        for (const { clusterId, entryId } of keys)
          byCluster.set(clusterId, [...(byCluster.get(clusterId) ?? []), entryId]);
        const found = new Map<string, StoredLedgerEntry | undefined>();
        await Promise.all(
          [...byCluster].map(async ([clusterId, entryIds]) => {
            const entries = await store.ledger.getMany(clusterId, entryIds);
            entryIds.forEach((entryId, i) => found.set(`${clusterId}\u0000${entryId}`, entries[i]));
          }),
        );
        return keys.map(({ clusterId, entryId }) => found.get(`${clusterId}\u0000${entryId}`));
      },
      { cacheKeyFn: ({ clusterId, entryId }) => `${clusterId}\u0000${entryId}` },
    ),
    correctiveActionHistory: new DataLoader((requests) => store.correctiveActions.firstHistoryPages(requests), {
      cacheKeyFn: ({ action, first }) => `${action.correctiveActionId}\u0000${action.version}\u0000${first}`,
    }),
  };
}
