import type { ClaimStatus } from './terms';

const APPROVED_STATUSES: readonly ClaimStatus[] = ['APPROVED', 'PARTLY_APPROVED', 'SETTLED'];

/** True when the claim's approved amount counts (an appealed approval still stands until the appeal is decided). */
export function countsAsApproved(claim: { status: ClaimStatus; appeal?: { appealedStatus: ClaimStatus } }): boolean {
  return (
    APPROVED_STATUSES.includes(claim.status) ||
    (claim.status === 'APPEALED' && claim.appeal?.appealedStatus !== 'REJECTED')
  );
}
