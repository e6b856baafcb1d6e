import { addDuration, parseDateTime, parseDuration } from '../../../src/domain/time';

describe('parseDateTime', () => {
  test.each([
    ['2026-07-21T08:30:00Z', '2026-07-21T08:30:00.000Z'],
    ['2026-07-21T16:30:00+08:00', '2026-07-21T08:30:00.000Z'],
    ['2026-07-21T08:30Z', '2026-07-21T08:30:00.000Z'],
    ['2026-07-21T08:30:00.123456Z', '2026-07-21T08:30:00.123Z'],
  ])('normalises %s to UTC', (input, expected) => {
    expect(parseDateTime(input)).toBe(expected);
  });

  test.each(['2026-07-21', '2026-07-21T08:30:00', 'yesterday', '2026-02-30T00:00:00Z', '2026-07-21T24:00:00Z'])(
    'refuses %s',
    (input) => {
      expect(() => parseDateTime(input)).toThrow(/valid date and time|real calendar date/);
    },
  );
});

describe('parseDuration / addDuration', () => {
  test.each([
    ['PT2H', '2026-07-21T08:30:00.000Z', '2026-07-21T10:30:00.000Z'],
    ['PT12H', '2026-07-21T20:00:00.000Z', '2026-07-22T08:00:00.000Z'],
    ['P1D', '2026-03-31T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ['P1M', '2026-01-31T09:00:00.000Z', '2026-02-28T09:00:00.000Z'],
    ['P1Y', '2028-02-29T00:00:00.000Z', '2029-02-28T00:00:00.000Z'],
    ['P2W', '2026-07-01T00:00:00.000Z', '2026-07-15T00:00:00.000Z'],
    ['P1DT30M', '2026-12-31T23:45:00.000Z', '2027-01-02T00:15:00.000Z'],
  ])('%s after %s is %s', (duration, start, expected) => {
    expect(addDuration(start, parseDuration(duration))).toBe(expected);
  });

  test.each(['P', 'PT', '2H', 'P1H', 'PT1.5H', 'P-1D', ''])('refuses %j', (input) => {
    expect(() => parseDuration(input)).toThrow(/not a valid ISO-8601 duration/);
  });
});
