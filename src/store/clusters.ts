import type { ModeSwitch } from '../domain/clusters/mode';
import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { randomUUID } from 'node:crypto';
import type { AuditedChange } from './audit';
import { batchGetByIds } from './batch';
import { ClusterEntity, ModeChangeEntity, cursors, type StoredCluster, type StoredModeChange } from './entities';
import { neverRefused, transaction, versionOf, type WriteTransaction } from './kernel';
import { readPage } from './pagination';
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
    const set = { mode: modeSwitch.to, modeSince: at };
    await changeCluster(cluster, set, actor, at, {
      action: 'CLUSTER_MODE_CHANGED',
      changes: { mode: [modeSwitch.from, modeSwitch.to], reason: modeSwitch.reason },
    })
      .create(
        'mode history entry',
        ModeChangeEntity.create({
          clusterId: cluster.clusterId,
          changeId: randomUUID(),
          from: modeSwitch.from,
          to: modeSwitch.to,
          reason: modeSwitch.reason,
          at,
          actorId: actor.id,
          actorName: actor.name,
          actorRole: actor.role,
        }),
        neverRefused,
      )
      .commit();
    return { ...cluster, ...set, updatedAt: at, version: cluster.version + 1 };
  },

  /** Replaces the cluster's trust settings if the cluster is still at the version read, with its audit event. */
  async setTrustSettings(
    cluster: StoredCluster,
    settings: NonNullable<StoredCluster['trustSettings']>,
    actor: Actor,
    at: string,
  ): Promise<StoredCluster> {
    await changeCluster(cluster, { trustSettings: settings }, actor, at, {
      action: 'TRUST_SETTINGS_CHANGED',
      changes: { trustSettings: [cluster.trustSettings ?? null, settings] },
    }).commit();
    return { ...cluster, trustSettings: settings, updatedAt: at, version: cluster.version + 1 };
  },

  /** Replaces the cluster's notification settings if the cluster is still at the version read, with its audit event. */
  async setNotificationSettings(
    cluster: StoredCluster,
    settings: NonNullable<StoredCluster['notificationSettings']>,
    actor: Actor,
    at: string,
  ): Promise<StoredCluster> {
    await changeCluster(cluster, { notificationSettings: settings }, actor, at, {
      action: 'NOTIFICATION_SETTINGS_CHANGED',
      changes: { notificationSettings: [cluster.notificationSettings ?? null, settings] },
    }).commit();
    return { ...cluster, notificationSettings: settings, updatedAt: at, version: cluster.version + 1 };
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
};

/**
 * The change of a cluster at the version read (refused as stale, with the cluster as it is now) and its audit event:
 * the transaction every cluster write starts from.
 */
function changeCluster(
  read: StoredCluster,
  set: Partial<Pick<StoredCluster, 'mode' | 'modeSince' | 'trustSettings' | 'notificationSettings'>>,
  actor: Actor,
  at: string,
  audit: Pick<AuditedChange, 'action' | 'changes'>,
): WriteTransaction {
  const versionAfter = read.version + 1;
  return transaction()
    .update(
      'cluster at version read',
      ClusterEntity.patch({ clusterId: read.clusterId })
        .set({ ...set, updatedAt: at, version: versionAfter })
        .where(({ version }, { eq }) => eq(version, read.version)),
      (current) =>
        staleCluster(read, current && { version: versionOf(current), mode: current.mode as StoredCluster['mode'] }),
    )
    .audit(
      actor,
      {
        ...audit,
        clusterId: read.clusterId,
        targetType: 'Cluster',
        targetId: read.clusterId,
        versionBefore: read.version,
        versionAfter,
      },
      at,
    );
}

export function staleCluster(
  read: Pick<StoredCluster, 'name' | 'version'>,
  current: Pick<StoredCluster, 'version' | 'mode'> | undefined,
): ConflictError {
  const now = current ? ` It is now in ${current.mode} mode (version ${current.version}).` : '';
  return new ConflictError(
    `${read.name} was changed by someone else after you read it (you had version ${read.version}).${now} Nothing was changed.`,
    { yourVersion: read.version, currentVersion: current?.version, currentMode: current?.mode },
  );
}
