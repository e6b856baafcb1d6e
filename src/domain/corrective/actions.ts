import { createHash } from 'node:crypto';
import { BadInputError, InvalidStateError } from '../errors';

/**
 * Corrective actions: what is done about an evaluation's findings, owned by one member city or by the coordination
 * office, tracked to closure. OPEN → IN_PROGRESS → DONE → VERIFIED; a verification that fails sends a DONE action back
 * to IN_PROGRESS with its reason. Overdue is not a status: an action not DONE or VERIFIED by its due time is overdue
 * at the time of reading.
 */
export const CORRECTIVE_ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

/** What each entry of an action's history records. */
export const CORRECTIVE_ACTION_STEP_KINDS = [
  'CREATED',
  'PROGRESS',
  'COMPLETED',
  'VERIFIED',
  'VERIFICATION_FAILED',
] as const;
export type CorrectiveActionStepKind = (typeof CORRECTIVE_ACTION_STEP_KINDS)[number];

/** What the cluster learned from a finalized evaluation: an evaluator's recommendation, or a verified fix. */
export const LESSON_KINDS = ['RECOMMENDATION', 'VERIFIED_ACTION'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** Statuses in which the owner still owes the work: the ones that can be overdue. */
const STILL_OWED: readonly CorrectiveActionStatus[] = ['OPEN', 'IN_PROGRESS'];

export function stillOwed(status: CorrectiveActionStatus): boolean {
  return STILL_OWED.includes(status);
}

/** Overdue at `now`: still owed and past its due time. */
export function isOverdue(action: { status: CorrectiveActionStatus; dueAt: string }, now: string): boolean {
  return stillOwed(action.status) && Date.parse(action.dueAt) < Date.parse(now);
}

/** The furthest ahead a due time may be set: a plan past five years is not a corrective action but a programme. */
export const MAX_DUE_YEARS = 5;

/** A due time in the future, at most `MAX_DUE_YEARS` ahead (a mistyped year would otherwise never fall due). */
export function checkDueAt(dueAt: string, now: string): void {
  if (Date.parse(dueAt) <= Date.parse(now))
    throw new BadInputError(`The due time ${dueAt} has passed; a corrective action is due in the future.`, {
      field: 'dueAt',
    });
  const latest = new Date(Date.parse(now));
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_DUE_YEARS);
  if (Date.parse(dueAt) > latest.getTime())
    throw new BadInputError(
      `The due time ${dueAt} is more than ${MAX_DUE_YEARS} years away; set a due time within ${MAX_DUE_YEARS} years.`,
      { field: 'dueAt' },
    );
}

/** A progress percentage: a whole number from 0 to 100. */
export function checkPercent(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new BadInputError(`A progress of ${percent}% is not possible; give a whole number from 0 to 100.`, {
      field: 'percent',
      min: 0,
      max: 100,
    });
}

/** What each step may start from. */
const STEP_FROM: Record<'PROGRESS' | 'COMPLETE' | 'VERIFY', readonly CorrectiveActionStatus[]> = {
  PROGRESS: ['OPEN', 'IN_PROGRESS'],
  COMPLETE: ['OPEN', 'IN_PROGRESS'],
  VERIFY: ['DONE'],
};

const STEP_WORDS: Record<keyof typeof STEP_FROM, string> = {
  PROGRESS: 'Progress is reported',
  COMPLETE: 'An action is completed',
  VERIFY: 'An action is verified',
};

/** The operation of each step, as `allowed` names the steps open now. */
const STEP_MUTATION: Record<keyof typeof STEP_FROM, string> = {
  PROGRESS: 'reportCorrectiveActionProgress',
  COMPLETE: 'completeCorrectiveAction',
  VERIFY: 'verifyCorrectiveAction',
};

/** Refuses a step the action's status does not allow (CONFLICT with the status and the steps open now). */
export function assertStep(step: keyof typeof STEP_FROM, status: CorrectiveActionStatus): void {
  if (STEP_FROM[step].includes(status)) return;
  const allowed = (Object.keys(STEP_FROM) as Array<keyof typeof STEP_FROM>)
    .filter((each) => STEP_FROM[each].includes(status))
    .map((each) => STEP_MUTATION[each]);
  throw new InvalidStateError(
    `${STEP_WORDS[step]} only while it is ${STEP_FROM[step].join(' or ')}; this corrective action is ${status}.`,
    { currentState: status, allowed },
  );
}

/** Case-insensitive comparison form of text (lessons search): compatibility-normalized and lower-cased. */
export function foldedText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The lesson of an evaluator's recommendation in a finalized evaluation: one per assessment. */
export function recommendationLessonId(evaluationId: string, evaluatorId: string): string {
  return `lsn_${createHash('sha256').update(`${evaluationId}\u0000${evaluatorId}`).digest('hex').slice(0, 40)}`;
}

/** The lesson of a verified corrective action: one per action. */
export function actionLessonId(correctiveActionId: string): string {
  return `lsn_${correctiveActionId}`;
}
