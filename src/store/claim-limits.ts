import { heldTotal, type HeldByKind } from '../domain/compensation/claim-limits';
import { formatMoney, money } from '../domain/compensation/money';
import { KIND_WORDS, type CompensationTerms, type CostKind } from '../domain/compensation/terms';
import type { CityNaming } from '../domain/cities/naming';
import { BadInputError, InvalidStateError } from '../domain/errors';
import { AidOfferEntity, type StoredAidOffer, type StoredClaim } from './entities';
import { conditionOn, RaceLost, type TotalBounds, type WriteTransaction } from './kernel';
import { exactMinor, type TotalKey } from './totals';

/**
 * The limits a claim holds its amounts against, kept as totals across all claims and moved in the claim's own
 * transaction with the limit as the condition:
 * - what the claims naming one dispatch hold of a cost kind stays within what the dispatch recorded of that kind;
 * - what one claimant's claims for one event under one agreement hold stays within the agreement's cap per claim
 *   (and each covered kind's cap per claim), so splitting one loss into several claims cannot pass the caps.
 */
export interface ClaimLimits {
  /** The terms the claim is under (their caps per claim). */
  terms: CompensationTerms;
  /** The dispatch the claim names, as read: its recorded costs bound what is held for it. */
  dispatch?: StoredAidOffer;
  /** True for the claim's filing: the dispatch then counts one more claim naming it (costs can no longer change). */
  filing?: boolean;
  nameOf: CityNaming;
}

/**
 * Where the limits are kept: per dispatch, what the claims naming it hold per cost kind and how many ever named it
 * (`claims`); per claimant, event and agreement, in the event's totals beside what it approved against its cap, what
 * the claimant's claims hold (`total` and per cost kind).
 */
export const claimLimitKeys = {
  dispatch: (offerId: string): TotalKey => ({ pk: `$citypact#dispatch-totals#${offerId}`, sk: 'claims' }),
  claimant: (claim: { agreementId: string; eventId: string; claimantCityId: string }): TotalKey => ({
    pk: `$citypact#event-totals#${claim.eventId}`,
    sk: `claims-of#${claim.agreementId}#${claim.claimantCityId}`,
  }),
};

/**
 * The condition that no claim has named the dispatch yet (its costs may still be corrected): a claim's filing counts
 * itself on the dispatch's total in its own transaction, so a correction and a filing at the same moment cannot both
 * pass.
 */
export function noClaimNamesDispatchStep(tx: WriteTransaction, offer: StoredAidOffer): WriteTransaction {
  return tx.adjust(
    'no claim names the dispatch',
    claimLimitKeys.dispatch(offer.offerId),
    { add: { claims: 0n }, bounds: { claims: { atMost: 0n } } },
    (current) =>
      new InvalidStateError(
        `${exactMinor(current?.claims) === 1n ? 'A compensation claim already names' : `${exactMinor(current?.claims)} compensation claims already name`} this dispatch, so its costs can no longer be corrected: claims are reviewed against them.`,
        { currentState: offer.status, claims: Number(exactMinor(current?.claims)) },
      ),
  );
}

/** What a dispatch recorded per claimable cost kind, in the currency claims are made in (other amounts cannot be). */
export function recordedCosts(offer: StoredAidOffer, currency: string): HeldByKind {
  const recorded: HeldByKind = {};
  for (const item of offer.costItems) {
    if (item.currency !== currency || item.kind === 'OTHER') continue;
    recorded[item.kind] = (recorded[item.kind] ?? 0n) + BigInt(item.amountMinor);
  }
  return recorded;
}

/**
 * Adds to `tx` the steps that move what `claim` holds by `change` (per cost kind): every amount that rises is
 * conditioned on its limits; a release never is. A claim filed before the limits were kept holds nothing (no steps).
 */
export function claimLimitSteps(
  tx: WriteTransaction,
  claim: StoredClaim,
  limits: ClaimLimits,
  change: HeldByKind,
): WriteTransaction {
  if (!claim.holdsClaimLimits) return tx;
  const moved = Object.entries(change).filter(([, delta]) => delta !== 0n) as Array<[CostKind, bigint]>;
  if (!moved.length && !limits.filing) return tx;
  const format = (minor: bigint) => formatMoney(money(minor, claim.currency));
  const rising = moved.filter(([, delta]) => delta > 0n);
  const { terms } = limits;

  const claimantBounds: Record<string, TotalBounds> = {};
  const caps = new Map<string, bigint>();
  const total = heldTotal(change);
  if (total > 0n && terms.capPerClaim) caps.set('total', terms.capPerClaim.minor);
  for (const [kind] of rising) {
    const cap = terms.coveredKinds.find((covered) => covered.kind === kind)?.capPerClaim;
    if (cap) caps.set(kind, cap.minor);
  }
  for (const [field, cap] of caps) claimantBounds[field] = { atMost: cap };
  tx.adjust(
    'claimant claims',
    claimLimitKeys.claimant(claim),
    { add: { total, ...Object.fromEntries(moved) }, bounds: claimantBounds },
    (current) => {
      const adds: Array<[string, bigint]> = [['total', total], ...moved];
      const over = adds.find(([name, delta]) => {
        const cap = caps.get(name);
        return cap !== undefined && exactMinor(current?.[name]) + delta > cap;
      });
      // No cap passed: the total would pass the largest amount CityPact records.
      if (!over) return new BadInputError('The claim would take its totals past the largest amount CityPact records.');
      const [field, delta] = over;
      const held = exactMinor(current?.[field]);
      const cap = caps.get(field) ?? 0n;
      const left = cap > held ? cap - held : 0n;
      const words = field === 'total' ? '' : ` of ${KIND_WORDS[field as CostKind]}`;
      const capWords = field === 'total' ? 'cap' : `${KIND_WORDS[field as CostKind]} cap`;
      return new BadInputError(
        `${limits.nameOf(claim.claimantCityId)} already holds ${format(held)}${words} in its claims for this event under this agreement. ` +
          `The ${capWords} of ${format(cap)} per claim covers all claims of a city for one event together, so ${format(left)}${words} is left to claim, not ${format(delta)}.`,
        { kind: field === 'total' ? null : field, cap: cap.toString(), held: held.toString(), left: left.toString() },
      );
    },
  );

  if (!claim.aidOfferId) return tx;
  const recorded = limits.dispatch ? recordedCosts(limits.dispatch, claim.currency) : {};
  if (limits.filing && rising.length && limits.dispatch) {
    // The costs bounding the claim are those read: a dispatch changed meanwhile is read again. Only the filing needs
    // this: once a claim names the dispatch its costs can no longer be corrected, only added to (at return).
    const read = limits.dispatch;
    tx.check(
      'dispatch as read',
      conditionOn(AidOfferEntity)
        .check({ offerId: read.offerId })
        .where(({ version }, { eq }) => eq(version, read.version)),
      () => new RaceLost(),
    );
  }
  const dispatchBounds = Object.fromEntries(rising.map(([kind]) => [kind, { atMost: recorded[kind] ?? 0n }]));
  tx.adjust(
    'dispatch claims',
    claimLimitKeys.dispatch(claim.aidOfferId),
    { add: { ...Object.fromEntries(moved), ...(limits.filing ? { claims: 1n } : {}) }, bounds: dispatchBounds },
    (current) => {
      const over = rising.find(([name, delta]) => exactMinor(current?.[name]) + delta > (recorded[name] ?? 0n));
      // Only a rise is bounded; anything else is a total past the largest amount CityPact records.
      if (!over)
        return new BadInputError('The claim would take the dispatch past the largest amount CityPact records.');
      const [kind, delta] = over;
      const words = KIND_WORDS[kind];
      const costs = recorded[kind] ?? 0n;
      if (costs === 0n)
        return new BadInputError(
          `The dispatch named recorded no ${words} costs in ${claim.currency}, so no ${words} can be claimed for it.`,
          { kind, recorded: '0', held: exactMinor(current?.[kind]).toString(), left: '0' },
        );
      const held = exactMinor(current?.[kind]);
      const left = costs > held ? costs - held : 0n;
      return new BadInputError(
        `The dispatch named recorded ${format(costs)} of ${words}; the claims naming it already hold ${format(held)} of it, ` +
          `so ${format(left)} of ${words} is left to claim, not ${format(delta)}.`,
        { kind, recorded: costs.toString(), held: held.toString(), left: left.toString() },
      );
    },
  );
  return tx;
}
