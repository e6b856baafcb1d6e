import { peopleCount } from '../bounds';
import { BadInputError, InvalidStateError } from '../errors';
import { requiredText } from '../text';

/** The figures of a situation report, each a count of people in the reporting city. */
export const SITUATION_FIGURES = ['dead', 'injured', 'missing', 'evacuated', 'affectedPopulation'] as const;
export type SituationFigure = (typeof SITUATION_FIGURES)[number];
export type SituationFigures = Record<SituationFigure, number>;

const FIGURE_LABELS: Record<SituationFigure, string> = {
  dead: 'dead',
  injured: 'injured',
  missing: 'missing',
  evacuated: 'people evacuated',
  affectedPopulation: 'people affected',
};

/** The largest total the picture can answer (GraphQL Int): a report that would take a total past it is refused. */
export const LARGEST_TOTAL = 2_147_483_647;

/** How long after an event closes its cities may still send reports (final figures, people found). */
export const REPORT_GRACE_AFTER_CLOSE_MS = 72 * 3_600_000;

/** When the picture calls a city's latest report stale, unless the reader asks otherwise. */
export const DEFAULT_STALE_AFTER = 'PT6H';

const MAX_NEEDS = 20;
const MAX_NEED_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 5000;

/** Checks a report's figures against the plausibility bounds, naming the figure. */
export function situationFigures(input: {
  casualties: { dead: number; injured: number; missing: number };
  evacuated: number;
  affectedPopulation: number;
}): SituationFigures {
  const given: SituationFigures = {
    ...input.casualties,
    evacuated: input.evacuated,
    affectedPopulation: input.affectedPopulation,
  };
  return Object.fromEntries(
    SITUATION_FIGURES.map((figure) => [figure, peopleCount(given[figure], FIGURE_LABELS[figure])]),
  ) as SituationFigures;
}

/** The needs a city lists, each a short line of text; at most MAX_NEEDS, in the order given. */
export function situationNeeds(needs: readonly string[] | null | undefined): string[] {
  const list = needs ?? [];
  if (list.length > MAX_NEEDS)
    throw new BadInputError(`List at most ${MAX_NEEDS} needs in one report (got ${list.length}).`, { max: MAX_NEEDS });
  return list.map((need, index) => requiredText(need, `need number ${index + 1}`, MAX_NEED_LENGTH));
}

/** The instant a report speaks for: not in the future, not before the event was observed. */
export function reportedAsOf(asOf: string, observedAt: string, now: string): string {
  if (Date.parse(asOf) > Date.parse(now))
    throw new BadInputError(`The report's time (${asOf}) is in the future; give the time the figures were counted.`);
  if (Date.parse(asOf) < Date.parse(observedAt))
    throw new BadInputError(`The report's time (${asOf}) is before the event was observed (${observedAt}).`);
  return asOf;
}

/** The earliest close still within the grace: an event closed at or after it takes reports at `now`. */
export function graceStart(now: string): string {
  return new Date(Date.parse(now) - REPORT_GRACE_AFTER_CLOSE_MS).toISOString();
}

/**
 * Events take reports while they are REPORTED, CONFIRMED or RESPONDING, and for REPORT_GRACE_AFTER_CLOSE_MS after they
 * close; refuses a report to an event closed longer ago (CONFLICT, with the deadline that passed).
 */
export function assertTakesReports(event: { status: string; closedAt?: string }, now: string): void {
  if (event.status !== 'CLOSED' || !event.closedAt || event.closedAt >= graceStart(now)) return;
  const deadline = new Date(Date.parse(event.closedAt) + REPORT_GRACE_AFTER_CLOSE_MS).toISOString();
  throw new InvalidStateError(
    `The event was closed on ${event.closedAt}; situation reports were taken until ${deadline}.`,
    { currentState: event.status, deadline },
  );
}

/**
 * The order of a city's reports: by the instant they speak for, then by when they were submitted (a report sent again
 * for the same instant corrects the earlier one), then by id. The latest report is the greatest.
 */
export function reportOrder(report: { asOf: string; submittedAt: string; reportId: string }): string {
  return `${report.asOf}#${report.submittedAt}#${report.reportId}`;
}

/** Whole minutes from `asOf` to `now` (never negative). */
export function ageInMinutes(asOf: string, now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(asOf)) / 60_000));
}
