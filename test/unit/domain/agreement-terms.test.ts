import { validateTerms, type TermsDraft } from '../../../src/domain/agreements/terms';
import { BadInputError } from '../../../src/domain/errors';

const members = new Set(['suzhou', 'jiaxing', 'shanghai', 'huzhou']);
const report = {
  party: 'ORIGIN',
  role: 'LEAD',
  kind: 'REPORT',
  action: 'Report to all downstream parties',
  deadline: 'PT2H',
} as const;
const base: TermsDraft = {
  title: '  Taipu River pollution agreement ',
  partyCityIds: ['suzhou', 'jiaxing', 'shanghai'],
  categories: ['ACCIDENT'],
  effectiveFrom: '2026-01-01T00:00:00.000Z',
  duties: [report],
};

describe('validateTerms', () => {
  test('trims, and numbers duties d1, d2… unless they carry an id', () => {
    const terms = validateTerms(
      { ...base, duties: [report, { ...report, dutyId: 'warn', kind: 'WARN_DOWNSTREAM' }, report] },
      members,
    );
    expect(terms.title).toBe('Taipu River pollution agreement');
    expect(terms.duties.map((duty) => duty.dutyId)).toEqual(['d1', 'warn', 'd2']);
    expect(terms.duties[0]).toEqual({
      dutyId: 'd1',
      party: 'ORIGIN',
      role: 'LEAD',
      kind: 'REPORT',
      categories: [],
      action: 'Report to all downstream parties',
      deadline: 'PT2H',
    });
  });

  test('keeps resource type and quantity for PROVIDE_RESOURCES', () => {
    const terms = validateTerms(
      {
        ...base,
        duties: [
          {
            ...report,
            party: 'NAMED_CITY',
            cityId: 'shanghai',
            kind: 'PROVIDE_RESOURCES',
            resourceType: ' monitoring boat ',
            quantity: 4,
          },
        ],
      },
      members,
    );
    expect(terms.duties[0]).toMatchObject({ cityId: 'shanghai', resourceType: 'monitoring boat', quantity: 4 });
  });

  test.each<[string, Partial<TermsDraft>, RegExp]>([
    ['an empty title', { title: ' ' }, /title cannot be empty/],
    ['a single party', { partyCityIds: ['suzhou'] }, /at least two party cities/],
    ['a party listed twice', { partyCityIds: ['suzhou', 'suzhou', 'jiaxing'] }, /listed twice/],
    ['a party outside the cluster', { partyCityIds: ['suzhou', 'beijing'] }, /not members of the cluster: beijing/],
    ['no category', { categories: [] }, /at least one risk category/],
    ['an end before the start', { effectiveUntil: '2025-12-31T00:00:00.000Z' }, /must end after it takes effect/],
    ['no duty', { duties: [] }, /at least one duty/],
    [
      'a bad deadline',
      { duties: [{ ...report, deadline: '2 hours' }] },
      /deadline of duty 1 "2 hours" is not a valid ISO-8601 duration/,
    ],
    ['a named duty without its city', { duties: [{ ...report, party: 'NAMED_CITY' }] }, /Duty 1: name the city/],
    [
      'a named duty for a non-party',
      { duties: [{ ...report, party: 'NAMED_CITY', cityId: 'huzhou' }] },
      /huzhou is not a party/,
    ],
    ['a city on an ORIGIN duty', { duties: [{ ...report, cityId: 'suzhou' }] }, /only for NAMED_CITY duties/],
    [
      'a duty category the agreement does not cover',
      { duties: [{ ...report, categories: ['PUBLIC_HEALTH'] }] },
      /does not cover PUBLIC_HEALTH/,
    ],
    [
      'resources without a quantity',
      { duties: [{ ...report, kind: 'PROVIDE_RESOURCES', resourceType: 'pump' }] },
      /quantity to provide must be a whole number of at least 1/,
    ],
    ['a quantity on a report duty', { duties: [{ ...report, quantity: 3 }] }, /belong only to PROVIDE_RESOURCES/],
    [
      'a duty that can never apply',
      { minimumLevel: 'II', duties: [{ ...report, fromLevel: 'IV' }] },
      /could never apply/,
    ],
    [
      'a fund contribution without its amount',
      { duties: [{ ...report, kind: 'FUND_CONTRIBUTION' }] },
      /how much each party contributes/,
    ],
    [
      'an amount on a report duty',
      { duties: [{ ...report, amount: { amountMinor: '100', currency: 'CNY' } }] },
      /amount belongs only to FUND_CONTRIBUTION/,
    ],
    [
      'a duty recurring more than daily',
      { duties: [{ ...report, recurrence: 'PT6H' }] },
      /recurrence of duty 1 PT6H is not allowed: give between P1D and P5Y/,
    ],
    [
      'a deadline of a million years',
      { duties: [{ ...report, deadline: 'P999999Y' }] },
      /deadline of duty 1 P999999Y is not allowed: give between PT1M and P1Y/,
    ],
    [
      'a deadline of billions of hours',
      { duties: [{ ...report, deadline: 'PT99999999999H' }] },
      /deadline of duty 1 PT99999999999H is not allowed: give between PT1M and P1Y/,
    ],
    ['a deadline just over a year', { duties: [{ ...report, deadline: 'P1Y1D' }] }, /between PT1M and P1Y/],
    [
      'a recurrence of a million years',
      { duties: [{ ...report, recurrence: 'P999999Y' }] },
      /recurrence of duty 1 P999999Y is not allowed: give between P1D and P5Y/,
    ],
    [
      'an implausible quantity to provide',
      { duties: [{ ...report, kind: 'PROVIDE_RESOURCES', resourceType: 'pump', quantity: 2_147_483_647 }] },
      /quantity to provide in duty 1 of 2147483647 units is implausibly large: at most 10,000,000/,
    ],
    [
      'two duties with one id',
      {
        duties: [
          { ...report, dutyId: 'x' },
          { ...report, dutyId: 'x' },
        ],
      },
      /Duty 2: the id "x" is used by another duty/,
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(() => validateTerms({ ...base, ...change }, members)).toThrow(BadInputError);
    expect(() => validateTerms({ ...base, ...change }, members)).toThrow(message);
  });
});
