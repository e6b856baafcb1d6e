import { addDuration, parseDuration, scaleDuration } from '../time';
import { specFromDuty, type AgreementInForce, type ObligationSpec } from './activation';
import { COORDINATION_OFFICE } from './ids';

/** Occurrences looked at, at most, per duty: enough for a daily duty over the life of any agreement. */
const MAX_OCCURRENCES = 10_000;

/** The start of the period a recurring duty is in at `now` (the latest start at or before now), if any. */
export function currentOccurrence(
  effectiveFrom: string,
  recurrence: string,
  now: string,
  effectiveUntil?: string,
): string | undefined {
  const period = parseDuration(recurrence);
  let current: string | undefined;
  for (let k = 0; k < MAX_OCCURRENCES; k++) {
    const start = addDuration(effectiveFrom, scaleDuration(period, k));
    if (start > now || (effectiveUntil && start >= effectiveUntil)) break;
    current = start;
  }
  return current;
}

/**
 * Normal-mode duties recur (a yearly joint drill, a quarterly report): each period that has begun owes one obligation,
 * due at the period's start plus the duty's deadline. Without an event there is no origin or affected city, so such
 * duties bind every party; a named city or the office binds just that obligee. Ids are deterministic per occurrence,
 * and periods that began before the version came into force are not owed.
 */
export function recurringObligationsDue(
  clusterId: string,
  agreement: AgreementInForce & { inForceSince: string },
  now: string,
): ObligationSpec[] {
  const { terms } = agreement;
  const specs: ObligationSpec[] = [];
  for (const duty of terms.duties) {
    if (!duty.recurrence) continue;
    const start = currentOccurrence(terms.effectiveFrom, duty.recurrence, now, terms.effectiveUntil);
    // A period that began before the parties ratified this version was never owed under it.
    if (!start || start < agreement.inForceSince) continue;
    const obligees =
      duty.party === 'NAMED_CITY'
        ? [duty.cityId!]
        : duty.party === 'COORDINATION_OFFICE'
          ? [COORDINATION_OFFICE]
          : terms.partyCityIds;
    for (const obligee of obligees) {
      const trigger = {
        clusterId,
        agreementId: agreement.agreementId,
        versionNo: agreement.versionNo,
        triggeredAt: start,
      };
      specs.push(specFromDuty(duty, obligee, trigger, addDuration(start, parseDuration(duty.deadline))));
    }
  }
  return specs;
}
