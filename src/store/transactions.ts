import { ConflictError } from '../domain/errors';

/** What DynamoDB said about each item of a cancelled transaction, in order. */
export type CancellationCodes = string[];

/**
 * Runs a prepared write transaction. A cancellation becomes the domain error the caller describes (usually a
 * CONFLICT naming what changed); a transaction that collided with another in flight becomes a retryable CONFLICT.
 */
export async function commitTransaction(
  transaction: { go: () => Promise<{ canceled: boolean; data: ReadonlyArray<{ code?: string }> }> },
  onConditionFailed: (codes: CancellationCodes) => Promise<Error> | Error,
): Promise<void> {
  const result = await transaction.go();
  if (!result.canceled) return;
  const codes = result.data.map((entry) => entry.code ?? 'None');
  if (codes.includes('ConditionalCheckFailed')) throw await onConditionFailed(codes);
  if (codes.includes('TransactionConflict')) {
    throw new ConflictError(
      'Someone else was changing the same record at the same moment. Nothing was changed; try again.',
    );
  }
  throw new Error(`Transaction cancelled: ${codes.join(', ')}`);
}
