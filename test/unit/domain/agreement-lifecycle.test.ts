import {
  allowedActions,
  assertAllowed,
  statusWhenDeclined,
  statusWhenRatified,
  type LifecycleState,
} from '../../../src/domain/agreements/lifecycle';

describe('agreement lifecycle', () => {
  test.each<[string, LifecycleState, string[]]>([
    ['a new draft', { status: 'DRAFT', pending: 'DRAFT' }, ['updateDraft', 'propose', 'terminate']],
    ['a proposed first version', { status: 'PROPOSED', pending: 'PROPOSED' }, ['ratify', 'decline', 'terminate']],
    ['an active agreement', { status: 'ACTIVE' }, ['amend', 'suspend', 'terminate']],
    [
      'an active agreement with a drafted amendment',
      { status: 'ACTIVE', pending: 'DRAFT' },
      ['updateDraft', 'propose', 'suspend', 'terminate'],
    ],
    [
      'an active agreement with a proposed amendment',
      { status: 'ACTIVE', pending: 'PROPOSED' },
      ['ratify', 'decline', 'suspend', 'terminate'],
    ],
    ['a suspended agreement', { status: 'SUSPENDED' }, ['resume', 'terminate']],
    ['a terminated agreement', { status: 'TERMINATED' }, []],
  ])('%s allows %j', (_name, state, expected) => {
    expect(allowedActions(state)).toEqual(expected);
  });

  test('an invalid transition is refused naming the allowed ones', () => {
    expect(() => assertAllowed({ status: 'DRAFT', pending: 'DRAFT' }, 'ratify')).toThrow(
      'You cannot ratify it: the agreement is DRAFT. Allowed now: edit the draft, propose it, terminate it.',
    );
    expect(() => assertAllowed({ status: 'ACTIVE', pending: 'PROPOSED' }, 'amend')).toThrow(
      /ACTIVE with a proposed amendment/,
    );
    expect(() => assertAllowed({ status: 'TERMINATED' }, 'resume')).toThrow(/Nothing more can be done with it/);
    // A draft left behind by a termination is no longer an amendment in progress.
    expect(() => assertAllowed({ status: 'TERMINATED', pending: 'DRAFT' }, 'propose')).toThrow(
      'You cannot propose it: the agreement is TERMINATED. Nothing more can be done with it.',
    );
  });

  test('ratifying the first version activates; an amendment leaves the status; declining a first version returns to draft', () => {
    expect(statusWhenRatified('PROPOSED')).toBe('ACTIVE');
    expect(statusWhenRatified('SUSPENDED')).toBe('SUSPENDED');
    expect(statusWhenDeclined('PROPOSED')).toBe('DRAFT');
    expect(statusWhenDeclined('ACTIVE')).toBe('ACTIVE');
  });
});
