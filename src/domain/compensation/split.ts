/**
 * # Splitting an approved claim among its payers
 *
 * When a claim is approved for an amount, that amount is what the claimant is owed. The agreement's sharing rule
 * decides who owes it. The parts always add up **exactly** to the approved amount, to the fen: every payer's part is
 * its exact share rounded down, and the few fen left over go one each to the payers whose rounding cut off the most
 * (largest-remainder, or Hamilton, rounding). Ties go to the payer with the larger weight, then to the smaller payer
 * id, so the same claim always splits the same way, whatever order the parties are listed in.
 *
 * ## The claimant never pays itself
 * The claimant is taken out of the payers and the **whole** approved amount is split among the others, in proportion
 * to their own weights under the rule. We chose this over "the claimant bears its own share" because an official
 * reads "approved: ¥100,000.00" as "we will receive ¥100,000.00"; how much of a cost is compensable is the
 * reviewer's decision (items can be approved in part, with a reason), not a hidden deduction of the sharing rule.
 * It is also what keeps the ledger honest: the entries written on approval add up to the approved amount.
 *
 * | Rule                | Payers (the claimant is never one)         | Weight                                |
 * |---------------------|--------------------------------------------|---------------------------------------|
 * | ORIGIN_PAYS         | the origin city alone                      | all of it                             |
 * | FIXED_SHARES        | every other party                          | its agreed share in basis points      |
 * | POPULATION_WEIGHTED | every other party                          | its recorded population                |
 * | EQUAL_SHARE         | every other party                          | one each: the others split it evenly  |
 * | FUND_COVERS         | `FUND` for its percentage, then the others | the fund's basis points; the rest by `remainderRule` |
 *
 * - EQUAL_SHARE means "equal among the parties that pay": with four parties and one claimant, each of the other three
 *   pays a third. Counting the claimant in and charging the others a quarter each would leave a quarter unpaid.
 * - Under FIXED_SHARES the claimant's own share is spread over the others in proportion to their shares
 *   (A 50%, B 30%, C 20%, C claims: A pays 5/8, B 3/8).
 * - Under ORIGIN_PAYS the origin city cannot claim: it would owe itself. Such a claim is refused, as is any split
 *   in which nobody other than the claimant carries a weight.
 * - Under FUND_COVERS the fund's part is computed first, as its percentage of the whole approved amount,
 *   rounded to the nearest fen (half a fen to the fund); the cities split the rest by the remainder rule. When the
 *   fund covers 100%, no city pays (and an origin claimant under a remainder of ORIGIN_PAYS is then no obstacle).
 * - A payer with weight zero (a 0% share, a population of 0) gets a part of zero; parts of zero are returned so
 *   the split shows every payer considered, but the ledger should not write entries for them.
 */
import { BadInputError } from '../errors';
import { formatMoney, type Money } from './money';
import { idAsName, type CityNaming } from '../cities/naming';

/** The payer id of the cluster's regional compensation fund; no city may use it as its id. */
export const FUND_PAYER_ID = 'FUND';
/** 100% in basis points: shares and the fund's percentage are whole basis points (1 bp = 0.01%). */
export const WHOLE_BASIS_POINTS = 10_000;

export const SHARING_RULE_KINDS = [
  'ORIGIN_PAYS',
  'FIXED_SHARES',
  'POPULATION_WEIGHTED',
  'EQUAL_SHARE',
  'FUND_COVERS',
] as const;
export type SharingRuleKind = (typeof SHARING_RULE_KINDS)[number];

export interface CityShare {
  cityId: string;
  basisPoints: number;
}

/** A rule that charges cities only; the remainder under FUND_COVERS is one of these. */
export type CitySharingRule =
  | { kind: 'ORIGIN_PAYS' }
  | { kind: 'FIXED_SHARES'; shares: CityShare[] }
  | { kind: 'POPULATION_WEIGHTED' }
  | { kind: 'EQUAL_SHARE' };

export type SharingRule =
  CitySharingRule | { kind: 'FUND_COVERS'; fundBasisPoints: number; remainderRule: CitySharingRule };

export interface SplitContext {
  claimantCityId: string;
  /** The agreement's parties (the claimant may be among them; it is left out of the payers). */
  partyCityIds: readonly string[];
  /** The city where the event originated; needed by ORIGIN_PAYS. */
  originCityId?: string;
  /** Population per city from the shared baseline; needed by POPULATION_WEIGHTED for every paying party. */
  populations?: Readonly<Record<string, number>>;
  /** Names the cities in refusals (ids when absent). */
  nameOf?: CityNaming;
}

export interface SplitPart {
  payerId: string;
  amount: Money;
}

export interface Weighted {
  id: string;
  weight: bigint;
}

/**
 * Checks a sharing rule against the agreement's parties: fixed shares are whole basis points from 0 to 10,000 for
 * parties only, each city once, adding up to exactly 10,000 (100%); the fund's percentage is 0.01% to 100%.
 */
export function validateSharingRule(
  rule: SharingRule,
  partyCityIds: readonly string[],
  nameOf: CityNaming = idAsName,
): SharingRule {
  if (partyCityIds.includes(FUND_PAYER_ID))
    throw new BadInputError(`"${FUND_PAYER_ID}" names the regional fund and cannot be a city id.`);
  switch (rule.kind) {
    case 'ORIGIN_PAYS':
    case 'POPULATION_WEIGHTED':
    case 'EQUAL_SHARE':
      return { kind: rule.kind };
    case 'FIXED_SHARES':
      return { kind: 'FIXED_SHARES', shares: validateShares(rule.shares, partyCityIds, nameOf) };
    case 'FUND_COVERS': {
      const bp = rule.fundBasisPoints;
      if (!Number.isInteger(bp) || bp < 1 || bp > WHOLE_BASIS_POINTS) {
        throw new BadInputError(
          `The fund's part must be whole basis points from 1 (0.01%) to 10,000 (100%), e.g. 4000 for 40% (got ${bp}).`,
        );
      }
      if (!rule.remainderRule)
        throw new BadInputError('Say how the cities share what the fund does not cover (remainderRule).');
      if ((rule.remainderRule.kind as SharingRuleKind) === 'FUND_COVERS') {
        throw new BadInputError(
          'What the fund does not cover must be shared by a city rule (ORIGIN_PAYS, FIXED_SHARES, POPULATION_WEIGHTED or EQUAL_SHARE), not by the fund again.',
        );
      }
      return {
        kind: 'FUND_COVERS',
        fundBasisPoints: bp,
        remainderRule: validateSharingRule(rule.remainderRule, partyCityIds, nameOf) as CitySharingRule,
      };
    }
    default:
      throw new BadInputError(
        `Unknown sharing rule ${JSON.stringify((rule as { kind: unknown }).kind)}. Use one of: ${SHARING_RULE_KINDS.join(', ')}.`,
      );
  }
}

/**
 * Splits an approved amount among its payers under the sharing rule (see the module comment for the semantics).
 * The parts add up exactly to `amount`, none is negative, and the result is the same for the same inputs in any
 * order. Parts come fund first, then cities by id.
 */
export function splitAmount(amount: Money, rule: SharingRule, context: SplitContext): SplitPart[] {
  if (amount.minor < 0n) throw new BadInputError(`An approved amount cannot be negative (got ${formatMoney(amount)}).`);
  const checkedRule = validateSharingRule(rule, context.partyCityIds, context.nameOf);
  const parts = (minor: bigint, weights: Weighted[]) =>
    largestRemainder(minor, weights).map(({ id, amount: part }) => ({
      payerId: id,
      amount: { minor: part, currency: amount.currency },
    }));

  if (checkedRule.kind !== 'FUND_COVERS') return parts(amount.minor, cityWeights(amount, checkedRule, context));

  // The fund's part is its percentage of the whole approved amount, to the nearest fen (half a fen to the fund:
  // the pool carries it rather than a city); the cities split the rest. Never more than the amount, as bp ≤ 10,000.
  const fund =
    (amount.minor * BigInt(checkedRule.fundBasisPoints) * 2n + BigInt(WHOLE_BASIS_POINTS)) /
    BigInt(2 * WHOLE_BASIS_POINTS);
  const rest = { minor: amount.minor - fund, currency: amount.currency };
  const cities = rest.minor === 0n ? [] : parts(rest.minor, cityWeights(rest, checkedRule.remainderRule, context));
  return [{ payerId: FUND_PAYER_ID, amount: { minor: fund, currency: amount.currency } }, ...cities];
}

/**
 * Largest-remainder (Hamilton) apportionment of `total` units by `weights`: each gets floor(total × w / W), and the
 * units left over (fewer than the number of payers) go one each to the largest remainders; ties to the larger
 * weight, then the smaller id. Each part is its exact quota rounded down or up, never negative; a zero weight gets 0.
 * Results are sorted by id. With a zero total everyone gets 0; a positive total needs some positive weight.
 */
export function largestRemainder(total: bigint, weights: readonly Weighted[]): Array<{ id: string; amount: bigint }> {
  if (total < 0n) throw new RangeError('Cannot apportion a negative total.');
  const ids = new Set(weights.map((w) => w.id));
  if (ids.size !== weights.length) throw new RangeError('Each payer may appear only once in a split.');
  if (weights.some((w) => w.weight < 0n)) throw new RangeError('Weights cannot be negative.');
  const sorted = [...weights].sort((a, b) => byId(a.id, b.id));
  const whole = sorted.reduce((acc, w) => acc + w.weight, 0n);
  if (whole === 0n) {
    if (total === 0n) return sorted.map(({ id }) => ({ id, amount: 0n }));
    throw new RangeError('Cannot apportion a positive total when every weight is zero.');
  }
  const quotas = sorted.map(({ id, weight }) => ({
    id,
    weight,
    floor: (total * weight) / whole,
    remainder: (total * weight) % whole,
  }));
  let leftover = total - quotas.reduce((acc, q) => acc + q.floor, 0n);
  const order = [...quotas].sort((a, b) =>
    a.remainder !== b.remainder
      ? a.remainder > b.remainder
        ? -1
        : 1
      : a.weight !== b.weight
        ? a.weight > b.weight
          ? -1
          : 1
        : byId(a.id, b.id),
  );
  const extra = new Set<string>();
  // Remainders add up to leftover × whole and each is below whole, so the first `leftover` all have a positive weight.
  for (const q of order) {
    if (leftover === 0n) break;
    extra.add(q.id);
    leftover -= 1n;
  }
  return quotas.map(({ id, floor }) => ({ id, amount: floor + (extra.has(id) ? 1n : 0n) }));
}

function cityWeights(amount: Money, rule: CitySharingRule, context: SplitContext): Weighted[] {
  const { claimantCityId } = context;
  const nameOf = context.nameOf ?? idAsName;
  const others = [...new Set(context.partyCityIds)].filter((id) => id !== claimantCityId);
  let weights: Weighted[];
  let nobody: string;
  switch (rule.kind) {
    case 'ORIGIN_PAYS': {
      const origin = context.originCityId;
      if (!origin)
        throw new BadInputError(
          'ORIGIN_PAYS needs the city where the event originated; none is recorded for this event.',
        );
      if (!context.partyCityIds.includes(origin)) {
        throw new BadInputError(
          `Under ORIGIN_PAYS the origin city pays, but ${nameOf(origin)} is not a party to this agreement, so the agreement cannot charge it.`,
        );
      }
      weights = origin === claimantCityId ? [] : [{ id: origin, weight: 1n }];
      nobody = `Under ORIGIN_PAYS the origin city pays, and ${nameOf(origin)} is both the origin and the claimant: a city cannot compensate itself.`;
      break;
    }
    case 'FIXED_SHARES': {
      const share = new Map(rule.shares.map((s) => [s.cityId, BigInt(s.basisPoints)]));
      weights = others.map((id) => ({ id, weight: share.get(id) ?? 0n }));
      nobody = `Under the fixed shares no party other than the claimant ${nameOf(claimantCityId)} has a share, so nobody can be charged.`;
      break;
    }
    case 'POPULATION_WEIGHTED':
      weights = others.map((id) => ({ id, weight: population(context, id, nameOf) }));
      nobody = `No party other than the claimant ${nameOf(claimantCityId)} has a recorded population above zero, so nobody can be charged by population.`;
      break;
    case 'EQUAL_SHARE':
      weights = others.map((id) => ({ id, weight: 1n }));
      nobody = `The claimant ${nameOf(claimantCityId)} is the only party, so nobody else can share the cost.`;
      break;
  }
  if (amount.minor > 0n && !weights.some((w) => w.weight > 0n)) throw new BadInputError(nobody);
  return weights;
}

function population(context: SplitContext, cityId: string, nameOf: CityNaming): bigint {
  const value = context.populations?.[cityId];
  if (value === undefined || value === null) {
    throw new BadInputError(
      `The population of ${nameOf(cityId)} is not recorded in its baseline, so the cost cannot be split by population.`,
    );
  }
  if (!Number.isSafeInteger(value) || value < 0)
    throw new BadInputError(`The population of ${nameOf(cityId)} must be a whole number, zero or more (got ${value}).`);
  return BigInt(value);
}

function validateShares(
  shares: readonly CityShare[] | undefined,
  partyCityIds: readonly string[],
  nameOf: CityNaming,
): CityShare[] {
  if (!shares?.length)
    throw new BadInputError('FIXED_SHARES needs each paying city with its share in basis points (10,000 = 100%).');
  const seen = new Set<string>();
  let total = 0;
  for (const { cityId, basisPoints } of shares) {
    if (seen.has(cityId)) throw new BadInputError(`${nameOf(cityId)} is given a share twice.`);
    seen.add(cityId);
    if (!partyCityIds.includes(cityId))
      throw new BadInputError(`${nameOf(cityId)} is given a share but is not a party to this agreement.`);
    if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > WHOLE_BASIS_POINTS) {
      throw new BadInputError(
        `The share of ${nameOf(cityId)} must be whole basis points from 0 to 10,000 (100%), e.g. 2500 for 25% (got ${basisPoints}).`,
      );
    }
    total += basisPoints;
  }
  if (total !== WHOLE_BASIS_POINTS) {
    throw new BadInputError(
      `The fixed shares add up to ${percent(total)}; they must add up to exactly 100% (10,000 basis points).`,
      { totalBasisPoints: total },
    );
  }
  // Stored in id order so two drafts listing the same shares differently are the same terms.
  return [...shares]
    .sort((a, b) => byId(a.cityId, b.cityId))
    .map(({ cityId, basisPoints }) => ({ cityId, basisPoints }));
}

/** 4000 → "40%", 3333 → "33.33%". */
export function percent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = Math.abs(basisPoints % 100);
  return rest ? `${whole}.${String(rest).padStart(2, '0')}%` : `${whole}%`;
}

// Code-unit order, not localeCompare: the split must not depend on the server's locale.
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
