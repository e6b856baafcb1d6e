import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { auditItem, type AuditedChange } from './audit';
import {
  ComplianceRecordEntity,
  FundSuspensionEntity,
  StandingRecordKeyEntity,
  citypact,
  cursors,
  type StoredComplianceRecord,
  type StoredFundSuspension,
  type StoredLedgerEntry,
} from './entities';
import { batchGetByIds } from './batch';
import { createOnce, type ScopedRequest } from './idempotency';
import { readPage } from './pagination';
import { commitTransaction } from './transactions';
import { exactly, onlyExact } from './exact';

/**
 * What a record's consequence does to the ledger: a line it writes or reverses (a surcharge, a bonus), or only a move
 * of the cluster's ledger head (a suspension changes who may be paid), guarded by the head version read, like a payment.
 */
export interface LedgerWrite {
  clusterId: string;
  entry?: StoredLedgerEntry;
  headVersion: number;
}

type RecordSet = Partial<Pick<StoredComplianceRecord, 'status' | 'dispute' | 'consequence'>>;

/** Records written before disputes existed carry no version; they are at version 1. */
export function recordVersion(record: StoredComplianceRecord): number {
  return record.version ?? 1;
}

type LedgerHeadInTransaction = Parameters<Parameters<typeof citypact.transaction.write>[0]>[0]['ledgerHead'];

/** Moves the cluster's ledger head from the version read, so this write and a payment cannot both pass a balance check. */
function ledgerHeadMove(ledgerHead: LedgerHeadInTransaction, ledger: LedgerWrite, at: string) {
  return ledgerHead
    .put({ clusterId: ledger.clusterId, version: ledger.headVersion + 1, updatedAt: at })
    .where(({ version }, { eq, notExists }) =>
      ledger.headVersion === 0 ? notExists(version) : eq(version, ledger.headVersion),
    )
    .commit();
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

const ledgerMoved = () =>
  new ConflictError('A payment or a claim changed the ledger at the same moment. Nothing was recorded; try again.');

export const complianceRepository = {
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

  /** Every record of a cluster (the evidence for ranking its members). */
  async ofCluster(clusterId: string): Promise<StoredComplianceRecord[]> {
    const { data } = await ComplianceRecordEntity.query.byCluster({ clusterId }).go({ pages: 'all' });
    return onlyExact({ clusterId }, data);
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
  ): Promise<StoredComplianceRecord> {
    let codes: string[] = [];
    const suspension = suspensionOf(record);
    try {
      return await createOnce({
        key: idempotency,
        resultId: record.recordId,
        at,
        read: (id) => complianceRepository.get(id),
        created: record,
        conflictMessage:
          'The record could not be saved because of a simultaneous change. Nothing was recorded; try again.',
        write: async (keyRecord) => {
          const result = await citypact.transaction
            .write(
              ({
                complianceRecord,
                ledgerEntry,
                ledgerHead,
                fundSuspension,
                auditEvent,
                idempotency: keys,
                standingRecordKey,
              }) => [
                complianceRecord.create(record).commit(),
                ...(suspension ? [fundSuspension.create(suspension).commit()] : []),
                ...(ledger ? [ledgerHeadMove(ledgerHead, ledger, at)] : []),
                ...(ledger?.entry ? [ledgerEntry.create(ledger.entry).commit()] : []),
                auditEvent
                  .create(
                    auditItem(
                      actor,
                      {
                        clusterId: record.clusterId,
                        action: 'COMPLIANCE_RECORDED',
                        targetType: 'ComplianceRecord',
                        targetId: record.recordId,
                        changes: {
                          kind: [null, record.kind],
                          subject: [null, record.subjectKey],
                          consequence: [null, record.consequence?.kind ?? null],
                        },
                      },
                      at,
                    ),
                  )
                  .commit(),
                ...(keyRecord ? [keys.create(keyRecord).commit()] : []),
                // Last, so its position is known: written only if no standing record holds the same key.
                ...(record.standingKey
                  ? [
                      standingRecordKey
                        .create({
                          standingKey: record.standingKey,
                          clusterId: record.clusterId,
                          recordId: record.recordId,
                        })
                        .commit(),
                    ]
                  : []),
              ],
            )
            .go();
          codes = result.canceled ? result.data.map((entry) => entry.code ?? 'None') : [];
          return result;
        },
      });
    } catch (error) {
      if (
        error instanceof ConflictError &&
        record.standingKey &&
        codes[codes.length - 1] === 'ConditionalCheckFailed'
      ) {
        const { data: held } = await StandingRecordKeyEntity.get({ standingKey: record.standingKey }).go({
          consistent: true,
        });
        throw new ConflictError('The same record already stands; it counts once.', {
          existingRecordId: held?.recordId ?? null,
        });
      }
      // The ledger head moved under a payment or claim: say so rather than blame a simultaneous record.
      if (error instanceof ConflictError && ledger && codes[suspension ? 2 : 1] === 'ConditionalCheckFailed')
        throw ledgerMoved();
      throw error;
    }
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
  ): Promise<StoredComplianceRecord> {
    const before = recordVersion(read);
    const versionAfter = before + 1;
    // An overturned suspension is lifted in the same transaction.
    const lifted = set.consequence?.reversedAt && suspensionOf(read) ? suspensionOf(read) : undefined;
    // An overturned record no longer counts: the same record may be made again.
    const released = set.status === 'OVERTURNED' ? read.standingKey : undefined;
    const transaction = citypact.transaction.write(
      ({ complianceRecord, ledgerEntry, ledgerHead, fundSuspension, auditEvent, standingRecordKey }) => [
        complianceRecord
          .patch({ recordId: read.recordId })
          .set({ ...set, version: versionAfter })
          .where(({ version }, { eq, notExists }) =>
            read.version === undefined ? notExists(version) : eq(version, before),
          )
          .commit(),
        ...(lifted
          ? [
              fundSuspension
                .patch({ clusterId: lifted.clusterId, recordId: lifted.recordId })
                .set({ liftedAt: set.consequence!.reversedAt! })
                .commit(),
            ]
          : []),
        ...(ledger ? [ledgerHeadMove(ledgerHead, ledger, at)] : []),
        ...(ledger?.entry ? [ledgerEntry.create(ledger.entry).commit()] : []),
        auditEvent
          .create(
            auditItem(
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
            ),
          )
          .commit(),
        ...(released ? [standingRecordKey.delete({ standingKey: released }).commit()] : []),
      ],
    );
    await commitTransaction(transaction, async (codes) => {
      if (codes[0] !== 'ConditionalCheckFailed') return ledgerMoved();
      const current = await complianceRepository.get(read.recordId);
      return new ConflictError(
        `The record was changed by someone else after you read it (you had version ${before}, it is now version ${current ? recordVersion(current) : '?'}, ${current?.status ?? 'STANDING'}). Nothing was changed.`,
        { yourVersion: before, currentVersion: current ? recordVersion(current) : null },
      );
    });
    return { ...read, ...set, version: versionAfter };
  },
};
