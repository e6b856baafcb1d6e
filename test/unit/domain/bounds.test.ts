import { boundedDuration, DURATION_BOUNDS, MAX_UNITS, unitQuantity } from '../../../src/domain/bounds';
import { BadInputError } from '../../../src/domain/errors';
import { computeShortfalls, LARGEST_REPORTED } from '../../../src/domain/resources/shortfalls';

describe('duration bounds', () => {
  test.each(['P1Y', 'P12M', 'P52W', 'P365D', 'PT8760H'])('%s is within a duty deadline (PT1M to P1Y)', (value) => {
    expect(() => boundedDuration(value, 'deadline', DURATION_BOUNDS.dutyDeadline)).not.toThrow();
  });

  test.each(['P366D', 'P1Y1D', 'P13M', 'P999999Y', 'PT99999999999H', `P${'9'.repeat(400)}Y`])(
    '%s is over it, with the bound named',
    (value) => {
      expect(() => boundedDuration(value, 'deadline', DURATION_BOUNDS.dutyDeadline)).toThrow(BadInputError);
      expect(() => boundedDuration(value, 'deadline', DURATION_BOUNDS.dutyDeadline)).toThrow(
        `The deadline ${value} is not allowed: give between PT1M and P1Y`,
      );
    },
  );

  test('a duty deadline needs at least a minute: PT1M is allowed, PT59S, PT0S and P0D are not', () => {
    expect(() => boundedDuration('PT1M', 'deadline', DURATION_BOUNDS.dutyDeadline)).not.toThrow();
    for (const value of ['PT59S', 'PT0S', 'P0D'])
      expect(() => boundedDuration(value, 'deadline', DURATION_BOUNDS.dutyDeadline)).toThrow(/between PT1M and P1Y/);
  });

  test('minimums are inclusive: PT24H is a day; PT23H59M is not', () => {
    expect(() => boundedDuration('PT24H', 'recurrence', DURATION_BOUNDS.recurrence)).not.toThrow();
    expect(() => boundedDuration('PT23H59M', 'recurrence', DURATION_BOUNDS.recurrence)).toThrow(/between P1D and P5Y/);
  });
});

describe('quantity bounds', () => {
  test('whole units up to the bound; zero only where a stock figure allows it', () => {
    expect(unitQuantity(MAX_UNITS, 'quantity', 'unit')).toBe(MAX_UNITS);
    expect(() => unitQuantity(MAX_UNITS + 1, 'quantity', 'unit')).toThrow(
      /implausibly large: at most 10,000,000 units/,
    );
    expect(unitQuantity(0, 'quantity on hand', 'unit', 0)).toBe(0);
    expect(() => unitQuantity(0, 'quantity', 'unit')).toThrow(/at least 1/);
    expect(() => unitQuantity(1.5, 'quantity', 'unit')).toThrow(/whole number/);
  });

  test('shortfalls over stored figures beyond the API\u2019s Int are reported at the ceiling, never failing', () => {
    const [row] = computeShortfalls(
      [{ typeId: 'pump', minimumTier: 'III', basis: 'PER_10K_RESIDENTS', quantity: 1e300 }],
      Array.from({ length: 900 }, (_, i) => ({
        cityId: `c${i % 3}`,
        typeId: 'pump',
        tier: 'II' as const,
        readiness: 'READY' as const,
        shareable: MAX_UNITS,
        committed: 0,
      })),
      100_000_000,
    );
    expect(row).toMatchObject({ required: LARGEST_REPORTED, available: LARGEST_REPORTED, shortfall: LARGEST_REPORTED });
    expect(row.contributions.map((c) => c.available)).toEqual([LARGEST_REPORTED, LARGEST_REPORTED, LARGEST_REPORTED]);
    expect(row.coverage).toBeGreaterThanOrEqual(0);
  });
});
