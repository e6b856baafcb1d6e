import { createHash } from 'node:crypto';

/** A reference as the ledger tells references apart: per cluster, in any letter case. */
function referenceDigest(clusterId: string, reference: string): string {
  return createHash('sha256').update(`${clusterId}\u0000${reference.toLowerCase()}`).digest('hex').slice(0, 24);
}

/** A payment's ledger line is named by its reference, so the same payment can never be recorded twice. */
export function paymentEntryId(clusterId: string, reference: string): string {
  return `pay_${referenceDigest(clusterId, reference)}`;
}

/** A fund contribution is named by its reference, so it is recorded once. */
export function fundContributionId(clusterId: string, reference: string): string {
  return `fnd_${referenceDigest(clusterId, reference)}`;
}

const CONSEQUENCE_PREFIX = { SURCHARGE: 'sur', BONUS: 'bon', REVERSAL: 'rev' } as const;

/** The ledger line a compliance record's money consequence writes, and the one that reverses it: one each per record. */
export function consequenceEntryId(kind: keyof typeof CONSEQUENCE_PREFIX, recordId: string): string {
  return `${CONSEQUENCE_PREFIX[kind]}_${recordId}`;
}
