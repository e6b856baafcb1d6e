import {
  DEFAULT_MINIMUM_RECORDS_TO_RANK,
  DEFAULT_SEVERITY,
  rankStandings,
  standingAt,
  type ComplianceKind,
  type TrustEvidence,
} from '../../../src/domain/trust/standing';

const YEAR = { halfLifeDays: 365 };
const NOW = '2026-06-30T00:00:00.000Z';
const DAY_MS = 86_400_000;
const daysBefore = (days: number) => new Date(Date.parse(NOW) - days * DAY_MS).toISOString();

let sequence = 0;
const record = (kind: ComplianceKind, fields: Partial<TrustEvidence> = {}): TrustEvidence => ({
  recordId: `r${++sequence}`,
  kind,
  severity: DEFAULT_SEVERITY[kind],
  at: NOW,
  counts: true,
  note: '',
  ...fields,
});
const many = (count: number, kind: ComplianceKind, fields: Partial<TrustEvidence> = {}) =>
  Array.from({ length: count }, () => record(kind, fields));
const row = (name: string, records: TrustEvidence[]) => ({
  subject: name,
  id: `city-${name.toLowerCase()}`,
  name,
  standing: standingAt(records, NOW, YEAR),
});
const order = (rows: Array<ReturnType<typeof row>>, minimum?: number) =>
  rankStandings(rows, minimum).map((r) => [r.subject, r.rank]);

describe('the ranking order', () => {
  test.each<[string, Array<ReturnType<typeof row>>, Array<[string, number | null]>]>([
    [
      // Many good and a few bad (r = 9, s = 3: bound ≈ 0.56) against nothing at all (bound 0.1, evidence 0).
      'many good and few bad rank; no records follow, unranked',
      [row('Quiet', []), row('Busy', [...many(9, 'FULFILLED'), ...many(3, 'LATE')])],
      [
        ['Busy', 1],
        ['Quiet', null],
      ],
    ],
    [
      // Half of many duties on time (r = s = 10: score 0.5, bound ≈ 0.36) still ranks; one fulfilment (evidence 1) does
      // not, however high its score (2/3).
      'half of many duties honoured ranks; one good record is too little to rank',
      [row('Lucky', many(1, 'FULFILLED')), row('Steady', [...many(10, 'FULFILLED'), ...many(10, 'LATE')])],
      [
        ['Steady', 1],
        ['Lucky', null],
      ],
    ],
    [
      // 300 on time (bound 0.1^(1/301) ≈ 0.992), 30 on time (0.1^(1/31) ≈ 0.928), 20 on time and 2 late
      // (Beta(21, 3): ≈ 0.80), 3 on time (0.1^(1/4) ≈ 0.56): the honoured evidence we can be sure of.
      'by what we can be sure of: more honoured evidence first',
      [
        row('Three', many(3, 'FULFILLED')),
        row('Twenty', [...many(20, 'FULFILLED'), ...many(2, 'LATE')]),
        row('Hundreds', many(300, 'FULFILLED')),
        row('Thirty', many(30, 'FULFILLED')),
      ],
      [
        ['Hundreds', 1],
        ['Thirty', 2],
        ['Twenty', 3],
        ['Three', 4],
      ],
    ],
    [
      // A serious refusal (s = 4) is one record: however heavy, one observation is too few to rank on. The unranked
      // follow the ranked by name.
      'one record, however heavy, is too few to rank; the unranked follow by name',
      [
        row('Zeta', []),
        row('Refuser', many(1, 'REFUSED_JOINT_ACTION')),
        row('Trio', many(3, 'FULFILLED')),
        row('Alpha', many(2, 'FULFILLED')),
      ],
      [
        ['Trio', 1],
        ['Alpha', null],
        ['Refuser', null],
        ['Zeta', null],
      ],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(order(rows)).toEqual(expected);
  });

  test('a score above one half with no record below it: the least known no longer rank first', () => {
    // The situation the old ranking got wrong: a city that sent aid and was late a few times against cities never
    // asked. 8 on time and 3 late: score 9/13 ≈ 0.69, bound ≈ 0.52 against 0.1.
    const aid = row('Aid', [...many(8, 'FULFILLED'), ...many(3, 'LATE')]);
    const unknown = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((name) => row(name, []));
    const ranking = rankStandings([...unknown, aid]);
    expect(ranking[0]).toMatchObject({ subject: 'Aid', rank: 1, ranked: true });
    expect(ranking.slice(1).every((r) => !r.ranked && r.rank === null)).toBe(true);
    // Even with every member ranked (minimum 0), the bound puts it first: 0.52 against 0.1.
    expect(rankStandings([...unknown, aid], 0)[0]).toMatchObject({ subject: 'Aid', rank: 1 });
  });

  test('ties: an equal bound goes to more evidence, then by name; equal bound and evidence share a rank', () => {
    // Bound only depends on (r, s): Beta(2, 2)'s 10th percentile for both r = s = 1 rows, whatever their records.
    const oneEach = () => [record('FULFILLED'), record('LATE')];
    const rows = [
      row('Cangzhou', oneEach()),
      row('Baoding', oneEach()),
      row('Handan', many(30, 'FULFILLED')),
      row('Anshan', []),
    ];
    expect(order(rows, 2)).toEqual([
      ['Handan', 1],
      ['Baoding', 2],
      ['Cangzhou', 2],
      ['Anshan', null],
    ]);
    // Two fresh on-time records and one MODERATE commendation (weight 2) are the same r = 2: they tie, listed by name.
    const same = rankStandings(
      [row('Beta', many(2, 'FULFILLED')), row('Alpha', [record('EVALUATION_REWARD', { severity: 'MODERATE' })])],
      1,
    );
    expect(same.map((r) => [r.subject, r.rank])).toEqual([
      ['Alpha', 1],
      ['Beta', 1],
    ]);
  });

  test('at an equal lower bound, the member with more evidence comes first (and takes the next rank)', () => {
    // Construct two different (r, s) pairs with exactly the same bound: impossible to hit exactly by chance, so check
    // the rule on the comparator itself with a hand-made standing.
    const base = row('Base', many(5, 'FULFILLED')).standing;
    const more = { ...base, positive: base.positive + 1, negative: base.negative + 1 };
    const ranking = rankStandings(
      [
        { subject: 'Less', id: 'b', name: 'Less', standing: base },
        { subject: 'More', id: 'a', name: 'More', standing: more },
      ],
      0,
    );
    expect(ranking.map((r) => [r.subject, r.rank])).toEqual([
      ['More', 1],
      ['Less', 2],
    ]);
  });

  test('record order does not matter: the same records in another order tie exactly', () => {
    const old = (id: string) => record('FULFILLED', { recordId: id, at: daysBefore(123) });
    const slow = (id: string) => record('SLOW_RESPONSE', { recordId: id, severity: 'MINOR', at: daysBefore(17) });
    const recent = (id: string) => record('FULFILLED', { recordId: id, severity: 'SERIOUS', at: daysBefore(3) });
    const rows = [row('One', [old('a'), slow('b'), recent('c')]), row('Two', [recent('f'), slow('e'), old('d')])];
    expect(rows[0].standing).toEqual(rows[1].standing);
    expect(order(rows)).toEqual([
      ['One', 1],
      ['Two', 1],
    ]);
  });
});

describe('the records needed to rank', () => {
  test('default three records that count, however old: the lower bound accounts for their age', () => {
    expect(DEFAULT_MINIMUM_RECORDS_TO_RANK).toBe(3);
    // Three fulfilments of last year weigh 3 × 0.5^(300/365) ≈ 1.7, but they are three observations: ranked, with
    // the low bound their age deserves; two fresh ones are not.
    const lastYear = row('Last year', many(3, 'FULFILLED', { at: daysBefore(300) }));
    const fresh = row('Fresh', many(2, 'FULFILLED'));
    expect(lastYear.standing.positive).toBeLessThan(2);
    expect(rankStandings([fresh, lastYear]).map((r) => [r.subject, r.rank, r.ranked])).toEqual([
      ['Last year', 1, true],
      ['Fresh', null, false],
    ]);
  });

  test('an obligation late and then fulfilled late is one record, not two', () => {
    const obligation = (id: string) => [
      record('LATE', { obligationId: id, at: daysBefore(3) }),
      record('FULFILLED_LATE', { obligationId: id }),
    ];
    const twice = row('Twice late', [...obligation('a'), ...obligation('b')]);
    expect(twice.standing.recordsCounted).toBe(2);
    expect(rankStandings([twice])[0]).toMatchObject({ ranked: false, rank: null });
  });

  test('a cluster may set another minimum', () => {
    const rows = [row('Two', many(2, 'FULFILLED')), row('Five', many(5, 'FULFILLED'))];
    expect(order(rows, 6)).toEqual([
      ['Five', null],
      ['Two', null],
    ]);
    expect(order(rows, 2)).toEqual([
      ['Five', 1],
      ['Two', 2],
    ]);
  });

  test('the notes say in plain words what a rank rests on, or why there is none', () => {
    const [ranked, none, some] = rankStandings([
      row('None', []),
      row('Some', [...many(1, 'FULFILLED'), record('FULFILLED', { at: daysBefore(365) })]),
      row('Good', many(3, 'FULFILLED')),
    ]);
    // Beta(4, 1): 0.1^(1/4) ≈ 0.5623.
    expect(ranked.note).toBe(
      'Ranked 1 of 1 by what its records show with 90% confidence: a standing of at least 56.2 points.',
    );
    expect(some.note).toBe(
      'Not ranked: only 2 of its compliance records count, too few to be sure of its standing. The cluster ranks a member once 3 records count. It is listed after the ranked members: ranking it now would reward having little or no record rather than honoured commitments.',
    );
    expect(none.note).toBe(
      'Not ranked: no compliance record counts for it yet. The cluster ranks a member once 3 records count. It is listed after the ranked members: ranking it now would reward having little or no record rather than honoured commitments.',
    );
    expect(rankStandings([row('One', many(1, 'FULFILLED'))], 1)[0].note).toMatch(/^Ranked 1 of 1/);
    expect(rankStandings([row('None', [])], 1)[0].note).toContain('The cluster ranks a member once 1 record counts.');
  });
});
