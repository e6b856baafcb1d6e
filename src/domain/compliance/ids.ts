import { createHash } from 'node:crypto';
import { COORDINATION_OFFICE, obligeeKeyOf } from '../obligations/ids';

/** The key records about a subject are kept under: a city's id, or the office's key in its cluster. */
export function subjectKeyOf(clusterId: string, cityId: string | null | undefined): string {
  return obligeeKeyOf(clusterId, cityId ?? COORDINATION_OFFICE);
}

/**
 * The one automatic record an obligation can get of a kind: its id is derived, so it is written once. A missed
 * contribution and a late one share the LATE slot (one breach per obligation).
 */
export function obligationRecordId(
  obligationId: string,
  kind: 'FULFILLED' | 'LATE' | 'FULFILLED_LATE' | 'CONTRIBUTION_MISSED',
): string {
  return `cr_${obligationId}_${kind === 'CONTRIBUTION_MISSED' ? 'LATE' : kind}`;
}

/** The reward or penalty record of a finalized evaluation: one per evaluation. */
export function evaluationRecordId(evaluationId: string): string {
  return `cr_${evaluationId}`;
}

/** The record of a corrective action not done by its due time: one per action, whoever writes it first. */
export function correctiveActionOverdueRecordId(correctiveActionId: string): string {
  return `cr_${correctiveActionId}_OVERDUE`;
}

/** What a partner city's record concerns, for its standing key. */
export interface PartnerRecordFacts {
  clusterId: string;
  recorderCityId: string;
  subjectKey: string;
  kind: string;
  obligationId?: string;
  eventId?: string;
  agreementId?: string;
  claimId?: string;
}

/**
 * The concern a partner's record counts once for: the most specific thing it names (its obligation, else its claim,
 * else its event, else its agreement), the others cleared. An obligation or claim lies within its event and agreement,
 * and an event's response within an agreement, so naming the wider ones as well is not another concern. Records naming
 * one thing keep the key they always had.
 */
export function standingConcern(
  facts: Pick<PartnerRecordFacts, 'obligationId' | 'eventId' | 'agreementId' | 'claimId'>,
): Pick<PartnerRecordFacts, 'obligationId' | 'eventId' | 'agreementId' | 'claimId'> {
  const none = { obligationId: undefined, eventId: undefined, agreementId: undefined, claimId: undefined };
  if (facts.obligationId) return { ...none, obligationId: facts.obligationId };
  if (facts.claimId) return { ...none, claimId: facts.claimId };
  if (facts.eventId) return { ...none, eventId: facts.eventId };
  return { ...none, agreementId: facts.agreementId };
}

/**
 * A partner's record of a breach counts once: one standing key per recording city, subject, kind and concern (the
 * obligation, event, agreement and claim it names). Keys are stored, so the recipe never changes.
 */
export function partnerStandingKey(facts: PartnerRecordFacts): string {
  const concern = [facts.obligationId, facts.eventId, facts.agreementId, facts.claimId].map((id) => id ?? '');
  const digest = createHash('sha256')
    .update([facts.clusterId, facts.recorderCityId, facts.subjectKey, facts.kind, ...concern].join('\u0000'))
    .digest('hex');
  return `standing_${digest.slice(0, 40)}`;
}
