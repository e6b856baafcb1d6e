import { BadInputError } from '../../../../src/domain/errors';
import { money, type Money } from '../../../../src/domain/compensation/money';
import {
  FUND_PAYER_ID,
  largestRemainder,
  percent,
  splitAmount,
  validateSharingRule,
  type CitySharingRule,
  type SharingRule,
  type SplitContext,
  type SplitPart,
} from '../../../../src/domain/compensation/split';
import { Random } from './random';

const cny = (minor: bigint): Money => money(minor, 'CNY');
const asTable = (parts: SplitPart[]) => parts.map((part) => [part.payerId, part.amount.minor]);
const total = (parts: SplitPart[]) => parts.reduce((acc, part) => acc + part.amount.minor, 0n);

const yrd: SplitContext = {
  claimantCityId: 'jiaxing',
  partyCityIds: ['suzhou', 'jiaxing', 'shanghai', 'huzhou'],
  originCityId: 'suzhou',
  populations: { suzhou: 12_910_000, jiaxing: 5_550_000, shanghai: 24_870_000, huzhou: 3_410_000 },
};

describe('largestRemainder', () => {
  test('hands the left-over units to the largest remainders', () => {
    // 10 by 1:1:1 → 3.33 each; one unit left, remainders tie, so the smallest id takes it.
    expect(
      largestRemainder(10n, [
        { id: 'c', weight: 1n },
        { id: 'a', weight: 1n },
        { id: 'b', weight: 1n },
      ]),
    ).toEqual([
      { id: 'a', amount: 4n },
      { id: 'b', amount: 3n },
      { id: 'c', amount: 3n },
    ]);
    // 100 by 0.555:0.335:0.11 → 55.5, 33.5, 11: a tie of halves goes to the larger weight.
    expect(
      largestRemainder(100n, [
        { id: 'x', weight: 335n },
        { id: 'y', weight: 555n },
        { id: 'z', weight: 110n },
      ]),
    ).toEqual([
      { id: 'x', amount: 33n },
      { id: 'y', amount: 56n },
      { id: 'z', amount: 11n },
    ]);
  });

  test('a tie of equal remainders goes to the larger weight, then the smaller id', () => {
    expect(
      largestRemainder(2n, [
        { id: 'a', weight: 1n },
        { id: 'b', weight: 3n },
      ]),
    ).toEqual([
      { id: 'a', amount: 0n },
      { id: 'b', amount: 2n },
    ]);
    expect(
      largestRemainder(1n, [
        { id: 'b', weight: 5n },
        { id: 'a', weight: 5n },
      ]),
    ).toEqual([
      { id: 'a', amount: 1n },
      { id: 'b', amount: 0n },
    ]);
  });

  test('zero weights get nothing; a zero total gives everyone zero', () => {
    expect(
      largestRemainder(7n, [
        { id: 'a', weight: 0n },
        { id: 'b', weight: 2n },
        { id: 'c', weight: 1n },
      ]).map((p) => p.amount),
    ).toEqual([0n, 5n, 2n]);
    expect(largestRemainder(0n, [{ id: 'a', weight: 0n }])).toEqual([{ id: 'a', amount: 0n }]);
  });

  test('every part is its exact quota rounded down or up, and the parts add up (10,000 random cases)', () => {
    const random = new Random(1);
    for (let run = 0; run < 10_000; run++) {
      const amount = random.amount();
      const weights = Array.from({ length: random.int(1, 12) }, (_, i) => ({
        id: `p${i}`,
        weight: random.chance(0.15) ? 0n : BigInt(random.int(1, random.pick([3, 10_000, 30_000_000]))),
      }));
      if (weights.every((w) => w.weight === 0n)) weights[0].weight = 1n;
      const whole = weights.reduce((acc, w) => acc + w.weight, 0n);
      const parts = largestRemainder(amount, weights);
      // One expect per case keeps 10,000 cases fast; the failing case is printed whole.
      const bad = parts.filter((part) => {
        const weight = weights.find((w) => w.id === part.id)!.weight;
        const exact = amount * weight; // the quota is exact / whole: the part must be its floor or its ceiling
        return (
          part.amount * whole > exact + whole - 1n ||
          part.amount * whole <= exact - whole ||
          (weight === 0n && part.amount !== 0n)
        );
      });
      const sumsUp = parts.reduce((acc, p) => acc + p.amount, 0n) === amount;
      if (bad.length || !sumsUp) expect({ amount, weights, parts }).toBe('a split within the quotas that adds up');
    }
  });
});

describe('splitAmount: the rules on one example (Yangtze River Delta, Jiaxing claims)', () => {
  const amount = cny(10_000_001n); // ¥100,000.01: an odd fen to place

  test.each<[string, SharingRule, Array<[string, bigint]>]>([
    ['ORIGIN_PAYS: the origin pays all', { kind: 'ORIGIN_PAYS' }, [['suzhou', 10_000_001n]]],
    [
      'EQUAL_SHARE: the three other parties a third each',
      { kind: 'EQUAL_SHARE' },
      [
        ['huzhou', 3_333_334n],
        ['shanghai', 3_333_334n],
        ['suzhou', 3_333_333n],
      ],
    ],
    [
      'FIXED_SHARES: the claimant’s own 10% spread over the others by their shares',
      {
        kind: 'FIXED_SHARES',
        shares: [
          { cityId: 'suzhou', basisPoints: 4500 },
          { cityId: 'shanghai', basisPoints: 3600 },
          { cityId: 'jiaxing', basisPoints: 1000 },
          { cityId: 'huzhou', basisPoints: 900 },
        ],
      },
      // 45:36:9 of the whole amount: 5,000,000.5 / 4,000,000.4 / 1,000,000.1, the odd fen to the largest remainder
      [
        ['huzhou', 1_000_000n],
        ['shanghai', 4_000_000n],
        ['suzhou', 5_000_001n],
      ],
    ],
    [
      'POPULATION_WEIGHTED: by the others’ populations',
      { kind: 'POPULATION_WEIGHTED' },
      [
        ['huzhou', 827_871n],
        ['shanghai', 6_037_874n],
        ['suzhou', 3_134_256n],
      ],
    ],
    [
      'FUND_COVERS 40%, the rest by population',
      { kind: 'FUND_COVERS', fundBasisPoints: 4000, remainderRule: { kind: 'POPULATION_WEIGHTED' } },
      [
        [FUND_PAYER_ID, 4_000_000n],
        ['huzhou', 496_723n],
        ['shanghai', 3_622_724n],
        ['suzhou', 1_880_554n],
      ],
    ],
    [
      'FUND_COVERS 100%: no city pays',
      { kind: 'FUND_COVERS', fundBasisPoints: 10_000, remainderRule: { kind: 'EQUAL_SHARE' } },
      [[FUND_PAYER_ID, 10_000_001n]],
    ],
  ])('%s', (_name, rule, expected) => {
    const parts = splitAmount(amount, rule, yrd);
    expect(asTable(parts)).toEqual(expected);
    expect(total(parts)).toBe(amount.minor);
  });

  test('the fund’s part is rounded to the nearest fen, half a fen to the fund', () => {
    const rule: SharingRule = { kind: 'FUND_COVERS', fundBasisPoints: 5000, remainderRule: { kind: 'ORIGIN_PAYS' } };
    expect(asTable(splitAmount(cny(3n), rule, yrd))).toEqual([
      [FUND_PAYER_ID, 2n],
      ['suzhou', 1n],
    ]);
    expect(asTable(splitAmount(cny(1n), { ...rule, fundBasisPoints: 4999 }, yrd))).toEqual([
      [FUND_PAYER_ID, 0n],
      ['suzhou', 1n],
    ]);
  });

  test('a city with a population of zero (or a 0% share) gets a part of zero', () => {
    const parts = splitAmount(
      cny(999n),
      { kind: 'POPULATION_WEIGHTED' },
      { ...yrd, populations: { ...yrd.populations, huzhou: 0 } },
    );
    expect(parts.find((part) => part.payerId === 'huzhou')!.amount.minor).toBe(0n);
  });

  test('a zero amount splits into zeros without error', () => {
    expect(splitAmount(cny(0n), { kind: 'EQUAL_SHARE' }, yrd).every((part) => part.amount.minor === 0n)).toBe(true);
  });

  test.each<[string, SharingRule, Partial<SplitContext>, RegExp]>([
    [
      'the origin claiming under ORIGIN_PAYS',
      { kind: 'ORIGIN_PAYS' },
      { claimantCityId: 'suzhou' },
      /suzhou is both the origin and the claimant: a city cannot compensate itself/,
    ],
    [
      'the origin claiming under a 40% fund with ORIGIN_PAYS for the rest',
      { kind: 'FUND_COVERS', fundBasisPoints: 4000, remainderRule: { kind: 'ORIGIN_PAYS' } },
      { claimantCityId: 'suzhou' },
      /cannot compensate itself/,
    ],
    [
      'ORIGIN_PAYS without an origin',
      { kind: 'ORIGIN_PAYS' },
      { originCityId: undefined },
      /needs the city where the event originated/,
    ],
    [
      'ORIGIN_PAYS with an origin outside the agreement',
      { kind: 'ORIGIN_PAYS' },
      { originCityId: 'ningbo' },
      /ningbo is not a party to this agreement/,
    ],
    [
      'a missing population',
      { kind: 'POPULATION_WEIGHTED' },
      { populations: { suzhou: 1, shanghai: 2 } },
      /population of huzhou is not recorded/,
    ],
    [
      'a fractional population',
      { kind: 'POPULATION_WEIGHTED' },
      { populations: { ...yrd.populations, huzhou: 2.5 } },
      /population of huzhou must be a whole number/,
    ],
    [
      'nobody else with a population',
      { kind: 'POPULATION_WEIGHTED' },
      { populations: { suzhou: 0, jiaxing: 9, shanghai: 0, huzhou: 0 } },
      /No party other than the claimant jiaxing has a recorded population above zero/,
    ],
    [
      'the claimant holding 100% of the fixed shares',
      { kind: 'FIXED_SHARES', shares: [{ cityId: 'jiaxing', basisPoints: 10_000 }] },
      {},
      /no party other than the claimant jiaxing has a share/,
    ],
    ['the claimant as the only party', { kind: 'EQUAL_SHARE' }, { partyCityIds: ['jiaxing'] }, /only party/],
  ])('refuses %s', (_name, rule, change, message) => {
    expect(() => splitAmount(cny(100n), rule, { ...yrd, ...change })).toThrow(BadInputError);
    expect(() => splitAmount(cny(100n), rule, { ...yrd, ...change })).toThrow(message);
  });

  test('refuses a negative amount', () => {
    expect(() => splitAmount(cny(-1n), { kind: 'EQUAL_SHARE' }, yrd)).toThrow(/cannot be negative/);
  });

  test('names the cities in refusals when given their names', () => {
    const nameOf = (cityId: string) => `${cityId[0].toUpperCase()}${cityId.slice(1)}`;
    expect(() =>
      splitAmount(
        cny(100n),
        { kind: 'POPULATION_WEIGHTED' },
        { ...yrd, populations: { suzhou: 1, shanghai: 2 }, nameOf },
      ),
    ).toThrow('The population of Huzhou is not recorded');
    expect(() => splitAmount(cny(100n), { kind: 'ORIGIN_PAYS' }, { ...yrd, claimantCityId: 'suzhou', nameOf })).toThrow(
      'Suzhou is both the origin and the claimant',
    );
    expect(() =>
      splitAmount(
        cny(100n),
        { kind: 'FIXED_SHARES', shares: [{ cityId: 'ningbo', basisPoints: 10_000 }] },
        { ...yrd, nameOf },
      ),
    ).toThrow('Ningbo is given a share but is not a party');
  });
});

describe('validateSharingRule', () => {
  const parties = ['a', 'b', 'c'];
  const shares = (...bps: number[]) => ({
    kind: 'FIXED_SHARES' as const,
    shares: bps.map((basisPoints, i) => ({ cityId: parties[i], basisPoints })),
  });

  test('keeps fixed shares in id order', () => {
    const rule = validateSharingRule(
      {
        kind: 'FIXED_SHARES',
        shares: [
          { cityId: 'c', basisPoints: 1 },
          { cityId: 'a', basisPoints: 9999 },
        ],
      },
      parties,
    );
    expect(rule).toEqual({
      kind: 'FIXED_SHARES',
      shares: [
        { cityId: 'a', basisPoints: 9999 },
        { cityId: 'c', basisPoints: 1 },
      ],
    });
  });

  test.each<[string, SharingRule, RegExp]>([
    [
      'shares adding up to 99.99%',
      shares(5000, 4999),
      /fixed shares add up to 99.99%; they must add up to exactly 100% \(10,000 basis points\)/,
    ],
    ['shares adding up to 100.01%', shares(5000, 3000, 2001), /add up to 100.01%/],
    ['shares adding up to 0%', shares(0, 0, 0), /add up to 0%/],
    ['no shares', { kind: 'FIXED_SHARES', shares: [] }, /needs each paying city with its share/],
    ['a fractional share', shares(5000.5, 4999.5), /share of a must be whole basis points/],
    ['a negative share', shares(12_000, -2000), /share of a must be whole basis points/],
    [
      'a city given two shares',
      {
        kind: 'FIXED_SHARES',
        shares: [
          { cityId: 'a', basisPoints: 5000 },
          { cityId: 'a', basisPoints: 5000 },
        ],
      },
      /a is given a share twice/,
    ],
    [
      'a share for a non-party',
      { kind: 'FIXED_SHARES', shares: [{ cityId: 'z', basisPoints: 10_000 }] },
      /z is given a share but is not a party/,
    ],
    [
      'a fund part of 0',
      { kind: 'FUND_COVERS', fundBasisPoints: 0, remainderRule: { kind: 'EQUAL_SHARE' } },
      /fund's part must be whole basis points from 1/,
    ],
    [
      'a fund part over 100%',
      { kind: 'FUND_COVERS', fundBasisPoints: 10_001, remainderRule: { kind: 'EQUAL_SHARE' } },
      /fund's part must be whole basis points/,
    ],
    [
      'the fund covering the fund',
      {
        kind: 'FUND_COVERS',
        fundBasisPoints: 10,
        remainderRule: { kind: 'FUND_COVERS' } as unknown as CitySharingRule,
      },
      /not by the fund again/,
    ],
    [
      'bad shares under the fund',
      { kind: 'FUND_COVERS', fundBasisPoints: 4000, remainderRule: shares(6000) },
      /add up to 60%/,
    ],
    ['an unknown rule', { kind: 'LOSER_PAYS' } as unknown as SharingRule, /Unknown sharing rule "LOSER_PAYS"/],
  ])('refuses %s', (_name, rule, message) => {
    expect(() => validateSharingRule(rule, parties)).toThrow(BadInputError);
    expect(() => validateSharingRule(rule, parties)).toThrow(message);
  });

  test('refuses a city called FUND', () => {
    expect(() => validateSharingRule({ kind: 'EQUAL_SHARE' }, ['a', FUND_PAYER_ID])).toThrow(/names the regional fund/);
  });

  test.each([
    [4000, '40%'],
    [3333, '33.33%'],
    [5, '0.05%'],
    [10_000, '100%'],
  ])('%p basis points read %s', (bp, text) => {
    expect(percent(bp)).toBe(text);
  });
});

describe('splitAmount: properties over many random claims', () => {
  const random = new Random(20260721);
  const CITY_RULES = ['ORIGIN_PAYS', 'FIXED_SHARES', 'POPULATION_WEIGHTED', 'EQUAL_SHARE'] as const;

  function randomCase(kind: (typeof CITY_RULES)[number] | 'FUND_COVERS') {
    const parties = random.shuffle(
      Array.from({ length: random.int(2, 9) }, (_, i) => `city-${String.fromCharCode(97 + i)}${random.int(0, 99)}`),
    );
    const claimantCityId = random.pick(parties);
    const originCityId = random.pick(parties.filter((id) => id !== claimantCityId));
    const populations = Object.fromEntries(
      parties.map((id) => [id, random.chance(0.1) ? 0 : random.int(1, 30_000_000)]),
    );
    // Make sure at least one payer other than the claimant has a population.
    populations[originCityId] ||= 1;
    const cityRule = (cityKind: (typeof CITY_RULES)[number]): CitySharingRule => {
      if (cityKind !== 'FIXED_SHARES') return { kind: cityKind };
      const cuts = random.partition(10_000, parties.length);
      // Keep some share with a non-claimant so someone can pay.
      const claimantIndex = parties.indexOf(claimantCityId);
      if (cuts.every((bp, i) => bp === 0 || i === claimantIndex)) {
        cuts[(claimantIndex + 1) % parties.length] += cuts[claimantIndex];
        cuts[claimantIndex] = 0;
      }
      return {
        kind: 'FIXED_SHARES',
        shares: parties
          .map((cityId, i) => ({ cityId, basisPoints: cuts[i] }))
          .filter((s) => s.basisPoints > 0 || random.chance(0.5)),
      };
    };
    const rule: SharingRule =
      kind === 'FUND_COVERS'
        ? { kind, fundBasisPoints: random.int(1, 10_000), remainderRule: cityRule(random.pick(CITY_RULES)) }
        : cityRule(kind);
    return {
      amount: cny(random.amount()),
      rule,
      context: { claimantCityId, originCityId, partyCityIds: parties, populations },
    };
  }

  test.each([...CITY_RULES, 'FUND_COVERS' as const])(
    '%s: exact sums, no negative parts, claimant never pays, deterministic (2,000 cases)',
    (kind) => {
      for (let run = 0; run < 2000; run++) {
        const { amount, rule, context } = randomCase(kind);
        const parts = splitAmount(amount, rule, context);

        expect(total(parts)).toBe(amount.minor);
        expect(parts.every((part) => part.amount.minor >= 0n && part.amount.currency === 'CNY')).toBe(true);
        expect(parts.some((part) => part.payerId === context.claimantCityId)).toBe(false);
        expect(new Set(parts.map((part) => part.payerId)).size).toBe(parts.length);

        // The same claim with the parties (and shares) listed in another order splits the same way.
        const reordered: SharingRule =
          rule.kind === 'FIXED_SHARES' ? { ...rule, shares: random.shuffle(rule.shares) } : rule;
        expect(
          splitAmount(amount, reordered, { ...context, partyCityIds: random.shuffle(context.partyCityIds) }),
        ).toEqual(parts);

        if (rule.kind === 'FUND_COVERS') {
          const fund = parts[0];
          expect(fund.payerId).toBe(FUND_PAYER_ID);
          // Nearest fen to amount × bp / 10,000, half up: |fund × 10,000 − amount × bp| ≤ 5,000.
          const diff = fund.amount.minor * 10_000n - amount.minor * BigInt(rule.fundBasisPoints);
          expect(diff <= 5000n && diff > -5000n).toBe(true);
        }
        if (rule.kind === 'ORIGIN_PAYS') expect(asTable(parts)).toEqual([[context.originCityId, amount.minor]]);
        if (rule.kind === 'EQUAL_SHARE') {
          const amounts = parts.map((part) => part.amount.minor);
          const [low, high] = [amounts.reduce((a, b) => (a < b ? a : b)), amounts.reduce((a, b) => (a > b ? a : b))];
          expect(high - low <= 1n).toBe(true);
        }
        if (rule.kind === 'POPULATION_WEIGHTED') {
          for (const part of parts) if (context.populations[part.payerId] === 0) expect(part.amount.minor).toBe(0n);
        }
        if (rule.kind === 'FIXED_SHARES') {
          const share = new Map(rule.shares.map((s) => [s.cityId, s.basisPoints]));
          for (const part of parts) if (!share.get(part.payerId)) expect(part.amount.minor).toBe(0n);
        }
      }
    },
  );

  test('FIXED_SHARES refuses random shares that do not add up to exactly 100% (2,000 cases)', () => {
    for (let run = 0; run < 2000; run++) {
      const parties = Array.from({ length: random.int(1, 8) }, (_, i) => `c${i}`);
      const target = random.chance(0.5) ? random.int(0, 9_999) : random.int(10_001, 20_000);
      const cuts = random.partition(target, parties.length);
      const rule: SharingRule = {
        kind: 'FIXED_SHARES',
        shares: parties.map((cityId, i) => ({ cityId, basisPoints: Math.min(cuts[i], 10_000) })),
      };
      const sumBp = rule.shares.reduce((acc, s) => acc + s.basisPoints, 0);
      if (sumBp === 10_000) continue;
      expect(() =>
        splitAmount(cny(random.amount()), rule, { claimantCityId: 'claimant', partyCityIds: parties }),
      ).toThrow(/must add up to exactly 100%/);
    }
  });
});
