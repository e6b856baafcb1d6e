import { parseMoney, type Money, type MoneyWire } from '../compensation/money';
import { BadInputError } from '../errors';
import { parseDateTime } from '../time';
import { isPositiveKind, type ComplianceKind } from './standing';

export const CONSEQUENCE_KINDS = [
  'FORMAL_WARNING',
  'FUND_SURCHARGE',
  'FUND_DRAW_SUSPENSION',
  'COMMENDATION',
  'FUND_BONUS',
] as const;
export type ConsequenceKind = (typeof CONSEQUENCE_KINDS)[number];

const SANCTIONS: readonly ConsequenceKind[] = ['FORMAL_WARNING', 'FUND_SURCHARGE', 'FUND_DRAW_SUSPENSION'];

/** Kinds a person may record; the others are written only by CityPact from the facts (obligations, fund, evaluations). */
export const MANUAL_KINDS: readonly ComplianceKind[] = [
  'FULFILLED',
  'INCOMPLETE_REPORT',
  'CONCEALED_OR_FALSE_REPORT',
  'REFUSED_JOINT_ACTION',
  'SLOW_RESPONSE',
  'NON_COOPERATION',
];

export function assertManualKind(kind: ComplianceKind): void {
  if (!MANUAL_KINDS.includes(kind)) {
    throw new BadInputError(
      `${kind} records are written by CityPact itself from obligations, fund contributions, evaluations and corrective actions, so they always match the facts. Record one of: ${MANUAL_KINDS.join(', ')}.`,
    );
  }
}

export interface ConsequenceInput {
  kind: ConsequenceKind;
  amount?: MoneyWire | null;
  until?: string | null;
}

export interface Consequence {
  kind: ConsequenceKind;
  amount?: Money;
  until?: string;
}

/** Checks that a consequence fits its record: sanctions follow breaches, rewards follow honoured commitments. */
export function validateConsequence(recordKind: ComplianceKind, input: ConsequenceInput, now: string): Consequence {
  const sanction = SANCTIONS.includes(input.kind);
  if (sanction === isPositiveKind(recordKind)) {
    throw new BadInputError(
      sanction
        ? `A ${input.kind} is a sanction; it can follow a breach, not a ${recordKind} record.`
        : `A ${input.kind} is a reward; it can follow a fulfilment, not a ${recordKind} record.`,
    );
  }
  const needsAmount = input.kind === 'FUND_SURCHARGE' || input.kind === 'FUND_BONUS';
  if (needsAmount !== !!input.amount) {
    throw new BadInputError(needsAmount ? `A ${input.kind} needs its amount.` : `A ${input.kind} carries no amount.`);
  }
  if ((input.kind === 'FUND_DRAW_SUSPENSION') !== !!input.until) {
    throw new BadInputError(
      input.kind === 'FUND_DRAW_SUSPENSION'
        ? 'A suspension needs the time it ends (until).'
        : `A ${input.kind} carries no end time.`,
    );
  }
  const consequence: Consequence = { kind: input.kind };
  if (input.amount) consequence.amount = parseMoney(input.amount, 'consequence amount', { requirePositive: true });
  if (input.until) {
    const until = parseDateTime(input.until, 'suspension end');
    if (until <= now) throw new BadInputError('A suspension must end in the future.');
    consequence.until = until;
  }
  return consequence;
}

/** True while a consequence applies: not reversed, and for a suspension, not yet over. */
export function consequenceInEffect(
  consequence: { kind: ConsequenceKind; until?: string; reversedAt?: string },
  now: string,
): boolean {
  if (consequence.reversedAt) return false;
  return consequence.kind !== 'FUND_DRAW_SUSPENSION' || (consequence.until !== undefined && consequence.until > now);
}
