import type { AgreementTerms, Duty } from '../agreements/terms';
import { reaches, type EmergencyLevel, type RiskCategory } from '../levels';
import { addDuration, parseDuration } from '../time';
import { COORDINATION_OFFICE, obligationId, recurringOccurrence } from './ids';

/** The facts of a confirmed event that decide which duties it triggers. */
export interface TriggeringEvent {
  eventId: string;
  clusterId: string;
  category: RiskCategory;
  level: EmergencyLevel;
  originCityId: string;
  affectedCityIds: string[];
  triggeredAt: string;
  /**
   * When a city added as affected after the event was confirmed joined it: its AFFECTED duties run from then, not
   * from the confirmation (a 2-hour duty is not born overdue). Cities affected from the start are not listed.
   */
  affectedSince?: Readonly<Record<string, string>>;
  /** The level changes since the report, oldest first: a duty that starts at a level runs from when it was reached. */
  levelChanges?: ReadonlyArray<{ at: string; from: EmergencyLevel; to: EmergencyLevel }>;
}

/**
 * When the event last rose to `threshold` or above and stayed there; undefined when it has been there since the report
 * (or is not there now, in which case no duty of that level applies).
 */
function reachedSince(event: TriggeringEvent, threshold: EmergencyLevel | undefined): string | undefined {
  if (!threshold) return undefined;
  let since: string | undefined;
  for (const change of event.levelChanges ?? []) {
    if (!reaches(change.from, threshold) && reaches(change.to, threshold)) since = change.at;
  }
  return since;
}

/** The more severe of two thresholds (either may be absent). */
function stricter(a: EmergencyLevel | undefined, b: EmergencyLevel | undefined): EmergencyLevel | undefined {
  if (!a || !b) return a ?? b;
  return reaches(a, b) ? a : b;
}

/**
 * The instant an obligee's deadline runs from: the trigger, or later when the duty applied only later: the city joined
 * as affected (AFFECTED duties), or the event rose to the level the duty (or the agreement) starts at.
 */
function triggerFor(duty: Duty, terms: AgreementTerms, obligee: string, event: TriggeringEvent): string {
  const joined = duty.party === 'AFFECTED' ? event.affectedSince?.[obligee] : undefined;
  const reached = reachedSince(event, stricter(duty.fromLevel, terms.minimumLevel));
  return [event.triggeredAt, joined, reached].reduce<string>(
    (latest, at) => (at && at > latest ? at : latest),
    event.triggeredAt,
  );
}

export interface AgreementInForce {
  agreementId: string;
  versionNo: number;
  terms: AgreementTerms;
}

export interface ObligationSpec {
  obligationId: string;
  clusterId: string;
  /** Absent for recurring normal-mode duties. */
  eventId?: string;
  agreementId: string;
  agreementVersionNo: number;
  dutyId: string;
  /** A city id, or COORDINATION_OFFICE. */
  obligee: string;
  role: Duty['role'];
  kind: Duty['kind'];
  action: string;
  resourceType?: string;
  quantity?: number;
  amount?: { amountMinor: string; currency: string };
  triggeredAt: string;
  dueAt: string;
}

/** Whether an agreement version applies to an event at its trigger time. */
export function agreementCovers(terms: AgreementTerms, event: TriggeringEvent): boolean {
  return (
    terms.categories.includes(event.category) &&
    reaches(event.level, terms.minimumLevel) &&
    terms.effectiveFrom <= event.triggeredAt &&
    (!terms.effectiveUntil || event.triggeredAt < terms.effectiveUntil)
  );
}

function dutyApplies(duty: Duty, event: TriggeringEvent): boolean {
  // Recurring duties belong to normal mode (drills, contributions); events do not trigger them.
  if (duty.recurrence) return false;
  return (
    (duty.categories.length === 0 || duty.categories.includes(event.category)) && reaches(event.level, duty.fromLevel)
  );
}

/** The concrete obligees of a duty for this event; only parties to the agreement can be bound by it. */
function obligeesOf(duty: Duty, event: TriggeringEvent, parties: ReadonlySet<string>): string[] {
  switch (duty.party) {
    case 'ORIGIN':
      return parties.has(event.originCityId) ? [event.originCityId] : [];
    case 'AFFECTED':
      return event.affectedCityIds.filter((cityId) => parties.has(cityId));
    case 'NAMED_CITY':
      return duty.cityId ? [duty.cityId] : [];
    case 'COORDINATION_OFFICE':
      return [COORDINATION_OFFICE];
  }
}

/** The obligation a duty gives one obligee; `trigger.eventId` is absent for recurring normal-mode duties. */
export function specFromDuty(
  duty: Duty,
  obligee: string,
  trigger: { eventId?: string; clusterId: string; agreementId: string; versionNo: number; triggeredAt: string },
  dueAt: string,
): ObligationSpec {
  return {
    obligationId: obligationId(
      trigger.eventId ?? recurringOccurrence(trigger.triggeredAt),
      trigger.agreementId,
      duty.dutyId,
      obligee,
    ),
    clusterId: trigger.clusterId,
    ...(trigger.eventId ? { eventId: trigger.eventId } : {}),
    agreementId: trigger.agreementId,
    agreementVersionNo: trigger.versionNo,
    dutyId: duty.dutyId,
    obligee,
    role: duty.role,
    kind: duty.kind,
    action: duty.action,
    ...(duty.resourceType ? { resourceType: duty.resourceType, quantity: duty.quantity } : {}),
    ...(duty.amount ? { amount: duty.amount } : {}),
    triggeredAt: trigger.triggeredAt,
    dueAt,
  };
}

/** Every obligation a confirmed event creates under the agreements in force: one per matching duty and obligee. */
export function obligationsFor(event: TriggeringEvent, agreements: AgreementInForce[]): ObligationSpec[] {
  const specs: ObligationSpec[] = [];
  for (const { agreementId, versionNo, terms } of agreements) {
    if (!agreementCovers(terms, event)) continue;
    const parties = new Set(terms.partyCityIds);
    for (const duty of terms.duties) {
      if (!dutyApplies(duty, event)) continue;
      const deadline = parseDuration(duty.deadline);
      for (const obligee of obligeesOf(duty, event, parties)) {
        const triggeredAt = triggerFor(duty, terms, obligee, event);
        specs.push(
          specFromDuty(
            duty,
            obligee,
            { ...event, triggeredAt, agreementId, versionNo },
            addDuration(triggeredAt, deadline),
          ),
        );
      }
    }
  }
  return specs;
}
