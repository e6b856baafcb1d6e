import { FUND_PAYER_ID } from './split';

/** A ledger line as far as the totals it moves are concerned. */
export interface LedgerLine {
  kind: string;
  payerId: string;
  payeeId: string;
  amountMinor: string;
  claimId?: string;
  at: string;
}

/** What a set of ledger lines does to the totals the ledger keeps. */
export interface LedgerEffects {
  /** Per party, the change of its net position (positive: more is owed to it). */
  nets: Map<string, bigint>;
  /** Per party that owes something by these lines (a payment is not a debt), the earliest time it did. */
  firstOwedAt: Map<string, string>;
  /** Per claim, per payer, the change of what it owes the claimant on that claim. */
  owedOnClaims: Map<string, Map<string, bigint>>;
  /** Payments out of the fund and into it. */
  fundOut: bigint;
  fundIn: bigint;
}

const plus = <K>(map: Map<K, bigint>, key: K, amount: bigint) => map.set(key, (map.get(key) ?? 0n) + amount);

/**
 * The one reading of ledger lines every total is kept by (on write, and when totals are computed from an old ledger):
 * "payer owes payee"; a payment is recorded the other way round, so it offsets the debt it pays.
 */
export function ledgerEffects(
  lines: readonly LedgerLine[],
  claimantOf: (claimId: string) => string | undefined,
): LedgerEffects {
  const effects: LedgerEffects = {
    nets: new Map(),
    firstOwedAt: new Map(),
    owedOnClaims: new Map(),
    fundOut: 0n,
    fundIn: 0n,
  };
  for (const line of [...lines].sort((a, b) => a.at.localeCompare(b.at))) {
    const amount = BigInt(line.amountMinor);
    plus(effects.nets, line.payeeId, amount);
    plus(effects.nets, line.payerId, -amount);
    if (line.kind !== 'PAYMENT' && !effects.firstOwedAt.has(line.payerId))
      effects.firstOwedAt.set(line.payerId, line.at);
    // A payment from the fund has the fund as its (ledger) payee; one into the fund, as its payer.
    if (line.kind === 'PAYMENT' && line.payeeId === FUND_PAYER_ID) effects.fundOut += amount;
    if (line.kind === 'PAYMENT' && line.payerId === FUND_PAYER_ID) effects.fundIn += amount;
    const claimant = line.claimId ? claimantOf(line.claimId) : undefined;
    if (line.claimId && claimant) {
      const perPayer = effects.owedOnClaims.get(line.claimId) ?? new Map<string, bigint>();
      // Shares owed to the claimant add; payments and reductions (recorded the other way round) take away.
      if (line.payeeId === claimant) plus(perPayer, line.payerId, amount);
      else if (line.payerId === claimant) plus(perPayer, line.payeeId, -amount);
      effects.owedOnClaims.set(line.claimId, perPayer);
    }
  }
  return effects;
}
