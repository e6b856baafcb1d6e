import { BadInputError, InvalidStateError } from '../errors';
import { requiredText } from '../text';
import { boundedDuration, DURATION_BOUNDS } from '../bounds';
import { addDuration, parseDuration } from '../time';
import {
  add,
  compare,
  formatMoney,
  parseCurrency,
  parseMoney,
  subtract,
  sum,
  toWire,
  zero,
  type Money,
  type MoneyWire,
} from './money';
import { validateSharingRule, WHOLE_BASIS_POINTS, type SharingRule } from './split';
import { idAsName, type CityNaming } from '../cities/naming';

export const COST_KINDS = [
  'TRANSPORT',
  'CONSUMABLES',
  'PERSONNEL_HOURS',
  'EQUIPMENT_WEAR',
  'LOSSES_IN_AFFECTED_TERRITORY',
] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** Non-monetary compensation, recorded with a stated value so it counts alongside money. */
export const IN_KIND_FORMS = ['SPECIAL_FUND', 'TRAINING', 'PLATFORM_BUILDING'] as const;
export type InKindForm = (typeof IN_KIND_FORMS)[number];

export const CLAIM_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'APPROVED',
  'PARTLY_APPROVED',
  'REJECTED',
  'APPEALED',
  'SETTLED',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** The decisions a claimant can appeal against (restored when the appeal is upheld). */
export const APPEALABLE_CLAIM_STATUSES = [
  'APPROVED',
  'PARTLY_APPROVED',
  'REJECTED',
] as const satisfies readonly ClaimStatus[];
export type AppealableClaimStatus = (typeof APPEALABLE_CLAIM_STATUSES)[number];
export const APPEAL_OUTCOMES = ['UPHELD', 'REVISED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const KIND_WORDS: Readonly<Record<CostKind, string>> = {
  TRANSPORT: 'transport',
  CONSUMABLES: 'consumables',
  PERSONNEL_HOURS: 'personnel hours',
  EQUIPMENT_WEAR: 'equipment wear and loss',
  LOSSES_IN_AFFECTED_TERRITORY: 'losses in the affected territory',
};

const FORM_WORDS: Record<InKindForm, string> = {
  SPECIAL_FUND: 'special fund',
  TRAINING: 'professional training',
  PLATFORM_BUILDING: 'emergency platform building',
};

export interface CoveredKind {
  kind: CostKind;
  /** The most one claim may ask for this kind, over all its items; absent means only the overall caps apply. */
  capPerClaim?: Money;
}

export interface InKindEntry {
  form: InKindForm;
  description: string;
  value: Money;
}

/** Compensation terms: part of the agreement version the parties ratify (amending them needs ratification again). */
export interface CompensationTerms {
  currency: string;
  coveredKinds: CoveredKind[];
  capPerClaim?: Money;
  /** Over all claims approved for one event under this agreement. */
  capPerEvent?: Money;
  /** ISO-8601 duration after the event closes within which claims may be filed, e.g. P90D. */
  filingWindow: string;
  sharingRule: SharingRule;
  inKind: InKindEntry[];
}

export interface CompensationTermsDraft {
  currency?: string | null;
  coveredKinds: Array<{ kind: CostKind; capPerClaim?: MoneyWire | null }>;
  capPerClaim?: MoneyWire | null;
  capPerEvent?: MoneyWire | null;
  filingWindow: string;
  sharingRule: SharingRule;
  inKind?: Array<{ form: InKindForm; description: string; value: MoneyWire }> | null;
}

const MAX_IN_KIND = 50;

/**
 * Checks compensation terms against the agreement's parties. Every amount is in the terms' currency (CNY unless
 * stated), caps are more than zero, each cost kind is listed once, and the sharing rule is sound (fixed shares add up
 * to exactly 100%). Kinds come back in the canonical order so equal terms compare equal. Terms read back from the
 * table (`stored`) are not held to bounds introduced after they were ratified.
 */
export function validateCompensationTerms(
  draft: CompensationTermsDraft,
  partyCityIds: readonly string[],
  origin: 'entered' | 'stored' = 'entered',
  nameOf: CityNaming = idAsName,
): CompensationTerms {
  const currency = parseCurrency(draft.currency ?? 'CNY', 'currency of the compensation terms');
  const amount = (value: MoneyWire, field: string) =>
    inCurrency(parseMoney(value, field, { requirePositive: true }), currency, field);

  if (!draft.coveredKinds?.length) throw new BadInputError('Name at least one cost kind the agreement compensates.');
  const seen = new Set<CostKind>();
  const coveredKinds = draft.coveredKinds.map(({ kind, capPerClaim }): CoveredKind => {
    if (!COST_KINDS.includes(kind))
      throw new BadInputError(`Unknown cost kind ${JSON.stringify(kind)}. Use one of: ${COST_KINDS.join(', ')}.`);
    if (seen.has(kind)) throw new BadInputError(`The cost kind ${KIND_WORDS[kind]} is listed twice.`);
    seen.add(kind);
    return capPerClaim ? { kind, capPerClaim: amount(capPerClaim, `${KIND_WORDS[kind]} cap`) } : { kind };
  });
  coveredKinds.sort((a, b) => COST_KINDS.indexOf(a.kind) - COST_KINDS.indexOf(b.kind));

  const capPerClaim = draft.capPerClaim ? amount(draft.capPerClaim, 'cap per claim') : undefined;
  const capPerEvent = draft.capPerEvent ? amount(draft.capPerEvent, 'cap per event') : undefined;
  // A claim larger than the whole event's allowance could never be approved in full: almost surely a typo.
  if (capPerClaim && capPerEvent && compare(capPerClaim, capPerEvent) > 0) {
    throw new BadInputError(
      `The cap per claim (${formatMoney(capPerClaim)}) is above the cap per event (${formatMoney(capPerEvent)}).`,
    );
  }

  // Terms ratified before the window was bounded stay readable; new terms are held to the bound.
  if (origin === 'entered') boundedDuration(draft.filingWindow, 'filing window', DURATION_BOUNDS.filingWindow);
  else parseDuration(draft.filingWindow, 'filing window');

  const inKindDrafts = draft.inKind ?? [];
  if (inKindDrafts.length > MAX_IN_KIND)
    throw new BadInputError(`Record at most ${MAX_IN_KIND} in-kind forms of compensation.`);
  const inKind = inKindDrafts.map(({ form, description, value }, index): InKindEntry => {
    const where = `in-kind entry ${index + 1}`;
    if (!IN_KIND_FORMS.includes(form))
      throw new BadInputError(
        `The form of ${where} must be one of: ${IN_KIND_FORMS.join(', ')} (got ${JSON.stringify(form)}).`,
      );
    return {
      form,
      description: requiredText(description, `description of ${where} (${FORM_WORDS[form]})`, 1000),
      value: amount(value, `stated value of ${where} (${FORM_WORDS[form]})`),
    };
  });

  return {
    currency,
    coveredKinds,
    ...(capPerClaim ? { capPerClaim } : {}),
    ...(capPerEvent ? { capPerEvent } : {}),
    filingWindow: draft.filingWindow,
    sharingRule: validateSharingRule(draft.sharingRule, partyCityIds, nameOf),
    inKind,
  };
}

export interface ClaimItemDraft {
  kind: CostKind;
  description: string;
  amount: MoneyWire;
  evidenceRefs: string[];
}

export interface ClaimItem {
  kind: CostKind;
  description: string;
  amount: Money;
  evidenceRefs: string[];
}

export interface ClaimContext {
  /** When the event closed; null while it is still open (filing is allowed then: the window has not started). */
  eventClosedAt: string | null;
  now: string;
  /** What was already approved for this event under this agreement, over all earlier claims. */
  approvedForEvent: Money;
  /** With the origin city, lets an origin's claim under ORIGIN_PAYS be refused at filing rather than at approval. */
  claimantCityId?: string;
  originCityId?: string;
  /** Names the cities in refusals (ids when absent). */
  nameOf?: CityNaming;
}

const MAX_ITEMS = 50;
const MAX_EVIDENCE = 20;

/**
 * Checks a claim against the agreement's compensation terms and returns its items and total. Errors name the item
 * by its position and kind and the limit in words, so an official can correct the claim:
 * "Item 3 (transport): ¥12,000.00 is over the transport cap of ¥10,000.00 per claim."
 */
export function validateClaim(
  items: readonly ClaimItemDraft[],
  terms: CompensationTerms,
  context: ClaimContext,
): { items: ClaimItem[]; total: Money } {
  const { currency } = terms;
  checkFilingWindow(terms, context);
  checkClaimantCanBePaid(terms, context);
  if (items.length === 0) throw new BadInputError('A claim needs at least one cost item.');
  if (items.length > MAX_ITEMS)
    throw new BadInputError(`A claim holds at most ${MAX_ITEMS} cost items; file the rest as another claim.`);

  const covered = new Map(terms.coveredKinds.map((c) => [c.kind, c]));
  const perKind = new Map<CostKind, { total: Money; count: number }>();
  const checked = items.map((item, index): ClaimItem => {
    const words = KIND_WORDS[item.kind] ?? String(item.kind);
    const where = `Item ${index + 1} (${words})`;
    const coveredKind = covered.get(item.kind);
    if (!coveredKind) {
      throw new BadInputError(
        `${where}: the agreement does not compensate ${words}. It covers ${terms.coveredKinds.map((c) => KIND_WORDS[c.kind]).join(', ')}.`,
      );
    }
    const amount = inCurrency(
      parseMoney(item.amount, `amount of item ${index + 1}`, { requirePositive: true }),
      currency,
      `amount of item ${index + 1}`,
    );
    const description = requiredText(item.description, `description of item ${index + 1}`, 500);
    const evidenceRefs = checkEvidence(item.evidenceRefs, where);

    const soFar = perKind.get(item.kind) ?? { total: zero(currency), count: 0 };
    const kindTotal = { total: add(soFar.total, amount), count: soFar.count + 1 };
    perKind.set(item.kind, kindTotal);
    const cap = coveredKind.capPerClaim;
    if (cap && compare(kindTotal.total, cap) > 0) {
      throw new BadInputError(
        kindTotal.count === 1
          ? `${where}: ${formatMoney(amount)} is over the ${words} cap of ${formatMoney(cap)} per claim.`
          : `${where}: with this item the ${words} costs come to ${formatMoney(kindTotal.total)}, over the ${words} cap of ${formatMoney(cap)} per claim.`,
        { item: index + 1, kind: item.kind, cap: cap.minor.toString() },
      );
    }
    return { kind: item.kind, description, amount, evidenceRefs };
  });

  const total = sum(
    checked.map((item) => item.amount),
    currency,
  );
  if (terms.capPerClaim && compare(total, terms.capPerClaim) > 0) {
    throw new BadInputError(
      `The claim comes to ${formatMoney(total)}, over the cap of ${formatMoney(terms.capPerClaim)} per claim.`,
    );
  }
  if (terms.capPerEvent) {
    const approved = inCurrency(context.approvedForEvent, currency, 'amount already approved for the event');
    const left = subtract(terms.capPerEvent, approved);
    if (compare(add(approved, total), terms.capPerEvent) > 0) {
      throw new BadInputError(
        `The claim comes to ${formatMoney(total)}; with ${formatMoney(approved)} already approved for this event, that is over the cap of ` +
          `${formatMoney(terms.capPerEvent)} per event (${left.minor > 0n ? `${formatMoney(left)} left` : 'nothing left'}).`,
      );
    }
  }
  return { items: checked, total };
}

/** The last instant a claim may be filed, or null while the event is open (the window starts when it closes). */
export function filingDeadline(filingWindow: string, eventClosedAt: string | null): string | null {
  return eventClosedAt ? addDuration(eventClosedAt, parseDuration(filingWindow, 'filing window')) : null;
}

function checkFilingWindow(terms: CompensationTerms, context: ClaimContext): void {
  const deadline = filingDeadline(terms.filingWindow, context.eventClosedAt);
  if (deadline && context.now > deadline) {
    throw new InvalidStateError(
      `The filing window has ended: claims under this agreement are filed within ${terms.filingWindow} of the event closing ` +
        `(closed ${context.eventClosedAt}, deadline ${deadline}).`,
      // The window starts when the event closes, so an ended window means a closed event.
      { currentState: 'CLOSED', deadline },
    );
  }
}

function checkClaimantCanBePaid(terms: CompensationTerms, context: ClaimContext): void {
  const { claimantCityId, originCityId } = context;
  if (!claimantCityId || claimantCityId !== originCityId) return;
  const rule = terms.sharingRule;
  const originPays =
    rule.kind === 'ORIGIN_PAYS' ||
    (rule.kind === 'FUND_COVERS' &&
      rule.fundBasisPoints < WHOLE_BASIS_POINTS &&
      rule.remainderRule.kind === 'ORIGIN_PAYS');
  if (originPays) {
    throw new BadInputError(
      `Under ORIGIN_PAYS the origin city pays, and ${(context.nameOf ?? idAsName)(originCityId)} is the origin of this event: a city cannot claim compensation from itself.`,
    );
  }
}

function checkEvidence(refs: readonly string[] | null | undefined, where: string): string[] {
  // Reviewers approve against documents (invoices, dispatch records, timesheets); an item without one cannot be reviewed.
  if (!refs?.length)
    throw new BadInputError(
      `${where}: attach at least one evidence reference (an invoice, a dispatch record, a timesheet).`,
    );
  if (refs.length > MAX_EVIDENCE)
    throw new BadInputError(`${where}: attach at most ${MAX_EVIDENCE} evidence references.`);
  return refs.map((ref) =>
    requiredText(ref, `evidence reference of ${where.charAt(0).toLowerCase()}${where.slice(1)}`, 500),
  );
}

function inCurrency(value: Money, currency: string, field: string): Money {
  if (value.currency !== currency)
    throw new BadInputError(`The ${field} is in ${value.currency}, but this agreement compensates in ${currency}.`);
  return value;
}

/** The terms as plain data (money as strings): how they are stored, and what `validateCompensationTerms` reads back. */
export function compensationDraftOf(terms: CompensationTerms): CompensationTermsDraft {
  const wire = (value: Money | undefined) => (value ? toWire(value) : undefined);
  return {
    currency: terms.currency,
    coveredKinds: terms.coveredKinds.map((covered) => ({
      kind: covered.kind,
      ...(covered.capPerClaim ? { capPerClaim: wire(covered.capPerClaim) } : {}),
    })),
    ...(terms.capPerClaim ? { capPerClaim: wire(terms.capPerClaim) } : {}),
    ...(terms.capPerEvent ? { capPerEvent: wire(terms.capPerEvent) } : {}),
    filingWindow: terms.filingWindow,
    sharingRule: terms.sharingRule,
    inKind: terms.inKind.map((entry) => ({
      form: entry.form,
      description: entry.description,
      value: toWire(entry.value),
    })),
  };
}
