import { BadInputError } from './errors';
import { parseDuration, type Duration } from './time';

/**
 * Plausibility bounds for every quantity and duration an official enters. A figure beyond them is almost surely a
 * misplaced digit, and refusing it at entry keeps it from breaking every later computation that reads it (due times
 * past the calendar's end, shortfall sums beyond what the API can answer).
 */

/** The most units of one resource anyone holds, asks for, offers or is owed: more than any city's depots. */
export const MAX_UNITS = 10_000_000;
/** The highest reserve rate per 10,000 residents: ten units per resident. */
export const MAX_PER_10K_RESIDENTS = 100_000;

/**
 * The most people one city reports in any figure of a situation report (dead, injured, missing, evacuated, affected):
 * more than live in any city.
 */
export const MAX_PEOPLE = 50_000_000;

/** A whole number of people, zero or more, within MAX_PEOPLE. */
export function peopleCount(value: number, label: string): number {
  if (!Number.isInteger(value) || value < 0)
    throw new BadInputError(`The number of ${label} must be a whole number, zero or more (got ${value}).`, { min: 0 });
  if (value > MAX_PEOPLE) {
    throw new BadInputError(
      `The number of ${label}, ${value.toLocaleString('en')}, is implausibly large: at most ${MAX_PEOPLE.toLocaleString('en')} people per city; check the figure.`,
      { max: MAX_PEOPLE },
    );
  }
  return value;
}

/** A whole number of units within the bounds; `min` is 0 for stock figures and 1 for what is asked, offered or owed. */
export function unitQuantity(value: number, label: string, unit: string, min: 0 | 1 = 1): number {
  if (!Number.isInteger(value) || value < min) {
    throw new BadInputError(
      `The ${label} must be a whole number of ${unit}s, ${min === 0 ? 'zero or more' : 'at least 1'} (got ${value}).`,
    );
  }
  if (value > MAX_UNITS) {
    throw new BadInputError(
      `The ${label} of ${value} ${unit}s is implausibly large: at most ${MAX_UNITS.toLocaleString('en')} ${unit}s; check the figure.`,
      { max: MAX_UNITS },
    );
  }
  return value;
}

export interface DurationBound {
  /** ISO-8601, inclusive. */
  min?: string;
  /** ISO-8601, inclusive. */
  max: string;
  /** What the bound is for, in an official's words (ends the message). */
  why: string;
}

/** Every duration a user enters, with its bounds. */
export const DURATION_BOUNDS = Object.freeze({
  dutyDeadline: {
    min: 'PT1M',
    max: 'P1Y',
    why: 'a duty due the moment it arises cannot be met, and one longer than a year belongs in a recurring duty or a new agreement',
  },
  recurrence: { min: 'P1D', max: 'P5Y', why: 'normal-mode duties recur between daily and every five years' },
  filingWindow: { min: 'P1D', max: 'P2Y', why: 'cities need time to gather invoices and records, and claims must end' },
  disputeWindow: {
    min: 'P1D',
    max: 'P1Y',
    why: 'shorter leaves no real chance to answer; longer leaves records in limbo',
  },
  situationStaleAfter: {
    min: 'PT15M',
    max: 'P7D',
    why: 'cities report every few hours while an event runs; a report a week old is stale whatever the event',
  },
  reminderLeadTime: {
    min: 'PT1M',
    max: 'P7D',
    why: 'a reminder is a nudge before a deadline; a week ahead is already a plan, not a reminder',
  },
} satisfies Record<string, DurationBound>);

// Nominal lengths (Gregorian average year and month): plain arithmetic, so no figure, however large, can fail here.
const SECONDS: Record<keyof Duration, number> = {
  years: 31_556_952,
  months: 2_629_746,
  weeks: 604_800,
  days: 86_400,
  hours: 3_600,
  minutes: 60,
  seconds: 1,
};

export function nominalSeconds(duration: Duration): number {
  return (Object.keys(SECONDS) as (keyof Duration)[]).reduce(
    (total, unit) => total + duration[unit] * SECONDS[unit],
    0,
  );
}

/** Parses a duration and checks it against its bound, naming the bound (and the field) when it is outside. */
export function boundedDuration(value: string, field: string, bound: DurationBound): Duration {
  const duration = parseDuration(value, field);
  const length = nominalSeconds(duration);
  const tooShort = bound.min !== undefined && length < nominalSeconds(parseDuration(bound.min));
  if (tooShort || length > nominalSeconds(parseDuration(bound.max))) {
    const range = bound.min ? `between ${bound.min} and ${bound.max}` : `at most ${bound.max}`;
    throw new BadInputError(`The ${field} ${value} is not allowed: give ${range} (${bound.why}).`, {
      ...(bound.min ? { min: bound.min } : {}),
      max: bound.max,
    });
  }
  return duration;
}
