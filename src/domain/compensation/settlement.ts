import { BadInputError } from '../errors';
import { formatMoney, money, parseCurrency, type Money } from './money';

/** The ledger lines the API shows: a claim's shares and adjustments, and payments. */
export const CLAIM_LEDGER_ENTRY_KINDS = ['CLAIM_SHARE', 'PAYMENT', 'CLAIM_ADJUSTMENT'] as const;
/**
 * Every kind of stored ledger line: SURCHARGE and BONUS come from compliance consequences, a REVERSAL undoes one when
 * its record is overturned. These count in balances but are never listed under a claim.
 */
export const LEDGER_ENTRY_KINDS = [...CLAIM_LEDGER_ENTRY_KINDS, 'SURCHARGE', 'BONUS', 'REVERSAL'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** One open obligation from the ledger: `payerId` (a city or the fund) owes `payeeId` this amount. */
export interface LedgerEntry {
  payerId: string;
  payeeId: string;
  amount: Money;
}

/** A party's net position: positive when the others owe it more than it owes (a creditor), negative for a debtor. */
export interface Balance {
  partyId: string;
  net: Money;
}

export interface Transfer {
  fromId: string;
  toId: string;
  amount: Money;
}

/**
 * Nets the open ledger entries into one balance per party (cities and the fund) that appears in them, sorted by id.
 * A party whose debts and credits cancel out is listed with zero. The balances always add up to zero.
 */
export function netBalances(entries: readonly LedgerEntry[], currency: string): Balance[] {
  parseCurrency(currency);
  const net = new Map<string, bigint>();
  entries.forEach((entry, index) => {
    if (entry.amount.currency !== currency) {
      throw new BadInputError(
        `Ledger entry ${index + 1} is in ${entry.amount.currency}, but this settlement is in ${currency}; settle each currency on its own.`,
      );
    }
    if (entry.amount.minor < 0n)
      throw new BadInputError(`Ledger entry ${index + 1} owes a negative amount (${formatMoney(entry.amount)}).`);
    if (entry.payerId === entry.payeeId)
      throw new BadInputError(`Ledger entry ${index + 1} has ${entry.payerId} owing itself.`);
    net.set(entry.payerId, (net.get(entry.payerId) ?? 0n) - entry.amount.minor);
    net.set(entry.payeeId, (net.get(entry.payeeId) ?? 0n) + entry.amount.minor);
  });
  return [...net.entries()]
    .sort(([a], [b]) => byId(a, b))
    .map(([partyId, minor]) => ({ partyId, net: money(minor, currency) }));
}

/** Net positions kept as totals, as balances: in the same order as netting the lines gives. */
export function balancesOf(positions: ReadonlyArray<{ partyId: string; net: bigint }>, currency: string): Balance[] {
  return [...positions]
    .sort((a, b) => byId(a.partyId, b.partyId))
    .map(({ partyId, net }) => ({ partyId, net: money(net, currency) }));
}

/**
 * A plan of transfers that settles every net position.
 *
 * Greedy: at each step the largest remaining debtor pays the largest remaining creditor the smaller of the two
 * amounts (ties: the smaller id first). What it guarantees:
 * - after the transfers every balance is exactly zero, to the fen;
 * - with n non-zero balances it uses at most n − 1 transfers (each transfer zeroes at least one party, and the last
 *   zeroes two), and never a transfer of zero;
 * - debtors only pay and creditors only receive, so no party pays more in total than it owes or receives more than
 *   it is owed;
 * - the same balances give the same plan, in the same order, whatever order they are passed in.
 * What it does not guarantee: the fewest possible transfers. That minimum is n minus the largest number of groups the
 * parties can be split into whose balances each add up to zero, and finding it is NP-hard (it contains subset-sum);
 * the greedy plan reaches it whenever no such subgroup exists, and never exceeds n − 1.
 *
 * Transfers are listed in the order the greedy chose them (largest first).
 */
export function settlementPlan(balances: readonly Balance[]): Transfer[] {
  const currencies = new Set(balances.map((b) => b.net.currency));
  if (currencies.size > 1)
    throw new BadInputError(
      `Balances in ${[...currencies].join(' and ')} cannot be settled together; settle each currency on its own.`,
    );
  const [currency] = currencies;
  const ids = new Set(balances.map((b) => b.partyId));
  if (ids.size !== balances.length) throw new BadInputError('Each party may have only one balance in a settlement.');
  const total = balances.reduce((acc, b) => acc + b.net.minor, 0n);
  if (total !== 0n) {
    throw new BadInputError(
      `The balances add up to ${formatMoney({ minor: total, currency })} instead of zero, so they cannot all be settled; some ledger entries are missing.`,
    );
  }

  const debtors = balances.filter((b) => b.net.minor < 0n).map((b) => ({ id: b.partyId, left: -b.net.minor }));
  const creditors = balances.filter((b) => b.net.minor > 0n).map((b) => ({ id: b.partyId, left: b.net.minor }));
  const transfers: Transfer[] = [];
  for (;;) {
    const debtor = largest(debtors);
    const creditor = largest(creditors);
    // Both run out together: what the debtors owe in total is exactly what the creditors are owed.
    if (!debtor || !creditor) return transfers;
    const amount = debtor.left < creditor.left ? debtor.left : creditor.left;
    transfers.push({ fromId: debtor.id, toId: creditor.id, amount: money(amount, currency) });
    debtor.left -= amount;
    creditor.left -= amount;
  }
}

function largest(parties: Array<{ id: string; left: bigint }>): { id: string; left: bigint } | undefined {
  let best: { id: string; left: bigint } | undefined;
  for (const party of parties) {
    if (party.left === 0n) continue;
    if (!best || party.left > best.left || (party.left === best.left && byId(party.id, best.id) < 0)) best = party;
  }
  return best;
}

// Code-unit order, not localeCompare: the plan must not depend on the server's locale.
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
