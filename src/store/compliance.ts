import type { Announcement } from '../domain/notifications';
import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import type { AuditedChange } from './audit';
import {
  ComplianceRecordEntity,
  FundSuspensionEntity,
  StandingRecordKeyEntity,
  IdempotencyEntity,
  cursors,
  type StoredComplianceRecord,
  type StoredFundSuspension,
} from './entities';
import { batchGetByIds } from './batch';
import { createOnce, type ScopedRequest } from './idempotency';
import { readPage } from './pagination';
import { exactMinor } from './totals';
import { transaction, type WriteTransaction } from './kernel';
import { addLedgerWrite, type LedgerWrite } from './ledger';
import {
  addTrustTallyMove,
  advanceTrustTallies,
  advanceTrustTallyBuilds,
  readMonthMoves,
  readSubjectTallies,
  trustMoveOf,
} from './trust-tallies';

export type { LedgerWrite };

/** The record (or the idempotency key) exists already: a parallel retry wrote it first. */
class KeyTaken extends Error {}
import { exactly, onlyExact } from './exact';

type RecordSet = Partial<Pick<StoredComplianceRecord, 'status' | 'dispute' | 'consequence'>>;

/** The audit event of a new compliance record (by hand, or from an evaluation's result): what, about whom, and why. */
export function auditRecorded(
  tx: WriteTransaction,
  record: StoredComplianceRecord,
  changes: AuditedChange['changes'],
  actor: Actor,
  at: string,
): WriteTransaction {
  return tx.audit(
    actor,
    {
      clusterId: record.clusterId,
      action: 'COMPLIANCE_RECORDED',
      targetType: 'ComplianceRecord',
      targetId: record.recordId,
      changes: { kind: [null, record.kind], subject: [null, record.subjectKey], ...changes },
    },
    at,
  );
}

/** Records written before disputes existed carry no version; they are at version 1. */
export function recordVersion(record: StoredComplianceRecord): number {
  return record.version ?? 1;
}

/** The suspension item a record's FUND_DRAW_SUSPENSION keeps in the table, in effect from when it was recorded. */
function suspensionOf(record: StoredComplianceRecord): StoredFundSuspension | undefined {
  const consequence = record.consequence;
  if (consequence?.kind !== 'FUND_DRAW_SUSPENSION' || !record.cityId || !consequence.until) return undefined;
  return {
    clusterId: record.clusterId,
    recordId: record.recordId,
    cityId: record.cityId,
    from: record.recordedAt ?? record.at,
    until: consequence.until,
  };
}

/** Records of the cluster about exactly this subject (the subject is a key, which ElectroDB lower-cases). */
const exactSubject =
  (clusterId: string, subjectKey: string) =>
  <A extends { clusterId: unknown; subjectKey: unknown }>(
    attributes: A,
    { eq }: { eq: (a: A['clusterId'] | A['subjectKey'], v: string) => string },
  ) =>
    `${eq(attributes.clusterId, clusterId)} AND ${eq(attributes.subjectKey, subjectKey)}`;

export const complianceRepository = {
  /** Each subject's kept trust tally (undefined while they are being recomputed): see trust-tallies.ts. */
  trustTallies: readSubjectTallies,
  /** What each month of a subject's trend added to its tally. */
  trustMonthMoves: readMonthMoves,
  /**
   * Starts recomputing the cluster's trust tallies when they are not kept with this half-life, and advances a
   * recomputation in progress by one bounded step.
   */
  advanceTrustTallies,
  /** The scheduled job's part: advances every recomputation in progress, within a time budget. */
  advanceTrustTallyBuilds,

  async getMany(recordIds: readonly string[]): Promise<(StoredComplianceRecord | undefined)[]> {
    return batchGetByIds(recordIds, 'recordId', (batch) =>
      ComplianceRecordEntity.get(batch.map((recordId) => ({ recordId }))).go(),
    );
  },

  async get(recordId: string): Promise<StoredComplianceRecord | undefined> {
    const { data } = await ComplianceRecordEntity.get({ recordId }).go({ consistent: true });
    return exactly({ recordId }, data);
  },

  /** A page of a cluster's records (or a subject's), newest first. */
  async list(
    clusterId: string,
    filter: { subjectKey?: string | null; status?: StoredComplianceRecord['status'] | null },
    page: PageRequest,
  ): Promise<Page<StoredComplianceRecord>> {
    const { subjectKey, status } = filter;
    // Records written before statuses existed have none: they are STANDING.
    const byStatus = <A extends { status: unknown }>(
      attributes: A,
      ops: { eq: (a: A['status'], v: string) => string; notExists: (a: A['status']) => string },
    ) =>
      status === 'STANDING'
        ? `(${ops.eq(attributes.status, status)} OR ${ops.notExists(attributes.status)})`
        : ops.eq(attributes.status, status!);
    if (subjectKey) {
      return readPage(
        `compliance:${clusterId}:${subjectKey}:${status ?? ''}`,
        page,
        (options) => {
          const query = ComplianceRecordEntity.query
            .bySubject({ subjectKey })
            .where(exactSubject(clusterId, subjectKey));
          return (status ? query.where((attributes, ops) => byStatus(attributes, ops)) : query).go({
            order: 'desc',
            ...options,
          });
        },
        (item) => cursors.complianceRecord.byAccessPattern.bySubject.fromComposite.toCursor(item),
      );
    }
    return readPage(
      `compliance:${clusterId}::${status ?? ''}`,
      page,
      (options) => {
        const query = ComplianceRecordEntity.query.byCluster({ clusterId });
        return (status ? query.where((attributes, ops) => byStatus(attributes, ops)) : query).go({
          order: 'desc',
          ...options,
        });
      },
      (item) => cursors.complianceRecord.byAccessPattern.byCluster.fromComposite.toCursor(item),
    );
  },

  /** The suspension that barred the fund from paying a city at `at`, if any (consistent read of the cluster's few). */
  async suspensionAt(clusterId: string, cityId: string, at: string): Promise<StoredFundSuspension | undefined> {
    const { data } = await FundSuspensionEntity.query.byCluster({ clusterId }).go({ pages: 'all', consistent: true });
    return data.find(
      (suspension) =>
        suspension.cityId === cityId && !suspension.liftedAt && suspension.from <= at && at < suspension.until,
    );
  },

  /** Every record about one subject in a cluster (the evidence for its trust standing). */
  async aboutSubject(clusterId: string, subjectKey: string): Promise<StoredComplianceRecord[]> {
    const { data } = await ComplianceRecordEntity.query
      .bySubject({ subjectKey })
      .where(exactSubject(clusterId, subjectKey))
      .go({ pages: 'all' });
    return data;
  },

  /**
   * The records about one subject in a cluster, at most `limit` of them, and whether it has more (its standing's
   * evidence while the cluster's trust tallies are rebuilt).
   */
  async aboutSubjectUpTo(
    clusterId: string,
    subjectKey: string,
    limit: number,
  ): Promise<{ records: StoredComplianceRecord[]; more: boolean }> {
    const { data } = await ComplianceRecordEntity.query
      .bySubject({ subjectKey })
      .where(exactSubject(clusterId, subjectKey))
      .go({ pages: 'all', count: limit + 1 });
    return { records: data.slice(0, limit), more: data.length > limit };
  },

  /** The cluster's records, at most `limit` of them, and whether it has more (the evidence for ranking its members). */
  async ofClusterUpTo(clusterId: string, limit: number): Promise<{ records: StoredComplianceRecord[]; more: boolean }> {
    const { data } = await ComplianceRecordEntity.query.byCluster({ clusterId }).go({ pages: 'all', count: limit + 1 });
    return { records: onlyExact({ clusterId }, data.slice(0, limit)), more: data.length > limit };
  },

  /**
   * Writes a new record with its audit event and, for a consequence on the fund, its ledger write: all or nothing.
   * With an idempotency key, a retry is answered with the record the first call wrote.
   */
  async create(
    record: StoredComplianceRecord,
    idempotency: ScopedRequest | undefined,
    actor: Actor,
    at: string,
    ledger?: LedgerWrite,
    /** What the record announces (to its subject), written with it. */
    announcement?: Announcement,
  ): Promise<StoredComplianceRecord> {
    const suspension = suspensionOf(record);
    const trust = await trustMoveOf({ after: record }, at);
    return createOnce({
      key: idempotency,
      resultId: record.recordId,
      at,
      read: (id) => complianceRepository.get(id),
      created: record,
      conflictMessage:
        'The record could not be saved because of a simultaneous change. Nothing was recorded; try again.',
      write: async (keyRecord) => {
        const tx = transaction().create('record', ComplianceRecordEntity.create(record), () => new KeyTaken());
        auditRecorded(tx, record, { consequence: [null, record.consequence?.kind ?? null] }, actor, at);
        if (suspension) tx.create('suspension', FundSuspensionEntity.create(suspension), () => new KeyTaken());
        if (ledger) addLedgerWrite(tx, ledger);
        addTrustTallyMove(tx, trust);
        if (announcement) tx.announce(announcement);
        if (keyRecord) tx.create('idempotency key', IdempotencyEntity.create(keyRecord), () => new KeyTaken());
        if (record.standingKey) {
          // Written only if no standing record holds the same key: the same breach counts once.
          tx.create(
            'standing key',
            StandingRecordKeyEntity.create({
              standingKey: record.standingKey,
              clusterId: record.clusterId,
              recordId: record.recordId,
            }),
            (held) =>
              new ConflictError('The same record already stands; it counts once.', {
                existingRecordId: typeof held?.recordId === 'string' ? held.recordId : null,
              }),
          );
        }
        try {
          await tx.commit();
          return { canceled: false };
        } catch (error) {
          // The key was taken by a parallel retry: createOnce answers with that retry's record.
          if (error instanceof KeyTaken) return { canceled: true };
          throw error;
        }
      },
    });
  },

  /**
   * Changes a record's dispute state if nobody changed it since it was read; an overturned consequence's reversing
   * ledger line commits in the same transaction.
   */
  async update(
    read: StoredComplianceRecord,
    set: RecordSet,
    audit: Omit<AuditedChange, 'clusterId' | 'targetType' | 'targetId' | 'versionBefore' | 'versionAfter'>,
    actor: Actor,
    at: string,
    ledger?: LedgerWrite,
    /** What the change announces (a dispute opened or resolved), written with it. */
    announcement?: Announcement,
  ): Promise<StoredComplianceRecord> {
    const before = recordVersion(read);
    const versionAfter = before + 1;
    // An overturned suspension is lifted in the same transaction.
    const lifted = set.consequence?.reversedAt && suspensionOf(read) ? suspensionOf(read) : undefined;
    // An overturned record no longer counts: the same record may be made again.
    const released = set.status === 'OVERTURNED' ? read.standingKey : undefined;
    const trust = await trustMoveOf({ before: read, after: { ...read, ...set } }, at);
    const tx = transaction()
      .update(
        'record at the version read',
        ComplianceRecordEntity.patch({ recordId: read.recordId })
          .set({ ...set, version: versionAfter })
          .where(({ version }, { eq, notExists }) =>
            read.version === undefined ? notExists(version) : eq(version, before),
          ),
        (current) => {
          const currentVersion = current?.version === undefined ? 1 : Number(exactMinor(current.version));
          return new ConflictError(
            `The record was changed by someone else after you read it (you had version ${before}, it is now version ${currentVersion}, ${typeof current?.status === 'string' ? current.status : 'STANDING'}). Nothing was changed.`,
            { yourVersion: before, currentVersion },
          );
        },
      )
      .audit(
        actor,
        {
          ...audit,
          clusterId: read.clusterId,
          targetType: 'ComplianceRecord',
          targetId: read.recordId,
          versionBefore: before,
          versionAfter,
        },
        at,
      );
    if (lifted)
      tx.update(
        'suspension lifted',
        FundSuspensionEntity.patch({ clusterId: lifted.clusterId, recordId: lifted.recordId }).set({
          liftedAt: set.consequence!.reversedAt!,
        }),
        () => new ConflictError('The suspension changed at the same moment. Nothing was changed; try again.'),
      );
    if (ledger) addLedgerWrite(tx, ledger);
    addTrustTallyMove(tx, trust);
    if (announcement) tx.announce(announcement);
    if (released)
      tx.delete(
        'standing key released',
        StandingRecordKeyEntity.delete({ standingKey: released }),
        () => new ConflictError('The record changed at the same moment. Nothing was changed; try again.'),
      );
    await tx.commit();
    return { ...read, ...set, version: versionAfter };
  },

  /** Every fund-draw suspension of a cluster (a cluster keeps few), read consistently. */
  async suspensions(clusterId: string): Promise<StoredFundSuspension[]> {
    const { data } = await FundSuspensionEntity.query.byCluster({ clusterId }).go({ pages: 'all', consistent: true });
    return data;
  },
};
