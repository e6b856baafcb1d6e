import { betaCdf, betaQuantile, logGamma } from '../../../src/domain/trust/beta';
import { LOWER_BOUND_QUANTILE, standingAt, type TrustEvidence } from '../../../src/domain/trust/standing';

const NOW = '2026-06-30T00:00:00.000Z';
const fulfilled = (n: number): TrustEvidence[] =>
  Array.from({ length: n }, (_, i) => ({
    recordId: `f${i}`,
    kind: 'FULFILLED',
    severity: 'MINOR',
    at: NOW,
    counts: true,
    note: '',
  }));

/** I_x(a, b) by the midpoint rule on the density, normalised by the same rule on [0, 1]: an independent check. */
function integratedCdf(x: number, a: number, b: number): number {
  const density = (t: number) => t ** (a - 1) * (1 - t) ** (b - 1);
  const integrate = (to: number) => {
    const steps = 200_000;
    let sum = 0;
    for (let i = 0; i < steps; i += 1) sum += density(((i + 0.5) / steps) * to);
    return (sum * to) / steps;
  };
  return integrate(x) / integrate(1);
}

describe('the Beta distribution', () => {
  test.each<[number, number]>([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    // Γ(10.5) = 9.5 × 8.5 × … × 0.5 × √π.
    [10.5, Math.log(Math.sqrt(Math.PI) * 0.5 * 1.5 * 2.5 * 3.5 * 4.5 * 5.5 * 6.5 * 7.5 * 8.5 * 9.5)],
  ])('ln Γ(%p)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });

  test.each<[string, number, number, number, number]>([
    // Beta(a, 1): I_x = x^a; Beta(1, b): I_x = 1 − (1 − x)^b; Beta(2, 2): I_x = 3x² − 2x³.
    ['Beta(3, 1)', 0.4, 3, 1, 0.4 ** 3],
    ['Beta(1, 4)', 0.2, 1, 4, 1 - 0.8 ** 4],
    ['Beta(2, 2)', 0.3, 2, 2, 3 * 0.09 - 2 * 0.027],
    // Non-integer parameters, as decayed evidence gives: against a numerical integral of the density.
    ['Beta(2.5, 3.7)', 0.3, 2.5, 3.7, integratedCdf(0.3, 2.5, 3.7)],
    ['Beta(9.69, 4)', 0.75, 9.69, 4, integratedCdf(0.75, 9.69, 4)],
  ])('the CDF of %s at %p', (_name, x, a, b, expected) => {
    expect(betaCdf(x, a, b)).toBeCloseTo(expected, 8);
    // Symmetry: I_x(a, b) = 1 − I_{1−x}(b, a).
    expect(betaCdf(x, a, b)).toBeCloseTo(1 - betaCdf(1 - x, b, a), 12);
  });

  test.each<[number, number]>([
    [1, 1],
    [4, 1],
    [1, 5],
    [2, 2],
    [2.5, 3.7],
    [301, 1],
    [1000.25, 700.5],
    [9.69, 4],
  ])('the 10th percentile of Beta(%p, %p) is where the CDF reaches 0.1', (a, b) => {
    const x = betaQuantile(0.1, a, b);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1);
    expect(betaCdf(x, a, b)).toBeCloseTo(0.1, 10);
  });

  test('closed forms where one side has no evidence', () => {
    expect(betaQuantile(0.1, 1, 1)).toBe(0.1);
    expect(betaQuantile(0.1, 4, 1)).toBeCloseTo(0.1 ** 0.25, 14);
    expect(betaQuantile(0.1, 1, 5)).toBeCloseTo(1 - 0.9 ** 0.2, 14);
  });
});

describe('the lower bound of a standing', () => {
  test.each<[string, number, number]>([
    // Beta(1, 1) is uniform: its 10th percentile is 0.1.
    ['no records', 0, 0.1],
    // Beta(r + 1, 1): x^(r+1) = 0.1.
    ['one fulfilment', 1, 0.1 ** (1 / 2)],
    ['three fulfilments', 3, 0.1 ** (1 / 4)],
    ['thirty fulfilments', 30, 0.1 ** (1 / 31)],
  ])('%s', (_name, n, expected) => {
    const standing = standingAt(fulfilled(n), NOW, { halfLifeDays: 365 });
    expect(LOWER_BOUND_QUANTILE).toBe(0.1);
    expect(standing.lowerBound).toBeCloseTo(expected, 12);
    expect(standing.lowerBound).toBeLessThanOrEqual(standing.score);
  });

  test('more evidence for the same share honoured raises the bound, not the score', () => {
    const share = (good: number, bad: number) =>
      standingAt(
        [
          ...fulfilled(good),
          ...Array.from({ length: bad }, (_, i) => ({
            recordId: `l${i}`,
            kind: 'LATE' as const,
            severity: 'MINOR' as const,
            at: NOW,
            counts: true,
            note: '',
          })),
        ],
        NOW,
        { halfLifeDays: 365 },
      );
    const small = share(3, 1);
    const large = share(30, 10);
    // (3 + 1) / (4 + 2) = 2/3 against (30 + 1) / (40 + 2) = 31/42: nearly the same score ...
    expect(small.score).toBeCloseTo(2 / 3, 12);
    expect(large.score).toBeCloseTo(31 / 42, 12);
    // ... but far more certain.
    expect(large.lowerBound - small.lowerBound).toBeGreaterThan(0.15);
  });
});
