import type { Announcement } from '../domain/notifications';
import { agreementVersionKey, parseAgreementVersionKey } from '../domain/agreements/ids';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { ConflictError } from '../domain/errors';
import type { AuditedChange } from './audit';
import { batchGetByIds } from './batch';
import {
  AgreementEntity,
  AgreementVersionEntity,
  cursors,
  type StoredAgreement,
  type StoredAgreementVersion,
} from './entities';
import { createOnce } from './idempotency';
import { neverRefused, transaction, versionOf } from './kernel';
import { readPage } from './pagination';
import { exactly, onlyExact, storedKeyOf } from './exact';
import { idempotencyScope, type IdempotentRequest } from '../domain/idempotency';

type AgreementChanges = Partial<
  Pick<StoredAgreement, 'status' | 'inForceVersionNo' | 'pendingVersionNo' | 'latestVersionNo' | 'statusReason'>
>;
type VersionChanges = Partial<Omit<StoredAgreementVersion, 'agreementId' | 'versionNo' | 'clusterId'>>;

/** One change to an agreement: its head, the versions it touches and the audit event, written in one transaction. */
export interface AgreementChange {
  read: StoredAgreement;
  set: AgreementChanges;
  /** Head attributes to clear (e.g. pendingVersionNo once ratified). */
  clear?: Array<'pendingVersionNo' | 'statusReason'>;
  createVersion?: StoredAgreementVersion;
  updateVersions?: Array<{
    versionNo: number;
    expectStatus: StoredAgreementVersion['status'];
    set: VersionChanges;
    clear?: Array<'lastDecline' | 'minimumLevel' | 'effectiveUntil' | 'compensation'>;
  }>;
  audit: Omit<AuditedChange, 'clusterId' | 'targetType' | 'targetId' | 'versionBefore' | 'versionAfter'>;
  actor: Actor;
  at: string;
  /** What the change announces (a proposal), written in the same transaction. */
  announce?: Announcement;
}

export const agreementRepository = {
  async get(agreementId: string): Promise<StoredAgreement | undefined> {
    const { data } = await AgreementEntity.get({ agreementId }).go({ consistent: true });
    return exactly({ agreementId }, data);
  },

  async getMany(agreementIds: readonly string[]): Promise<(StoredAgreement | undefined)[]> {
    return batchGetByIds(agreementIds, 'agreementId', (ids) =>
      AgreementEntity.get(ids.map((agreementId) => ({ agreementId }))).go(),
    );
  },

  /** Every version of an agreement, newest first. */
  async versions(agreementId: string): Promise<StoredAgreementVersion[]> {
    const { data } = await AgreementVersionEntity.query
      .byAgreement({ agreementId })
      .go({ pages: 'all', order: 'desc' });
    return onlyExact({ agreementId }, data);
  },

  /** Specific versions by key in one BatchGetItem (obligations name the version they came from). */
  async getVersions(keys: readonly string[]): Promise<(StoredAgreementVersion | undefined)[]> {
    const found = new Map<string, StoredAgreementVersion>();
    const parsed = [...new Map(keys.map((key) => [storedKeyOf(key), key])).values()].map(parseAgreementVersionKey);
    for (let start = 0; start < parsed.length; start += 100) {
      let pending = parsed.slice(start, start + 100);
      for (let round = 0; pending.length > 0 && round < 5; round++) {
        const { data, unprocessed } = await AgreementVersionEntity.get(pending).go();
        for (const item of data) found.set(agreementVersionKey(item.agreementId, item.versionNo), item);
        pending = unprocessed.map((key) => ({ agreementId: key.agreementId, versionNo: Number(key.versionNo) }));
      }
    }
    return keys.map((key) => found.get(key));
  },

  async listByCluster(
    clusterId: string,
    status: StoredAgreement['status'] | null | undefined,
    page: PageRequest,
  ): Promise<Page<StoredAgreement>> {
    return readPage(
      `agreements:${clusterId}:${status ?? ''}`,
      page,
      (options) => {
        const query = AgreementEntity.query.byCluster({ clusterId });
        return (status ? query.where(({ status: s }, { eq }) => eq(s, status)) : query).go({
          order: 'desc',
          ...options,
        });
      },
      (agreement) => cursors.agreement.byAccessPattern.byCluster.fromComposite.toCursor(agreement),
    );
  },

  /** Every ACTIVE agreement of a cluster (the ones a confirmed event can activate). */
  async activeInCluster(clusterId: string): Promise<StoredAgreement[]> {
    const { data } = await AgreementEntity.query
      .byCluster({ clusterId })
      .where(({ status }, { eq }) => eq(status, 'ACTIVE'))
      .go({ pages: 'all' });
    return data;
  },

  /**
   * Creates an agreement with its first version and audit event; with an idempotency key, a retry returns the
   * agreement the first call created instead of creating another.
   */
  async create(
    agreement: StoredAgreement,
    firstVersion: StoredAgreementVersion,
    actor: Actor,
    at: string,
    idempotency?: IdempotentRequest,
  ): Promise<StoredAgreement> {
    const scope = idempotencyScope('draftAgreement', agreement.clusterId, actor.id);
    return createOnce({
      key: idempotency && { scope, ...idempotency },
      resultId: agreement.agreementId,
      at,
      read: (id) => agreementRepository.get(id),
      created: agreement,
      conflictMessage:
        'The agreement could not be saved because of a simultaneous change. Nothing was created; try again.',
      steps: (started) =>
        started
          .create('agreement', AgreementEntity.create(agreement), neverRefused)
          .create('first version', AgreementVersionEntity.create(firstVersion), neverRefused)
          .audit(
            actor,
            {
              clusterId: agreement.clusterId,
              action: 'AGREEMENT_DRAFTED',
              targetType: 'Agreement',
              targetId: agreement.agreementId,
              versionAfter: agreement.version,
              changes: { title: [null, firstVersion.title] },
            },
            at,
          ),
    });
  },

  /** Applies one lifecycle change if nobody changed the agreement since it was read. */
  async apply(change: AgreementChange): Promise<StoredAgreement> {
    const { read, at } = change;
    const versionAfter = read.version + 1;
    const head = AgreementEntity.patch({ agreementId: read.agreementId }).set({
      ...change.set,
      updatedAt: at,
      version: versionAfter,
    });
    // A version's status moves only with the head's version: when its condition fails, the agreement changed.
    const agreementChanged = async () =>
      staleAgreement(read.version, (await agreementRepository.get(read.agreementId))?.version);
    const writes = transaction().update(
      'agreement at version read',
      (change.clear?.length ? head.remove(change.clear) : head).where(({ version }, { eq }) =>
        eq(version, read.version),
      ),
      (current) => staleAgreement(read.version, current && versionOf(current)),
    );
    if (change.createVersion)
      writes.create(
        `version ${change.createVersion.versionNo}`,
        AgreementVersionEntity.create(change.createVersion),
        agreementChanged,
      );
    for (const update of change.updateVersions ?? []) {
      const patch = AgreementVersionEntity.patch({ agreementId: read.agreementId, versionNo: update.versionNo }).set(
        update.set,
      );
      writes.update(
        `version ${update.versionNo} while ${update.expectStatus}`,
        (update.clear?.length ? patch.remove(update.clear) : patch).where(({ status }, { eq }) =>
          eq(status, update.expectStatus),
        ),
        agreementChanged,
      );
    }
    if (change.announce) writes.announce(change.announce);
    await writes
      .audit(
        change.actor,
        {
          ...change.audit,
          clusterId: read.clusterId,
          targetType: 'Agreement',
          targetId: read.agreementId,
          versionBefore: read.version,
          versionAfter,
        },
        at,
      )
      .commit();
    const next: StoredAgreement = { ...read, ...change.set, updatedAt: at, version: versionAfter };
    for (const field of change.clear ?? []) delete next[field];
    return next;
  },
};

/** A stale agreement version: refused with both versions, the one read and the one stored now. */
export function staleAgreement(yourVersion: number, currentVersion: number | undefined): ConflictError {
  return new ConflictError(
    `The agreement was changed by someone else after you read it (you had version ${yourVersion}, it is now version ${currentVersion}). Nothing was changed: reload it and try again.`,
    { yourVersion, currentVersion },
  );
}
