import { covers, coversWholeRecordOf, grantOf } from '../../../src/services/evaluator-scope';
import type { StoredEvaluation } from '../../../src/store/entities';

const evaluation = (fields: Partial<StoredEvaluation>): StoredEvaluation =>
  ({ clusterId: 'jjj', status: 'OPEN', ...fields }) as StoredEvaluation;

describe('grantOf: what an evaluation lets its panel read', () => {
  test.each([
    [
      'an event response: the event',
      { targetKind: 'ACTIVITY', targetType: 'EVENT_RESPONSE', eventId: 'e1' },
      { eventId: 'e1' },
    ],
    [
      'an agreement: the agreement',
      { targetKind: 'ACTIVITY', targetType: 'AGREEMENT', agreementId: 'a1' },
      { agreementId: 'a1' },
    ],
    [
      'a drill: the drill obligation, not its whole event',
      { targetKind: 'ACTIVITY', targetType: 'DRILL', obligationId: 'o1', eventId: 'e1' },
      { obligationId: 'o1' },
    ],
    [
      'a city: its whole record',
      { targetKind: 'PARTICIPANT', targetType: 'CITY', cityId: 'tianjin' },
      { subject: 'tianjin' },
    ],
    [
      'a city in an event: its part in that event',
      { targetKind: 'PARTICIPANT', targetType: 'CITY', cityId: 'tianjin', eventId: 'e1' },
      { subject: 'tianjin', eventId: 'e1' },
    ],
    [
      'the office',
      { targetKind: 'PARTICIPANT', targetType: 'COORDINATION_OFFICE' },
      { subject: 'COORDINATION_OFFICE#jjj' },
    ],
    ['a malformed event response: nothing', { targetKind: 'ACTIVITY', targetType: 'EVENT_RESPONSE' }, undefined],
  ] as const)('%s', (_name, fields, expected) => {
    expect(grantOf(evaluation(fields as Partial<StoredEvaluation>))).toEqual(expected);
  });
});

describe('covers', () => {
  const scope = { grants: [{ eventId: 'e1' }, { subject: 'tianjin', eventId: 'e2' }] };
  test.each([
    ['an obligation of the event', { eventId: 'e1', agreementId: 'a1', obligationId: 'o1', subject: 'beijing' }, true],
    ['a filter naming the event and a city', { eventId: 'e1', subject: 'beijing' }, true],
    ['a filter naming a city only', { subject: 'beijing' }, false],
    ['the participant in its event', { eventId: 'e2', subject: 'tianjin' }, true],
    ['a partner in the participant’s event', { eventId: 'e2', subject: 'beijing' }, false],
    ['the participant elsewhere', { eventId: 'e3', subject: 'tianjin' }, false],
    ['nothing named', {}, false],
  ] as const)('%s → %s', (_name, concern, expected) => {
    expect(covers(scope, concern)).toBe(expected);
  });

  test('no grant, no reach; the whole record only through a grant naming the party alone', () => {
    expect(covers({ grants: [] }, { eventId: 'e1' })).toBe(false);
    expect(coversWholeRecordOf(scope, 'tianjin')).toBe(false);
    expect(coversWholeRecordOf({ grants: [{ subject: 'tianjin' }] }, 'tianjin')).toBe(true);
  });
});
