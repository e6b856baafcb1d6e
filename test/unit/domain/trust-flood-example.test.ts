import { betaCdf } from '../../../src/domain/trust/beta';
import {
  explainStanding,
  rankStandings,
  standingAt,
  type ComplianceKind,
  type Incident,
  type TrustEvidence,
} from '../../../src/domain/trust/standing';

// The flood example of docs/TRUST.md, "Worked example: a flood". Everything recorded today (no decay), MINOR.
const YEAR = { halfLifeDays: 365 };
const NOW = '2026-06-30T00:00:00.000Z';
const YESTERDAY = '2026-06-29T00:00:00.000Z';
const FLOOD: Incident = { id: 'evt-flood', label: 'the natural disaster at Taihu southern shore (28 June 2026)' };

let sequence = 0;
const record = (kind: ComplianceKind, fields: Partial<TrustEvidence> = {}): TrustEvidence => ({
  recordId: `r${String(++sequence).padStart(3, '0')}`,
  kind,
  severity: 'MINOR',
  at: NOW,
  counts: true,
  note: '',
  ...fields,
});
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

// Anji: 9 obligations fulfilled on time outside any event, then all 7 of its flood duties missed.
const anji = [
  ...times(9, (i) => record('FULFILLED', { obligationId: `a${i}` })),
  ...times(7, (i) => record('LATE', { obligationId: `af${i}`, incident: FLOOD })),
];
// Baixi (which sent its pumps): in the flood, 4 duties on time, 2 late then fulfilled, 1 missed.
const baixi = [
  ...times(4, (i) => record('FULFILLED', { obligationId: `b${i}`, incident: FLOOD })),
  ...times(2, (i) => [
    record('LATE', { obligationId: `bl${i}`, incident: FLOOD, at: YESTERDAY }),
    record('FULFILLED_LATE', { obligationId: `bl${i}`, incident: FLOOD }),
  ]).flat(),
  record('LATE', { obligationId: 'bm', incident: FLOOD }),
];
const deqing = [record('FULFILLED')];

/** I_x(a, b) for whole a and b: P(Binomial(a + b − 1, x) ≥ a). */
function binomialTail(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let sum = 0;
  let choose = 1;
  for (let j = 0; j <= n; j += 1) {
    if (j >= a) sum += choose * x ** j * (1 - x) ** (n - j);
    choose = (choose * (n - j)) / (j + 1);
  }
  return sum;
}

test('Anji: the flood weighs 3, not 7; the score is 5/7 and the lower bound the 10th percentile of Beta(10, 4)', () => {
  const standing = standingAt(anji, NOW, YEAR);
  expect(standing.positive).toBe(9);
  expect(standing.negative).toBeCloseTo(3, 12);
  // (9 + 1) / (9 + 3 + 2) = 10/14 = 5/7 ≈ 71.4; it would have been 10/25 = 40.0 with a lateness weighing 2, uncapped.
  expect(standing.score).toBeCloseTo(5 / 7, 12);
  expect(binomialTail(standing.lowerBound, 10, 4)).toBeCloseTo(0.1, 10);
  expect(standing.lowerBound).toBeCloseTo(0.5557, 4);
});

test('Anji: the 21.4 points are +40.9 for the fulfilments, then −19.5 for the flood', () => {
  const explanation = explainStanding(anji, NOW, YEAR);
  expect(explanation.change).toBeCloseTo(5 / 7 - 1 / 2, 12);
  const [fulfilled, flood] = explanation.driverGroups;
  // 1/2 → 10/11 (r = 9, s = 0), then 10/11 → 5/7.
  expect(fulfilled.effect).toBeCloseTo(10 / 11 - 1 / 2, 12);
  expect(flood.effect).toBeCloseTo(5 / 7 - 10 / 11, 12);
  expect(explanation.summary).toContain(
    'The change of +21.4 points over 12 months comes from: 9 commitments fulfilled on time: +40.9 points; 7 obligations not fulfilled on time in the natural disaster at Taihu southern shore (28 June 2026): \u221219.5 points.',
  );
  // Each lateness replaced by a late fulfilment: 7 × ½ on each side, capped at 3: r = 10.5, s = 1.5: 11.5/14.
  expect(explanation.outstanding.standingIfFulfilled.score).toBeCloseTo(11.5 / 14, 12);
  expect(explanation.summary).toContain(
    'Fulfilling the 7 obligations still recorded as late would raise it to 82.1 points',
  );
});

test('Baixi: a late fulfilment replaces its lateness; the flood’s seven outcomes scaled to 3', () => {
  const standing = standingAt(baixi, NOW, YEAR);
  // r = 4 + 2 × ½ = 5, s = 2 × ½ + 1 = 2, weight 7 → × 3/7: r = 15/7, s = 6/7; score (22/7) / 5 = 22/35.
  expect(standing.positive).toBeCloseTo(15 / 7, 12);
  expect(standing.negative).toBeCloseTo(6 / 7, 12);
  expect(standing.score).toBeCloseTo(22 / 35, 12);
  expect(standing.recordsCounted).toBe(7);
});

test('the ranking: Anji, Baixi; then Changxing (no record) and Deqing (one fulfilment), unranked', () => {
  const rows = (
    [
      ['Deqing', deqing],
      ['Changxing', []],
      ['Baixi', baixi],
      ['Anji', anji],
    ] as const
  ).map(([name, records]) => ({ subject: name, id: name, name, standing: standingAt(records, NOW, YEAR) }));
  expect(rankStandings(rows).map((r) => [r.subject, r.rank])).toEqual([
    ['Anji', 1],
    ['Baixi', 2],
    ['Changxing', null],
    ['Deqing', null],
  ]);
  // Deqing's score (2/3) is above Baixi's, but one record is too little to be sure of.
  expect(rows[0].standing.score).toBeGreaterThan(rows[2].standing.score);
  expect(betaCdf(rows[2].standing.lowerBound, 22 / 7, 13 / 7)).toBeCloseTo(0.1, 10);
});
