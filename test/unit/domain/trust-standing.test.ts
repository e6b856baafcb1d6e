import { BadInputError } from '../../../src/domain/errors';
import {
  COMPLIANCE_KINDS,
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_SEVERITY,
  EVIDENCE_SPLIT,
  KIND_LABEL,
  SEVERITIES,
  SEVERITY_WEIGHT,
  decayedWeight,
  explainStanding,
  isPositiveKind,
  standingAt,
  type ComplianceKind,
  type Severity,
  type Standing,
  type TrustEvidence,
} from '../../../src/domain/trust/standing';

const YEAR = { halfLifeDays: DEFAULT_HALF_LIFE_DAYS };
const MONTH = { halfLifeDays: 30 };
const DAY_MS = 86_400_000;
// 2026 is not a leap year and neither is February 2025: 2025-06-30 → 2026-06-30 is exactly 365 days, and
// 2024-06-30 → 2026-06-30 exactly 730.
const NOW = '2026-06-30T00:00:00.000Z';
const daysBefore = (instant: string, days: number) => new Date(Date.parse(instant) - days * DAY_MS).toISOString();

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

const expectStanding = (
  actual: Standing,
  expected: { score: number; uncertainty: number; positive: number; negative: number; recordsCounted: number },
) => {
  expect(actual.score).toBeCloseTo(expected.score, 10);
  expect(actual.uncertainty).toBeCloseTo(expected.uncertainty, 10);
  expect(actual.positive).toBeCloseTo(expected.positive, 10);
  expect(actual.negative).toBeCloseTo(expected.negative, 10);
  expect(actual.recordsCounted).toBe(expected.recordsCounted);
};

describe('the evidence tables', () => {
  test('every kind splits its whole weight, has a label and a default severity', () => {
    for (const kind of COMPLIANCE_KINDS) {
      expect(EVIDENCE_SPLIT[kind].positive + EVIDENCE_SPLIT[kind].negative).toBe(1);
      expect(KIND_LABEL[kind]).toMatch(/^[A-Z]/);
      expect(SEVERITIES).toContain(DEFAULT_SEVERITY[kind]);
    }
    expect(SEVERITIES.map((s) => SEVERITY_WEIGHT[s])).toEqual([1, 2, 4, 8]);
  });

  test('only FULFILLED and EVALUATION_REWARD are positive; FULFILLED_LATE is half and half, so not positive', () => {
    expect(COMPLIANCE_KINDS.filter(isPositiveKind)).toEqual(['FULFILLED', 'EVALUATION_REWARD']);
    expect(EVIDENCE_SPLIT.FULFILLED_LATE).toEqual({ positive: 0.5, negative: 0.5 });
  });
});

describe('standingAt', () => {
  test.each<
    [
      string,
      TrustEvidence[],
      { score: number; uncertainty: number; positive: number; negative: number; recordsCounted: number },
    ]
  >([
    // r = s = 0: (0+1)/(0+0+2) = 1/2, u = 2/2 = 1.
    ['no records', [], { score: 0.5, uncertainty: 1, positive: 0, negative: 0, recordsCounted: 0 }],
    // r = 1 (MINOR, age 0): (1+1)/(1+0+2) = 2/3, u = 2/3.
    [
      'one FULFILLED MINOR today',
      [record('FULFILLED', { severity: 'MINOR' })],
      { score: 2 / 3, uncertainty: 2 / 3, positive: 1, negative: 0, recordsCounted: 1 },
    ],
    // SERIOUS = 4, one half-life old: 4 × 0.5 = 2 = s. (0+1)/(0+2+2) = 1/4, u = 2/4 = 1/2.
    [
      'a SERIOUS LATE one half-life old',
      [record('LATE', { severity: 'SERIOUS', at: daysBefore(NOW, 365) })],
      { score: 0.25, uncertainty: 0.5, positive: 0, negative: 2, recordsCounted: 1 },
    ],
    // Two half-lives: 4 × 0.25 = 1 = s. 1/(1+2) = 1/3, u = 2/3.
    [
      'a SERIOUS LATE two half-lives old',
      [record('LATE', { severity: 'SERIOUS', at: daysBefore(NOW, 730) })],
      { score: 1 / 3, uncertainty: 2 / 3, positive: 0, negative: 1, recordsCounted: 1 },
    ],
    // MODERATE = 2, split 1 / 1: (1+1)/(1+1+2) = 1/2, u = 2/4 = 1/2: honoured late is neutral on its own ...
    [
      'one FULFILLED_LATE MODERATE',
      [record('FULFILLED_LATE', { severity: 'MODERATE' })],
      { score: 0.5, uncertainty: 0.5, positive: 1, negative: 1, recordsCounted: 1 },
    ],
    // ... but still evidence: with a FULFILLED MINOR, r = 1 + 1 = 2, s = 1: 3/5, u = 2/5.
    [
      'FULFILLED_LATE MODERATE + FULFILLED MINOR',
      [record('FULFILLED_LATE', { severity: 'MODERATE' }), record('FULFILLED', { severity: 'MINOR' })],
      { score: 0.6, uncertainty: 0.4, positive: 2, negative: 1, recordsCounted: 2 },
    ],
    // r = 3: 4/5 = 0.8, u = 2/5 = 0.4.
    [
      '3 FULFILLED MINOR',
      many(3, 'FULFILLED', { severity: 'MINOR' }),
      { score: 0.8, uncertainty: 0.4, positive: 3, negative: 0, recordsCounted: 3 },
    ],
    // r = 300: 301/302, u = 2/302.
    [
      '300 FULFILLED MINOR',
      many(300, 'FULFILLED', { severity: 'MINOR' }),
      { score: 301 / 302, uncertainty: 2 / 302, positive: 300, negative: 0, recordsCounted: 300 },
    ],
    // EVALUATION_REWARD MODERATE (r = 2) vs EVALUATION_PENALTY SERIOUS (s = 4): 3/8, u = 2/8.
    [
      'an evaluation reward and a heavier penalty',
      [record('EVALUATION_REWARD'), record('EVALUATION_PENALTY', { severity: 'SERIOUS' })],
      { score: 3 / 8, uncertainty: 0.25, positive: 2, negative: 4, recordsCounted: 2 },
    ],
  ])('%s', (_name, records, expected) => {
    expectStanding(standingAt(records, NOW, YEAR), expected);
  });

  test.each<[Severity, number]>([
    // s = 1, 2, 4, 8 → 1/(s+2): 1/3, 1/4, 1/6, 1/10.
    ['MINOR', 1 / 3],
    ['MODERATE', 1 / 4],
    ['SERIOUS', 1 / 6],
    ['CRITICAL', 1 / 10],
  ])('a %s breach today scores 1/(s+2)', (severity, score) => {
    expect(standingAt([record('NON_COOPERATION', { severity })], NOW, YEAR).score).toBeCloseTo(score, 10);
  });

  test('the more severe the breach, the lower the score', () => {
    const scores = SEVERITIES.map((severity) => standingAt([record('LATE', { severity })], NOW, YEAR).score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(4);
  });

  test('an overturned record has no effect at all', () => {
    const kept = [record('FULFILLED', { severity: 'MINOR' }), record('LATE', { at: daysBefore(NOW, 100) })];
    const overturned = record('CONCEALED_OR_FALSE_REPORT', { severity: 'CRITICAL', counts: false });
    expect(standingAt([...kept, overturned], NOW, YEAR)).toEqual(standingAt(kept, NOW, YEAR));
    expect(decayedWeight(overturned, NOW, YEAR)).toBe(0);
  });

  test('records after the instant do not count; a record at the instant does', () => {
    const later = record('REFUSED_JOINT_ACTION', { at: '2026-06-30T00:00:00.001Z' });
    expect(standingAt([later], NOW, YEAR)).toEqual({
      score: 0.5,
      uncertainty: 1,
      lowerBound: 0.1,
      positive: 0,
      negative: 0,
      recordsCounted: 0,
    });
    expect(decayedWeight(later, NOW, YEAR)).toBe(0);
    // REFUSED_JOINT_ACTION defaults to SERIOUS = 4, age 0 → s = 4: 1/6.
    expectStanding(standingAt([later], '2026-06-30T00:00:00.001Z', YEAR), {
      score: 1 / 6,
      uncertainty: 1 / 3,
      positive: 0,
      negative: 4,
      recordsCounted: 1,
    });
  });

  test('a custom half-life of 30 days', () => {
    // CRITICAL = 8, 60 days = two half-lives: 8 × 0.25 = 2 = r. 3/4, u = 2/4.
    const commended = record('EVALUATION_REWARD', { severity: 'CRITICAL', at: daysBefore(NOW, 60) });
    expect(decayedWeight(commended, NOW, MONTH)).toBeCloseTo(2, 10);
    expectStanding(standingAt([commended], NOW, MONTH), {
      score: 0.75,
      uncertainty: 0.5,
      positive: 2,
      negative: 0,
      recordsCounted: 1,
    });
    // Half a half-life: 8 × 0.5^0.5 = 4√2.
    expect(
      decayedWeight(record('FULFILLED', { severity: 'CRITICAL', at: daysBefore(NOW, 15) }), NOW, MONTH),
    ).toBeCloseTo(4 * Math.SQRT2, 10);
    // Under the default year the same 60 days cost far less: 8 × 0.5^(60/365).
    expect(decayedWeight(commended, NOW, YEAR)).toBeCloseTo(8 * 0.5 ** (60 / 365), 10);
  });

  test('uncertainty shrinks as evidence accumulates', () => {
    const few = standingAt(many(3, 'FULFILLED', { severity: 'MINOR' }), NOW, YEAR);
    const lots = standingAt(many(300, 'FULFILLED', { severity: 'MINOR' }), NOW, YEAR);
    expect(few.uncertainty).toBeCloseTo(0.4, 10);
    expect(lots.uncertainty).toBeCloseTo(2 / 302, 10);
    expect(lots.uncertainty).toBeLessThan(few.uncertainty);
  });

  test('refuses bad instants and half-lives', () => {
    expect(() => standingAt([], '2026-06-30', YEAR)).toThrow(BadInputError);
    expect(() => standingAt([record('LATE', { at: 'yesterday' })], NOW, YEAR)).toThrow(BadInputError);
    expect(() => standingAt([], NOW, { halfLifeDays: 0 })).toThrow(BadInputError);
    expect(() => standingAt([], NOW, { halfLifeDays: Number.NaN })).toThrow(BadInputError);
    expect(() => standingAt([record('LOST' as ComplianceKind)], NOW, YEAR)).toThrow(BadInputError);
  });
});

describe('explainStanding', () => {
  // The worked example of docs/TRUST.md. Half-life 365 days, now 30 June 2026:
  //   fulfilled  FULFILLED MODERATE today            w = 2                   r += 2
  //   old-good   FULFILLED MINOR 730 days ago         w = 1 × 0.5² = 0.25     r += 0.25
  //   late       LATE SERIOUS 365 days ago            w = 4 × 0.5  = 2        s += 2
  //   late-done  FULFILLED_LATE MINOR today           w = 1                   r += 0.5, s += 0.5
  //   concealed  CONCEALED_OR_FALSE_REPORT CRITICAL, overturned: ignored
  // r = 2.75, s = 2.5: score = 3.75 / 7.25 = 15/29 ≈ 0.5172, u = 2 / 7.25 = 8/29 ≈ 0.2759.
  // Leave one out:
  //   without fulfilled: r = 0.75, s = 2.5 → 1.75/5.25 = 1/3   effect = 15/29 − 1/3  = 16/87   ≈ +0.1839
  //   without old-good:  r = 2.5,  s = 2.5 → 3.5/7    = 1/2   effect = 15/29 − 1/2  = 1/58    ≈ +0.0172
  //   without late:      r = 2.75, s = 0.5 → 3.75/5.25 = 5/7  effect = 15/29 − 5/7  = −40/203 ≈ −0.1970
  //   without late-done: r = 2.25, s = 2   → 3.25/6.25 = 13/25 effect = 15/29 − 13/25 = −2/725 ≈ −0.0028
  const example: TrustEvidence[] = [
    record('FULFILLED', {
      recordId: 'fulfilled',
      severity: 'MODERATE',
      note: 'Reported the upstream alarm within 40 minutes.',
    }),
    record('FULFILLED', { recordId: 'old-good', severity: 'MINOR', at: daysBefore(NOW, 730) }),
    record('LATE', {
      recordId: 'late',
      severity: 'SERIOUS',
      at: daysBefore(NOW, 365),
      note: 'Pumps arrived 9 hours after the 12-hour deadline.',
    }),
    record('FULFILLED_LATE', { recordId: 'late-done', severity: 'MINOR' }),
    record('CONCEALED_OR_FALSE_REPORT', { recordId: 'concealed', severity: 'CRITICAL', counts: false }),
  ];

  test('the worked example: standing and drivers by leave-one-out, largest |effect| first', () => {
    const result = explainStanding(example, NOW, YEAR);
    expectStanding(result.standing, {
      score: 15 / 29,
      uncertainty: 8 / 29,
      positive: 2.75,
      negative: 2.5,
      recordsCounted: 4,
    });
    expect(result.drivers.map((d) => d.recordId)).toEqual(['late', 'fulfilled', 'old-good', 'late-done']);
    const expected: Record<string, [number, number]> = {
      late: [-40 / 203, 0.5],
      fulfilled: [16 / 87, 1],
      'old-good': [1 / 58, 0.25],
      'late-done': [-2 / 725, 1], // honoured late lowers a score above one half
    };
    for (const driver of result.drivers) {
      expect(driver.effect).toBeCloseTo(expected[driver.recordId][0], 10);
      expect(driver.weightRemaining).toBeCloseTo(expected[driver.recordId][1], 10);
      const without = standingAt(
        example.filter((r) => r.recordId !== driver.recordId),
        NOW,
        YEAR,
      );
      expect(driver.effect).toBeCloseTo(result.standing.score - without.score, 10);
    }
  });

  test('explanations name the kind, severity, date, points and remaining weight, then the note', () => {
    const [late, fulfilled, , lateDone] = explainStanding(example, NOW, YEAR).drivers;
    // 40/203 × 100 = 19.70…; 16/87 × 100 = 18.39…; 2/725 × 100 = 0.28…
    expect(late.explanation).toBe(
      'Obligation not fulfilled on time (serious, 30 June 2025): lowered the score by 19.7 points; it now counts 50% of its original weight. Pumps arrived 9 hours after the 12-hour deadline.',
    );
    expect(fulfilled.explanation).toBe(
      'Commitment fulfilled on time (moderate, 30 June 2026): raised the score by 18.4 points; it now counts 100% of its original weight. Reported the upstream alarm within 40 minutes.',
    );
    expect(lateDone.explanation).toBe(
      'Obligation fulfilled late (minor, 30 June 2026): lowered the score by 0.3 points; it now counts 100% of its original weight.',
    );
  });

  test('the summary gives the points, the evidence and the direction', () => {
    const result = explainStanding(example, NOW, YEAR);
    // Oldest trend point: end of June 2025, twelve months back, before the two records of today; the old LATE
    // weighed nearly its all.
    expect(result.trend[0].asOf).toBe('2025-06-30T23:59:59.999Z');
    expect(result.change).toBeCloseTo(15 / 29 - standingAt(example, '2025-06-30T23:59:59.999Z', YEAR).score, 10);
    expect(result.direction).toBe('IMPROVING');
    expect(result.summary).toContain(
      'The trust standing is 51.7 points out of 100, based on moderate evidence (4 records counted).',
    );
    expect(result.summary).toMatch(
      /Over the last 12 months it has improved by \d+\.\d points, from \d+\.\d points at the end of June 2025\./,
    );
    // Where the +28.6 points came from, by kind, adding up to the change shown (see the grouped explanations' tests).
    expect(result.summary).toContain(
      'The change of +28.6 points over 12 months comes from: 2 commitments fulfilled on time: +18.7 points; 1 obligation not fulfilled on time: +10.2 points (older records counting less with age); 1 obligation fulfilled late: \u22120.3 points.',
    );
  });

  test('at most topDrivers, only records that count; ties go to the newer, then the smaller id', () => {
    // Each weighs 1 now (MODERATE 2 × 0.5 one half-life ago = MINOR 1 today), so all three effects are equal.
    const tied = [
      record('FULFILLED', { recordId: 'old', severity: 'MODERATE', at: daysBefore(NOW, 365) }),
      record('FULFILLED', { recordId: 'b', severity: 'MINOR' }),
      record('FULFILLED', { recordId: 'a', severity: 'MINOR' }),
      record('LATE', { recordId: 'overturned', severity: 'CRITICAL', counts: false }),
      record('LATE', { recordId: 'future', severity: 'CRITICAL', at: '2026-07-01T00:00:00.000Z' }),
    ];
    // r = 3: 4/5; without one, r = 2: 3/4; effect = 4/5 − 3/4 = 1/20 each.
    const all = explainStanding(tied, NOW, YEAR).drivers;
    expect(all.map((d) => d.recordId)).toEqual(['a', 'b', 'old']);
    all.forEach((d) => expect(d.effect).toBeCloseTo(0.05, 10));
    expect(explainStanding(tied, NOW, YEAR, { topDrivers: 2 }).drivers.map((d) => d.recordId)).toEqual(['a', 'b']);
    expect(explainStanding(tied, NOW, YEAR, { topDrivers: 0 }).drivers).toEqual([]);
    expect(() => explainStanding(tied, NOW, YEAR, { topDrivers: -1 })).toThrow(BadInputError);
    expect(explainStanding(many(8, 'FULFILLED'), NOW, YEAR).drivers).toHaveLength(5);
  });

  test('the trend: the 12 previous month ends across a year boundary, then now (half-life 31 days)', () => {
    // One FULFILLED MINOR at the last millisecond of November 2025. December and January have 31 days, so with a
    // half-life of 31 days each later month end is exactly one more half-life.
    const nowJan = '2026-01-31T23:59:59.999Z';
    const records = [record('FULFILLED', { severity: 'MINOR', at: '2025-11-30T23:59:59.999Z' })];
    const { trend, standing, change, direction } = explainStanding(records, nowJan, { halfLifeDays: 31 });
    expect(trend.map((p) => p.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(trend[0].asOf).toBe('2025-01-31T23:59:59.999Z');
    expect(trend[11].asOf).toBe('2025-12-31T23:59:59.999Z');
    expect(trend[12].asOf).toBe(nowJan);
    // Jan–Oct: nothing yet → 0.5, u = 1.
    trend.slice(0, 10).forEach((p) => expect([p.score, p.uncertainty]).toEqual([0.5, 1]));
    // Nov end: r = 1 → 2/3, u = 2/3. Dec end: 31 days = one half-life → r = 0.5 → 1.5/2.5 = 0.6, u = 0.8.
    // Now: 62 days = two half-lives → r = 0.25 → 1.25/2.25 = 5/9, u = 2/2.25 = 8/9.
    expect(trend[10].score).toBeCloseTo(2 / 3, 10);
    expect(trend[11].score).toBeCloseTo(0.6, 10);
    expect(trend[11].uncertainty).toBeCloseTo(0.8, 10);
    expect(trend[12].score).toBeCloseTo(5 / 9, 10);
    expect(trend[12].uncertainty).toBeCloseTo(8 / 9, 10);
    expect({ score: trend[12].score, uncertainty: trend[12].uncertainty }).toEqual({
      score: standing.score,
      uncertainty: standing.uncertainty,
    });
    // 5/9 − 1/2 = 1/18 ≈ 0.056 ≥ 0.02.
    expect(change).toBeCloseTo(1 / 18, 10);
    expect(direction).toBe('IMPROVING');
  });

  test('the trend mid-month, in a leap year', () => {
    const { trend, standing } = explainStanding(
      [record('LATE', { at: '2024-01-05T08:00:00.000Z' })],
      '2024-03-10T12:00:00.000Z',
      YEAR,
    );
    expect(trend.map((p) => p.month).slice(-3)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(trend[0].month).toBe('2023-03');
    expect(trend[11].asOf).toBe('2024-02-29T23:59:59.999Z');
    expect(trend[12].asOf).toBe('2024-03-10T12:00:00.000Z');
    expect(trend[12].score).toBe(
      standingAt([record('LATE', { at: '2024-01-05T08:00:00.000Z' })], '2024-03-10T12:00:00.000Z', YEAR).score,
    );
    expect(trend[12].score).toBe(standing.score);
  });

  test.each<[string, number, number, 'IMPROVING' | 'STABLE' | 'DECLINING', number]>([
    // All records today, none 11 months ago (0.5). P positives and N negatives, all MINOR: (P+1)/(P+N+2).
    ['11 up, 10 down: 12/23 − 1/2 = +1/46 ≈ +0.0217', 11, 10, 'IMPROVING', 1 / 46],
    ['13 up, 12 down: 14/27 − 1/2 = +1/54 ≈ +0.0185', 13, 12, 'STABLE', 1 / 54],
    ['12 up, 13 down: 13/27 − 1/2 = −1/54 ≈ −0.0185', 12, 13, 'STABLE', -1 / 54],
    ['10 up, 11 down: 11/23 − 1/2 = −1/46 ≈ −0.0217', 10, 11, 'DECLINING', -1 / 46],
    ['nothing at all', 0, 0, 'STABLE', 0],
  ])('direction: %s', (_name, up, down, direction, change) => {
    const records = [
      ...many(up, 'FULFILLED', { severity: 'MINOR' }),
      ...many(down, 'SLOW_RESPONSE', { severity: 'MINOR' }),
    ];
    const result = explainStanding(records, NOW, YEAR);
    expect(result.change).toBeCloseTo(change, 10);
    expect(result.direction).toBe(direction);
  });

  test.each<[number, string]>([
    // u = 2/(N+2): N = 0 → 1, N = 1 → 2/3 (> 0.5: little); N = 2 → 1/2 and N = 7 → 2/9 (moderate); N = 8 → 0.2 (substantial).
    [0, 'little evidence'],
    [1, 'little evidence'],
    [2, 'moderate evidence'],
    [7, 'moderate evidence'],
    [8, 'substantial evidence'],
  ])('the summary with %p MINOR fulfilments today says "%s"', (count, words) => {
    expect(explainStanding(many(count, 'FULFILLED', { severity: 'MINOR' }), NOW, YEAR).summary).toContain(
      `based on ${words}`,
    );
  });

  test('the summary with no records', () => {
    // Lower bound: the 10th percentile of Beta(1, 1) is 0.1. One fulfilment: 2/3, and Beta(2, 1) gives √0.1 ≈ 0.316.
    expect(explainStanding([], NOW, YEAR).summary).toBe(
      'No compliance record counts yet, so the trust standing is the neutral 50.0 points out of 100, based on little evidence. ' +
        'With 90% confidence it is at least 10.0 points, the figure members are ranked by. ' +
        'Over the last 12 months it has held steady (it stood at 50.0 points at the end of June 2025). ' +
        'One more obligation fulfilled on time would raise it to 66.7 points (at least 31.6).',
    );
  });
});
