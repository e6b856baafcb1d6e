import type { ModeSwitch } from '../domain/clusters/mode';
import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { randomUUID } from 'node:crypto';
import { auditItem } from './audit';
import { batchGetByIds } from './batch';
import {
  ClusterEntity,
  ModeChangeEntity,
  citypact,
  cursors,
  type StoredCluster,
  type StoredModeChange,
} from './entities';
import { readPage } from './pagination';
import { commitTransaction } from './transactions';
import { exactly } from './exact';

export interface ModeSwitchWrite {
  cluster: StoredCluster;
  modeSwitch: ModeSwitch;
  actor: Actor;
  at: string;
}

export const clusterRepository = {
  async get(clusterId: string): Promise<StoredCluster | undefined> {
    const { data } = await ClusterEntity.get({ clusterId }).go({ consistent: true });
    return exactly({ clusterId }, data);
  },

  async getMany(clusterIds: readonly string[]): Promise<(StoredCluster | undefined)[]> {
    return batchGetByIds(clusterIds, 'clusterId', (ids) =>
      ClusterEntity.get(ids.map((clusterId) => ({ clusterId }))).go(),
    );
  },

  /**
   * Switches the mode if the cluster is still as it was read, writing the cluster, its mode history entry and the
   * audit event in one transaction: a switch is never recorded without happening, nor the reverse.
   */
  async switchMode({ cluster, modeSwitch, actor, at }: ModeSwitchWrite): Promise<StoredCluster> {
    const versionAfter = cluster.version + 1;
    const transaction = citypact.transaction.write(({ cluster: clusters, modeChange, auditEvent }) => [
      clusters
        .patch({ clusterId: cluster.clusterId })
        .set({ mode: modeSwitch.to, modeSince: at, updatedAt: at, version: versionAfter })
        .where(({ version }, { eq }) => eq(version, cluster.version))
        .commit(),
      modeChange
        .create({
          clusterId: cluster.clusterId,
          changeId: randomUUID(),
          from: modeSwitch.from,
          to: modeSwitch.to,
          reason: modeSwitch.reason,
          at,
          actorId: actor.id,
          actorName: actor.name,
          actorRole: actor.role,
        })
        .commit(),
      auditEvent
        .create(
          auditItem(
            actor,
            {
              clusterId: cluster.clusterId,
              action: 'CLUSTER_MODE_CHANGED',
              targetType: 'Cluster',
              targetId: cluster.clusterId,
              versionBefore: cluster.version,
              versionAfter,
              changes: { mode: [modeSwitch.from, modeSwitch.to], reason: modeSwitch.reason },
            },
            at,
          ),
        )
        .commit(),
    ]);
    await commitTransaction(transaction, async () => {
      const current = await clusterRepository.get(cluster.clusterId);
      return staleCluster(cluster, current);
    });
    return { ...cluster, mode: modeSwitch.to, modeSince: at, updatedAt: at, version: versionAfter };
  },

  /** Replaces the cluster's trust settings if the cluster is still at the version read, with its audit event. */
  async setTrustSettings(
    cluster: StoredCluster,
    settings: NonNullable<StoredCluster['trustSettings']>,
    actor: Actor,
    at: string,
  ): Promise<StoredCluster> {
    const versionAfter = cluster.version + 1;
    const transaction = citypact.transaction.write(({ cluster: clusters, auditEvent }) => [
      clusters
        .patch({ clusterId: cluster.clusterId })
        .set({ trustSettings: settings, updatedAt: at, version: versionAfter })
        .where(({ version }, { eq }) => eq(version, cluster.version))
        .commit(),
      auditEvent
        .create(
          auditItem(
            actor,
            {
              clusterId: cluster.clusterId,
              action: 'TRUST_SETTINGS_CHANGED',
              targetType: 'Cluster',
              targetId: cluster.clusterId,
              versionBefore: cluster.version,
              versionAfter,
              changes: { trustSettings: [cluster.trustSettings ?? null, settings] },
            },
            at,
          ),
        )
        .commit(),
    ]);
    await commitTransaction(transaction, async () =>
      staleCluster(cluster, await clusterRepository.get(cluster.clusterId)),
    );
    return { ...cluster, trustSettings: settings, updatedAt: at, version: versionAfter };
  },

  /** Mode switches, newest first. */
  async modeHistory(clusterId: string, page: PageRequest): Promise<Page<StoredModeChange>> {
    return readPage(
      `modes:${clusterId}`,
      page,
      (options) => ModeChangeEntity.query.byCluster({ clusterId }).go({ order: 'desc', ...options }),
      (change) => cursors.modeChange.byAccessPattern.byCluster.fromComposite.toCursor(change),
    );
  },

  /** Every cluster's id, for scheduled jobs (one small partition, not a Scan). */
  async listAllIds(): Promise<string[]> {
    const { data } = await ClusterEntity.query.all({}).go({ pages: 'all', attributes: ['clusterId'] });
    return data.map((cluster) => cluster.clusterId);
  },

  /** Seeding and test fixtures only. */
  async put(cluster: StoredCluster): Promise<void> {
    await ClusterEntity.put(cluster).go();
  },
};

export function staleCluster(read: StoredCluster, current: StoredCluster | undefined): ConflictError {
  const now = current ? ` It is now in ${current.mode} mode (version ${current.version}).` : '';
  return new ConflictError(
    `${read.name} was changed by someone else after you read it (you had version ${read.version}).${now} Nothing was changed.`,
    { yourVersion: read.version, currentVersion: current?.version, currentMode: current?.mode },
  );
}
