import { ComplianceRecordEntity, type StoredComplianceRecord } from './entities';
import type { Refusal, WriteTransaction } from './kernel';
import { addTrustTallyMove, trustMoveOf } from './trust-tallies';

/**
 * Adds an automatic record to the transaction that marks its source as recorded (an obligation's late mark, a
 * corrective action's overdue mark), with its subject's trust tally move: the record never counts apart from its tally,
 * and the mark's condition (unmarked, as read) with the record's derived id make it exist once, whoever writes it (the
 * job, or a late step on the source). `obligationEventId`: as `trustMoveOf` takes it.
 */
export async function withMarkedRecord(
  marked: WriteTransaction,
  record: StoredComplianceRecord,
  at: string,
  refused: Refusal,
  obligationEventId?: string | null,
): Promise<WriteTransaction> {
  const trust = await trustMoveOf({ after: record, obligationEventId }, at);
  const created = marked.create(
    `${record.kind} record ${record.recordId}`,
    ComplianceRecordEntity.create(record),
    refused,
  );
  return addTrustTallyMove(created, trust);
}

/**
 * Commits a transaction that writes a record once: false when it was refused with `nothingToRecord` (another writer
 * recorded it first, or the source moved on), so two writers at once record it once and neither fails.
 */
export async function recordOnce(write: (nothingToRecord: Refusal) => Promise<WriteTransaction>): Promise<boolean> {
  const nothingToRecord = new Error('nothing to record');
  try {
    await (await write(() => nothingToRecord)).commit();
    return true;
  } catch (error) {
    if (error === nothingToRecord) return false;
    throw error;
  }
}
