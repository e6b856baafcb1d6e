import type { AgreementTerms, Duty } from '../../../src/domain/agreements/terms';
import { obligationsFor, type TriggeringEvent } from '../../../src/domain/obligations/activation';
import { COORDINATION_OFFICE, obligationId } from '../../../src/domain/obligations/ids';
import { currentOccurrence, recurringObligationsDue } from '../../../src/domain/obligations/recurrence';
import {
  closureSummary,
  effectiveStatus,
  lapsesWhenEventCloses,
  onlyMarkedLateSince,
  planFulfilment,
  validateEvidence,
} from '../../../src/domain/obligations/status';

const duty = (dutyId: string, fields: Partial<Duty> = {}): Duty => ({
  dutyId,
  party: 'ORIGIN',
  role: 'LEAD',
  kind: 'REPORT',
  categories: [],
  action: dutyId,
  deadline: 'PT2H',
  ...fields,
});
const terms = (fields: Partial<AgreementTerms> = {}): AgreementTerms => ({
  title: 't',
  partyCityIds: ['suzhou', 'jiaxing', 'shanghai'],
  categories: ['ACCIDENT'],
  effectiveFrom: '2026-01-01T00:00:00.000Z',
  duties: [],
  ...fields,
});
const event: TriggeringEvent = {
  eventId: 'e1',
  clusterId: 'yrd',
  category: 'ACCIDENT',
  level: 'III',
  originCityId: 'suzhou',
  affectedCityIds: ['jiaxing', 'shanghai', 'huzhou'],
  triggeredAt: '2026-07-21T08:00:00.000Z',
};
const obligees = (agreement: AgreementTerms, on = event) =>
  obligationsFor(on, [{ agreementId: 'a', versionNo: 1, terms: agreement }]).map(
    (o) => `${o.dutyId}:${o.obligee}@${o.dueAt}`,
  );

describe('obligationsFor', () => {
  test('resolves ORIGIN, AFFECTED (parties only), NAMED_CITY and the office; due = trigger + deadline', () => {
    const agreement = terms({
      duties: [
        duty('report'),
        duty('monitor', { party: 'AFFECTED', deadline: 'PT6H' }),
        duty('boats', {
          party: 'NAMED_CITY',
          cityId: 'shanghai',
          kind: 'PROVIDE_RESOURCES',
          resourceType: 'boat',
          quantity: 4,
          deadline: 'PT12H',
        }),
        duty('command', { party: 'COORDINATION_OFFICE', deadline: 'P1D' }),
      ],
    });
    expect(obligees(agreement)).toEqual([
      'report:suzhou@2026-07-21T10:00:00.000Z',
      'monitor:jiaxing@2026-07-21T14:00:00.000Z',
      'monitor:shanghai@2026-07-21T14:00:00.000Z', // huzhou is affected but not a party: not bound
      'boats:shanghai@2026-07-21T20:00:00.000Z',
      `command:${COORDINATION_OFFICE}@2026-07-22T08:00:00.000Z`,
    ]);
  });

  test("a city that joined as affected after the trigger owes its AFFECTED duties from then; the same instant's ids are unchanged", () => {
    const agreement = terms({ duties: [duty('report'), duty('monitor', { party: 'AFFECTED', deadline: 'PT6H' })] });
    const later = {
      ...event,
      affectedSince: { shanghai: '2026-07-21T13:00:00.000Z', jiaxing: '2026-07-21T07:00:00.000Z' },
    };
    expect(obligees(agreement, later)).toEqual([
      'report:suzhou@2026-07-21T10:00:00.000Z',
      'monitor:jiaxing@2026-07-21T14:00:00.000Z', // added before the confirmation: from the confirmation
      'monitor:shanghai@2026-07-21T19:00:00.000Z',
    ]);
    const [withJoin, without] = [later, event].map((on) =>
      obligationsFor(on, [{ agreementId: 'a', versionNo: 1, terms: agreement }]).find((o) => o.obligee === 'shanghai')!,
    );
    expect(withJoin).toMatchObject({ obligationId: without.obligationId, triggeredAt: '2026-07-21T13:00:00.000Z' });
  });

  test('a duty that starts at a level runs from when the event last rose to it, if that was after the trigger', () => {
    const agreement = terms({
      duties: [duty('report'), duty('teams', { fromLevel: 'II', deadline: 'PT6H' }), duty('any', { fromLevel: 'IV' })],
    });
    const raised = {
      ...event,
      level: 'I' as const,
      levelChanges: [
        { at: '2026-07-21T07:00:00.000Z', from: 'IV' as const, to: 'III' as const }, // before the trigger: no effect
        { at: '2026-07-21T12:00:00.000Z', from: 'III' as const, to: 'II' as const },
        { at: '2026-07-21T13:00:00.000Z', from: 'II' as const, to: 'III' as const },
        { at: '2026-07-21T15:00:00.000Z', from: 'III' as const, to: 'I' as const },
      ],
    };
    expect(obligees(agreement, raised)).toEqual([
      'report:suzhou@2026-07-21T10:00:00.000Z',
      'teams:suzhou@2026-07-21T21:00:00.000Z',
      'any:suzhou@2026-07-21T10:00:00.000Z',
    ]);
    // The agreement's own minimum level counts the same way.
    expect(obligees(terms({ minimumLevel: 'I', duties: [duty('report')] }), raised)).toEqual([
      'report:suzhou@2026-07-21T17:00:00.000Z',
    ]);
  });

  test.each<[string, Partial<AgreementTerms>, Partial<TriggeringEvent>]>([
    ['another category', {}, { category: 'PUBLIC_HEALTH' }],
    ['a level below the minimum', { minimumLevel: 'II' }, {}],
    ['an agreement not yet in effect', { effectiveFrom: '2026-08-01T00:00:00.000Z' }, {}],
    ['an agreement that has ended', { effectiveUntil: '2026-07-01T00:00:00.000Z' }, {}],
  ])('creates nothing for %s', (_name, agreement, change) => {
    expect(obligees(terms({ ...agreement, duties: [duty('report')] }), { ...event, ...change })).toEqual([]);
  });

  test('duties apply from their level and categories; recurring normal-mode duties are never triggered', () => {
    const agreement = terms({
      categories: ['ACCIDENT', 'NATURAL_DISASTER'],
      duties: [
        duty('serious', { fromLevel: 'II' }),
        duty('moderate', { fromLevel: 'III' }),
        duty('flood-only', { categories: ['NATURAL_DISASTER'] }),
        duty('drill', { recurrence: 'P1Y', deadline: 'P30D' }),
      ],
    });
    expect(obligees(agreement).map((o) => o.split(':')[0])).toEqual(['moderate']);
    expect(obligees(agreement, { ...event, level: 'I' }).map((o) => o.split(':')[0])).toEqual(['serious', 'moderate']);
  });

  test('ids are deterministic per event, agreement, duty and obligee, and the same under an amended version', () => {
    expect(obligationId('e1', 'a', 'report', 'suzhou')).toBe(obligationId('e1', 'a', 'report', 'suzhou'));
    const others = [
      obligationId('e2', 'a', 'report', 'suzhou'),
      obligationId('e1', 'b', 'report', 'suzhou'),
      obligationId('e1', 'a', 'warn', 'suzhou'),
      obligationId('e1', 'a', 'report', 'jiaxing'),
    ];
    expect(new Set([obligationId('e1', 'a', 'report', 'suzhou'), ...others]).size).toBe(5);
    const v1 = obligationsFor(event, [{ agreementId: 'a', versionNo: 1, terms: terms({ duties: [duty('report')] }) }]);
    const v2 = obligationsFor(event, [
      { agreementId: 'a', versionNo: 2, terms: terms({ duties: [duty('report', { deadline: 'PT1H' })] }) },
    ]);
    expect(v2[0].obligationId).toBe(v1[0].obligationId);
  });
});

describe('obligation status', () => {
  const open = { status: 'OPEN' as const, triggeredAt: '2026-07-21T08:00:00.000Z', dueAt: '2026-07-21T10:00:00.000Z' };

  test('an open obligation past due reads as OVERDUE at once; closed ones keep their status', () => {
    expect(effectiveStatus('OPEN', open.dueAt, '2026-07-21T09:59:59.999Z')).toBe('OPEN');
    expect(effectiveStatus('OPEN', open.dueAt, '2026-07-21T10:00:00.001Z')).toBe('OVERDUE');
    expect(effectiveStatus('FULFILLED_LATE', open.dueAt, '2027-01-01T00:00:00.000Z')).toBe('FULFILLED_LATE');
  });

  test('fulfilment up to the due time is on time; after it, late', () => {
    expect(planFulfilment(open, open.dueAt, '2026-07-22T00:00:00.000Z')).toBe('FULFILLED');
    expect(planFulfilment(open, '2026-07-21T10:00:00.001Z', '2026-07-22T00:00:00.000Z')).toBe('FULFILLED_LATE');
  });

  test.each([
    ['in the future', '2026-07-23T00:00:00.000Z', /cannot be in the future/],
    ['before the trigger', '2026-07-21T07:00:00.000Z', /before the event triggered/],
  ])('refuses a fulfilment time %s', (_name, at, message) => {
    expect(() => planFulfilment(open, at, '2026-07-22T00:00:00.000Z')).toThrow(message);
  });

  test('evidence needs words and only web links', () => {
    expect(validateEvidence(' Sent report 117 ', ['https://example.org/r'])).toEqual({
      text: 'Sent report 117',
      links: ['https://example.org/r'],
    });
    expect(() => validateEvidence('  ', [])).toThrow(/cannot be empty/);
    expect(() => validateEvidence('ok', ['file:///etc/passwd'])).toThrow(/not a web link/);
  });
});

describe('recurring normal-mode duties', () => {
  test('the current period is the latest start at or before now, within the effective period', () => {
    expect(currentOccurrence('2026-01-15T00:00:00.000Z', 'P1Y', '2026-01-14T23:59:59.000Z')).toBeUndefined();
    expect(currentOccurrence('2026-01-15T00:00:00.000Z', 'P1Y', '2026-11-23T00:00:00.000Z')).toBe(
      '2026-01-15T00:00:00.000Z',
    );
    expect(currentOccurrence('2026-01-15T00:00:00.000Z', 'P1Y', '2028-03-01T00:00:00.000Z')).toBe(
      '2028-01-15T00:00:00.000Z',
    );
    expect(currentOccurrence('2026-01-31T00:00:00.000Z', 'P1M', '2026-03-30T00:00:00.000Z')).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    expect(
      currentOccurrence('2026-01-15T00:00:00.000Z', 'P1Y', '2029-06-01T00:00:00.000Z', '2028-01-15T00:00:00.000Z'),
    ).toBe('2027-01-15T00:00:00.000Z');
  });

  test('each begun period owes one obligation of every party, or of the named city or office, due deadline after it starts', () => {
    const agreement = terms({
      effectiveFrom: '2026-01-15T00:00:00.000Z',
      duties: [
        duty('drill', { party: 'AFFECTED', kind: 'JOIN_DRILL', recurrence: 'P1Y', deadline: 'P30D' }),
        duty('audit', { party: 'COORDINATION_OFFICE', kind: 'REPORT', recurrence: 'P3M', deadline: 'P14D' }),
        duty('report'),
      ],
    });
    const inForce = { agreementId: 'a', versionNo: 2, terms: agreement, inForceSince: '2026-01-10T00:00:00.000Z' };
    const specs = recurringObligationsDue('yrd', inForce, '2026-11-23T00:00:00.000Z');
    expect(specs.map((s) => `${s.dutyId}:${s.obligee} ${s.triggeredAt}→${s.dueAt}`)).toEqual([
      'drill:suzhou 2026-01-15T00:00:00.000Z→2026-02-14T00:00:00.000Z',
      'drill:jiaxing 2026-01-15T00:00:00.000Z→2026-02-14T00:00:00.000Z',
      'drill:shanghai 2026-01-15T00:00:00.000Z→2026-02-14T00:00:00.000Z',
      `audit:${COORDINATION_OFFICE} 2026-10-15T00:00:00.000Z→2026-10-29T00:00:00.000Z`,
    ]);
    expect(specs.every((s) => s.eventId === undefined && s.agreementVersionNo === 2)).toBe(true);
    const again = recurringObligationsDue('yrd', inForce, '2026-11-24T00:00:00.000Z');
    expect(again.map((s) => s.obligationId)).toEqual(specs.map((s) => s.obligationId));
  });

  test('a period that began before the version came into force is not owed', () => {
    const agreement = terms({
      effectiveFrom: '2026-01-15T00:00:00.000Z',
      duties: [duty('drill', { party: 'AFFECTED', recurrence: 'P1Y', deadline: 'P30D' })],
    });
    const ratifiedInJune = {
      agreementId: 'a',
      versionNo: 1,
      terms: agreement,
      inForceSince: '2026-06-01T00:00:00.000Z',
    };
    expect(recurringObligationsDue('yrd', ratifiedInJune, '2026-11-23T00:00:00.000Z')).toEqual([]);
    expect(
      recurringObligationsDue('yrd', ratifiedInJune, '2027-01-20T00:00:00.000Z').map((s) => s.triggeredAt),
    ).toEqual(Array(3).fill('2027-01-15T00:00:00.000Z'));
  });
});

describe('what closing an event does to an open obligation', () => {
  const closedAt = '2026-07-21T12:00:00.000Z';
  test.each([
    ['a response duty not yet due lapses', { kind: 'JOINT_RESPONSE', dueAt: '2026-07-21T14:00:00.000Z' }, true],
    ['information sharing not yet due lapses', { kind: 'SHARE_INFORMATION', dueAt: '2026-07-21T14:00:00.000Z' }, true],
    ['a report stays owed', { kind: 'REPORT', dueAt: '2026-07-21T14:00:00.000Z' }, false],
    ['a fund contribution stays owed', { kind: 'FUND_CONTRIBUTION', dueAt: '2026-08-21T14:00:00.000Z' }, false],
    [
      'a response duty already overdue stays owed',
      { kind: 'WARN_DOWNSTREAM', dueAt: '2026-07-21T11:00:00.000Z' },
      false,
    ],
    ['a duty due at the very instant of closing stays owed', { kind: 'WARN_DOWNSTREAM', dueAt: closedAt }, false],
    [
      'a response duty already recorded late stays owed',
      { kind: 'PROVIDE_RESOURCES', dueAt: '2026-07-21T14:00:00.000Z', lateRecordedAt: '2026-07-21T11:00:00.000Z' },
      false,
    ],
  ])('%s', (_name, obligation, lapses) => {
    expect(lapsesWhenEventCloses(obligation, closedAt)).toBe(lapses);
  });

  test('the closure reads as a sentence', () => {
    expect(closureSummary({ waivedObligations: 1, stillOwedObligations: 0 })).toBe(
      '1 obligation of the response not yet due was waived as lapsed; nothing is still owed.',
    );
    expect(closureSummary({ waivedObligations: 0, stillOwedObligations: 2 })).toBe(
      'No response obligation was left to lapse; 2 obligations are still owed with their deadlines (reports, fund contributions, or already overdue).',
    );
  });
});

describe('onlyMarkedLateSince', () => {
  test('is true only for the one version the late mark added to an open obligation', () => {
    expect(onlyMarkedLateSince(1, { status: 'OPEN', version: 2, lateMarkVersion: 2 })).toBe(true);
    expect(onlyMarkedLateSince(2, { status: 'OPEN', version: 2, lateMarkVersion: 2 })).toBe(false);
    expect(onlyMarkedLateSince(1, { status: 'OPEN', version: 3, lateMarkVersion: 2 })).toBe(false);
    expect(onlyMarkedLateSince(1, { status: 'OPEN', version: 2 })).toBe(false);
    expect(onlyMarkedLateSince(1, { status: 'FULFILLED', version: 2, lateMarkVersion: 2 })).toBe(false);
  });
});
