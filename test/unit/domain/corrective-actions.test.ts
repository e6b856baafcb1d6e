import {
  actionLessonId,
  assertStep,
  checkDueAt,
  checkPercent,
  foldedText,
  isOverdue,
  recommendationLessonId,
} from '../../../src/domain/corrective/actions';
import { correctiveActionOverdueRecordId } from '../../../src/domain/compliance/ids';
import { BadInputError, InvalidStateError } from '../../../src/domain/errors';

const now = '2026-09-01T08:00:00.000Z';

test('overdue: still owed (OPEN or IN_PROGRESS) and past the due time, at the instant asked', () => {
  const dueAt = '2026-09-01T07:59:59.999Z';
  expect(isOverdue({ status: 'OPEN', dueAt }, now)).toBe(true);
  expect(isOverdue({ status: 'IN_PROGRESS', dueAt }, now)).toBe(true);
  expect(isOverdue({ status: 'DONE', dueAt }, now)).toBe(false);
  expect(isOverdue({ status: 'VERIFIED', dueAt }, now)).toBe(false);
  expect(isOverdue({ status: 'OPEN', dueAt: now }, now)).toBe(false);
});

test('a due time is in the future and at most five years ahead', () => {
  expect(() => checkDueAt(now, now)).toThrow(BadInputError);
  expect(() => checkDueAt('2026-09-01T08:00:00.001Z', now)).not.toThrow();
  expect(() => checkDueAt('2031-09-01T08:00:00.000Z', now)).not.toThrow();
  expect(() => checkDueAt('2031-09-01T08:00:00.001Z', now)).toThrow(/more than 5 years away/);
});

test('a percentage is a whole number from 0 to 100', () => {
  for (const ok of [0, 55, 100]) expect(() => checkPercent(ok)).not.toThrow();
  for (const bad of [-1, 101, 12.5, 2 ** 31]) expect(() => checkPercent(bad)).toThrow(BadInputError);
});

test('each step from the statuses that allow it; otherwise CONFLICT naming the operations open now', () => {
  expect(() => assertStep('PROGRESS', 'OPEN')).not.toThrow();
  expect(() => assertStep('COMPLETE', 'IN_PROGRESS')).not.toThrow();
  expect(() => assertStep('VERIFY', 'DONE')).not.toThrow();
  const refusal = (() => {
    try {
      assertStep('PROGRESS', 'DONE');
    } catch (error) {
      return error as InvalidStateError;
    }
    return undefined;
  })();
  expect(refusal).toBeInstanceOf(InvalidStateError);
  expect(refusal?.details).toEqual({ currentState: 'DONE', allowed: ['verifyCorrectiveAction'] });
  expect(() => assertStep('COMPLETE', 'VERIFIED')).toThrow(/this corrective action is VERIFIED/);
});

test('search text is compared folded: letter case and compatibility forms', () => {
  expect(foldedText('Mobile PUMP Units')).toBe('mobile pump units');
  expect(foldedText('ＰＵＭＰ')).toBe('pump');
});

// Stored data depends on these strings: a changed recipe would write a second record or lesson for the same fact.
test('derived ids are pinned', () => {
  expect(correctiveActionOverdueRecordId('cact_1')).toBe('cr_cact_1_OVERDUE');
  expect(actionLessonId('cact_1')).toBe('lsn_cact_1');
  expect(recommendationLessonId('evl_1', 'evaluator-1')).toBe('lsn_6214d06d12c72de8f4739ce92a6432f036f2d274');
  expect(recommendationLessonId('evl_1', 'evaluator-1')).not.toBe(recommendationLessonId('evl_1', 'Evaluator-1'));
});
