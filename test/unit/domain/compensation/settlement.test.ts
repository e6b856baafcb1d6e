import { BadInputError } from '../../../../src/domain/errors';
import { money } from '../../../../src/domain/compensation/money';
import {
  netBalances,
  settlementPlan,
  type Balance,
  type LedgerEntry,
  type Transfer,
} from '../../../../src/domain/compensation/settlement';
import { FUND_PAYER_ID } from '../../../../src/domain/compensation/split';
import { Random } from './random';

const owes = (payerId: string, payeeId: string, minor: bigint): LedgerEntry => ({
  payerId,
  payeeId,
  amount: money(minor, 'CNY'),
});
const balance = (partyId: string, minor: bigint): Balance => ({ partyId, net: money(minor, 'CNY') });
const asRows = (transfers: Transfer[]) => transfers.map((t) => [t.fromId, t.toId, t.amount.minor]);

/** Applies the transfers to the balances: a payer's debt shrinks, a payee's credit shrinks. */
function afterPaying(balances: Balance[], transfers: Transfer[]): Map<string, bigint> {
  const left = new Map(balances.map((b) => [b.partyId, b.net.minor]));
  for (const t of transfers) {
    left.set(t.fromId, left.get(t.fromId)! + t.amount.minor);
    left.set(t.toId, left.get(t.toId)! - t.amount.minor);
  }
  return left;
}

describe('netBalances', () => {
  test('nets what each party owes and is owed, the fund included, sorted by id', () => {
    const entries = [
      owes(FUND_PAYER_ID, 'jiaxing', 4_000_000n),
      owes('suzhou', 'jiaxing', 3_000_000n),
      owes('shanghai', 'jiaxing', 3_000_001n),
      owes('jiaxing', 'suzhou', 500_000n),
      owes('huzhou', 'shanghai', 1n),
      owes('shanghai', 'huzhou', 1n),
    ];
    expect(netBalances(entries, 'CNY').map((b) => [b.partyId, b.net.minor])).toEqual([
      [FUND_PAYER_ID, -4_000_000n],
      ['huzhou', 0n],
      ['jiaxing', 9_500_001n],
      ['shanghai', -3_000_001n],
      ['suzhou', -2_500_000n],
    ]);
    expect(netBalances([], 'CNY')).toEqual([]);
  });

  test.each<[string, LedgerEntry, RegExp]>([
    [
      'another currency',
      { ...owes('a', 'b', 1n), amount: money(1n, 'USD') },
      /Ledger entry 1 is in USD, but this settlement is in CNY/,
    ],
    ['a party owing itself', owes('a', 'a', 1n), /a owing itself/],
    ['a negative amount', { ...owes('a', 'b', 1n), amount: { minor: -1n, currency: 'CNY' } }, /negative amount/],
  ])('refuses %s', (_name, entry, message) => {
    expect(() => netBalances([entry], 'CNY')).toThrow(BadInputError);
    expect(() => netBalances([entry], 'CNY')).toThrow(message);
  });
});

describe('settlementPlan', () => {
  test('the largest debtor pays the largest creditor, step by step', () => {
    const balances = [
      balance(FUND_PAYER_ID, -4_000_000n),
      balance('jiaxing', 9_500_001n),
      balance('shanghai', -3_000_001n),
      balance('suzhou', -2_500_000n),
      balance('huzhou', 0n),
    ];
    expect(asRows(settlementPlan(balances))).toEqual([
      [FUND_PAYER_ID, 'jiaxing', 4_000_000n],
      ['shanghai', 'jiaxing', 3_000_001n],
      ['suzhou', 'jiaxing', 2_500_000n],
    ]);
  });

  test('nothing to settle: no transfers', () => {
    expect(settlementPlan([])).toEqual([]);
    expect(settlementPlan([balance('a', 0n), balance('b', 0n)])).toEqual([]);
  });

  test('is not always the fewest transfers (the minimum is NP-hard), but never more than n − 1', () => {
    // shanghai −3 / jiaxing +3 could settle alone, giving 4 transfers; greedy pays the largest first and uses 5 = n − 1.
    const balances = [
      balance('a', -8n),
      balance('b', 6n),
      balance('c', -2n),
      balance('jiaxing', 3n),
      balance('e', 4n),
      balance('shanghai', -3n),
    ];
    const plan = settlementPlan(balances);
    expect(plan).toHaveLength(5);
    expect([...afterPaying(balances, plan).values()].every((left) => left === 0n)).toBe(true);
  });

  test.each<[string, Balance[], RegExp]>([
    ['balances that do not add up to zero', [balance('a', -5n), balance('b', 4n)], /add up to -¥0.01 instead of zero/],
    [
      'two currencies',
      [balance('a', -5n), { partyId: 'b', net: money(5n, 'USD') }],
      /Balances in CNY and USD cannot be settled together/,
    ],
    ['a party listed twice', [balance('a', -5n), balance('a', 5n)], /only one balance/],
  ])('refuses %s', (_name, balances, message) => {
    expect(() => settlementPlan(balances)).toThrow(BadInputError);
    expect(() => settlementPlan(balances)).toThrow(message);
  });

  test('clears every balance exactly with at most n − 1 non-zero transfers, deterministically (3,000 random ledgers)', () => {
    const random = new Random(90);
    for (let run = 0; run < 3000; run++) {
      const parties = [FUND_PAYER_ID, ...Array.from({ length: random.int(1, 14) }, (_, i) => `city-${i}`)];
      const entries = Array.from({ length: random.int(0, 40) }, () => {
        const [payer, payee] = random.shuffle(parties);
        // Small amounts make exact cancellations (zero balances, zero-sum groups) common; large ones test bigint.
        return owes(payer, payee, random.chance(0.5) ? BigInt(random.int(1, 20)) : random.amount(14));
      });
      const balances = netBalances(entries, 'CNY');
      const plan = settlementPlan(balances);
      const nonZero = balances.filter((b) => b.net.minor !== 0n).length;
      const net = new Map(balances.map((b) => [b.partyId, b.net.minor]));

      const problems = [
        balances.reduce((acc, b) => acc + b.net.minor, 0n) !== 0n && 'balances do not add up to zero',
        [...afterPaying(balances, plan).values()].some((left) => left !== 0n) && 'a balance is left',
        plan.length > Math.max(0, nonZero - 1) && `${plan.length} transfers for ${nonZero} non-zero balances`,
        plan.some((t) => t.amount.minor <= 0n) && 'a transfer of zero or less',
        plan.some((t) => t.fromId === t.toId) && 'a party paying itself',
        plan.some((t) => net.get(t.fromId)! >= 0n || net.get(t.toId)! <= 0n) && 'a creditor pays or a debtor receives',
        JSON.stringify(asRows(settlementPlan(random.shuffle(balances))), (_k, v: unknown) =>
          typeof v === 'bigint' ? v.toString() : v,
        ) !== JSON.stringify(asRows(plan), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) &&
          'the order of the balances changed the plan',
      ].filter(Boolean);
      if (problems.length) expect({ entries: entries.length, balances, plan }).toBe(problems.join('; '));
    }
  });
});
