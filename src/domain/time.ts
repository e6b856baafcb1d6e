import { BadInputError } from './errors';

// Accepts an explicit UTC designator or offset; a local time without zone is ambiguous across cities' records.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO-8601 instant with a zone and returns it in canonical UTC form (`toISOString`). */
export function parseDateTime(value: string, field = 'time'): string {
  const match = DATE_TIME.exec(value);
  const millis = match ? Date.parse(value) : NaN;
  if (!match || Number.isNaN(millis)) {
    throw new BadInputError(
      `The ${field} "${value}" is not a valid date and time. Use ISO-8601 with a zone, e.g. 2026-07-21T08:30:00Z.`,
    );
  }
  const [, y, mo, d, h, mi, s] = match;
  // Date.parse rolls 2026-02-30 over to March; reject it instead of storing a different day.
  const roundTrip = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, s ? +s : 0));
  if (
    roundTrip.getUTCMonth() !== +mo - 1 ||
    roundTrip.getUTCDate() !== +d ||
    +h > 23 ||
    +mi > 59 ||
    (s !== undefined && +s > 59)
  ) {
    throw new BadInputError(`The ${field} "${value}" is not a real calendar date and time.`);
  }
  return new Date(millis).toISOString();
}

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses an ISO-8601 duration such as `PT2H`, `P1Y` or `P1DT12H` (whole units only). */
export function parseDuration(value: string, field = 'duration'): Duration {
  const match = DURATION.exec(value);
  if (!match) {
    throw new BadInputError(
      `The ${field} "${value}" is not a valid ISO-8601 duration. Examples: PT2H (2 hours), P3D (3 days), P1Y (1 year).`,
    );
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => (part ? Number(part) : 0));
  return { years, months, weeks, days, hours, minutes, seconds };
}

/** Adds a duration to an instant in UTC: calendar units first (clamping to month end), then exact time units. */
export function addDuration(instant: string, duration: Duration): string {
  const start = new Date(instant);
  const targetMonth = start.getUTCMonth() + duration.months + 12 * duration.years;
  const year = start.getUTCFullYear() + Math.floor(targetMonth / 12);
  const month = ((targetMonth % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const calendar = Date.UTC(
    year,
    month,
    Math.min(start.getUTCDate(), lastDay),
    start.getUTCHours(),
    start.getUTCMinutes(),
    start.getUTCSeconds(),
    start.getUTCMilliseconds(),
  );
  const exactMs =
    ((((duration.weeks * 7 + duration.days) * 24 + duration.hours) * 60 + duration.minutes) * 60 + duration.seconds) *
    1000;
  return new Date(calendar + exactMs).toISOString();
}

/** The duration taken `times` times (P1Y × 3 = P3Y), so occurrence k is computed from the start, without drift. */
export function scaleDuration(duration: Duration, times: number): Duration {
  return {
    years: duration.years * times,
    months: duration.months * times,
    weeks: duration.weeks * times,
    days: duration.days * times,
    hours: duration.hours * times,
    minutes: duration.minutes * times,
    seconds: duration.seconds * times,
  };
}
