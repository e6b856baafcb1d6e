import { BadInputError } from '../../../../src/domain/errors';
import { money, type MoneyWire } from '../../../../src/domain/compensation/money';
import {
  filingDeadline,
  validateClaim,
  validateCompensationTerms,
  type ClaimContext,
  type ClaimItemDraft,
  type CompensationTerms,
  type CompensationTermsDraft,
} from '../../../../src/domain/compensation/terms';

const cny = (amountMinor: string): MoneyWire => ({ amountMinor, currency: 'CNY' });
const parties = ['suzhou', 'jiaxing', 'shanghai', 'huzhou'];

const draft: CompensationTermsDraft = {
  coveredKinds: [
    { kind: 'PERSONNEL_HOURS' },
    { kind: 'TRANSPORT', capPerClaim: cny('1000000') }, // ¥10,000.00
    { kind: 'CONSUMABLES', capPerClaim: null },
  ],
  capPerClaim: cny('5000000'), // ¥50,000.00
  capPerEvent: cny('20000000'), // ¥200,000.00
  filingWindow: 'P90D',
  sharingRule: { kind: 'FUND_COVERS', fundBasisPoints: 4000, remainderRule: { kind: 'POPULATION_WEIGHTED' } },
  inKind: [
    { form: 'TRAINING', description: ' Flood-rescue training for 40 Jiaxing responders ', value: cny('30000000') },
  ],
};

describe('validateCompensationTerms', () => {
  test('defaults to CNY, orders kinds canonically, trims in-kind descriptions', () => {
    const terms = validateCompensationTerms(draft, parties);
    expect(terms).toEqual({
      currency: 'CNY',
      coveredKinds: [
        { kind: 'TRANSPORT', capPerClaim: money(1_000_000n, 'CNY') },
        { kind: 'CONSUMABLES' },
        { kind: 'PERSONNEL_HOURS' },
      ],
      capPerClaim: money(5_000_000n, 'CNY'),
      capPerEvent: money(20_000_000n, 'CNY'),
      filingWindow: 'P90D',
      sharingRule: { kind: 'FUND_COVERS', fundBasisPoints: 4000, remainderRule: { kind: 'POPULATION_WEIGHTED' } },
      inKind: [
        {
          form: 'TRAINING',
          description: 'Flood-rescue training for 40 Jiaxing responders',
          value: money(30_000_000n, 'CNY'),
        },
      ],
    });
  });

  test('caps and in-kind forms are optional', () => {
    const terms = validateCompensationTerms(
      { coveredKinds: [{ kind: 'TRANSPORT' }], filingWindow: 'P1M', sharingRule: { kind: 'EQUAL_SHARE' } },
      parties,
    );
    expect(terms).toEqual({
      currency: 'CNY',
      coveredKinds: [{ kind: 'TRANSPORT' }],
      filingWindow: 'P1M',
      sharingRule: { kind: 'EQUAL_SHARE' },
      inKind: [],
    });
  });

  test.each<[string, Partial<CompensationTermsDraft>, RegExp]>([
    ['no covered kind', { coveredKinds: [] }, /at least one cost kind/],
    ['an unknown kind', { coveredKinds: [{ kind: 'LUNCH' as never }] }, /Unknown cost kind "LUNCH"/],
    [
      'a kind listed twice',
      { coveredKinds: [{ kind: 'TRANSPORT' }, { kind: 'TRANSPORT' }] },
      /transport is listed twice/,
    ],
    [
      'a zero kind cap',
      { coveredKinds: [{ kind: 'EQUIPMENT_WEAR', capPerClaim: cny('0') }] },
      /equipment wear and loss cap must be more than ¥0.00/,
    ],
    [
      'a kind cap with decimals',
      { coveredKinds: [{ kind: 'TRANSPORT', capPerClaim: cny('100.50') }] },
      /transport cap must be a whole number of minor units/,
    ],
    ['a negative claim cap', { capPerClaim: cny('-1') }, /cap per claim cannot be negative/],
    [
      'a cap in another currency',
      { capPerEvent: { amountMinor: '100', currency: 'USD' } },
      /cap per event is in USD, but this agreement compensates in CNY/,
    ],
    [
      'a claim cap above the event cap',
      { capPerClaim: cny('30000000') },
      /cap per claim \(¥300,000.00\) is above the cap per event \(¥200,000.00\)/,
    ],
    ['a bad currency', { currency: 'yuan' }, /currency of the compensation terms must be an ISO 4217 code/],
    [
      'a filing window that is not a duration',
      { filingWindow: '90 days' },
      /filing window "90 days" is not a valid ISO-8601 duration/,
    ],
    [
      'a filing window under a day',
      { filingWindow: 'PT12H' },
      /filing window PT12H is not allowed: give between P1D and P2Y/,
    ],
    [
      'fixed shares not adding up to 100%',
      {
        sharingRule: {
          kind: 'FIXED_SHARES',
          shares: [
            { cityId: 'suzhou', basisPoints: 6000 },
            { cityId: 'shanghai', basisPoints: 3000 },
          ],
        },
      },
      /add up to 90%; they must add up to exactly 100%/,
    ],
    [
      'a share for a city outside the agreement',
      { sharingRule: { kind: 'FIXED_SHARES', shares: [{ cityId: 'ningbo', basisPoints: 10_000 }] } },
      /ningbo is given a share but is not a party/,
    ],
    [
      'an in-kind form that is not one',
      { inKind: [{ form: 'CASH' as never, description: 'x', value: cny('1') }] },
      /form of in-kind entry 1 must be one of: SPECIAL_FUND, TRAINING, PLATFORM_BUILDING/,
    ],
    [
      'an in-kind entry without a description',
      { inKind: [{ form: 'PLATFORM_BUILDING', description: ' ', value: cny('1') }] },
      /description of in-kind entry 1 \(emergency platform building\) cannot be empty/,
    ],
    [
      'an in-kind entry without a value',
      { inKind: [{ form: 'SPECIAL_FUND', description: 'Basin fund', value: cny('0') }] },
      /stated value of in-kind entry 1 \(special fund\) must be more than ¥0.00/,
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(() => validateCompensationTerms({ ...draft, ...change }, parties)).toThrow(BadInputError);
    expect(() => validateCompensationTerms({ ...draft, ...change }, parties)).toThrow(message);
  });
});

describe('validateClaim', () => {
  const terms: CompensationTerms = validateCompensationTerms(draft, parties);
  const truck: ClaimItemDraft = {
    kind: 'TRANSPORT',
    description: 'Pump trucks Jiaxing–Suzhou, 3 round trips',
    amount: cny('600000'),
    evidenceRefs: ['invoice-2026-0712'],
  };
  const sandbags: ClaimItemDraft = {
    kind: 'CONSUMABLES',
    description: '4,000 sandbags',
    amount: cny('1200000'),
    evidenceRefs: ['delivery-note-88'],
  };
  const hours: ClaimItemDraft = {
    kind: 'PERSONNEL_HOURS',
    description: '320 responder hours',
    amount: cny('2400000'),
    evidenceRefs: ['timesheet-7'],
  };
  const context: ClaimContext = {
    eventClosedAt: '2026-07-21T00:00:00.000Z',
    now: '2026-08-01T00:00:00.000Z',
    approvedForEvent: money(0n, 'CNY'),
    claimantCityId: 'jiaxing',
    originCityId: 'suzhou',
  };

  test('returns the checked items and the total', () => {
    const claim = validateClaim([truck, sandbags, hours], terms, context);
    expect(claim.total).toEqual(money(4_200_000n, 'CNY'));
    expect(claim.items[0]).toEqual({
      kind: 'TRANSPORT',
      description: 'Pump trucks Jiaxing–Suzhou, 3 round trips',
      amount: money(600_000n, 'CNY'),
      evidenceRefs: ['invoice-2026-0712'],
    });
  });

  test('accepts a claim while the event is still open, and on the last instant of the window', () => {
    expect(() => validateClaim([truck], terms, { ...context, eventClosedAt: null })).not.toThrow();
    expect(filingDeadline('P90D', '2026-07-21T00:00:00.000Z')).toBe('2026-10-19T00:00:00.000Z');
    expect(filingDeadline('P90D', null)).toBeNull();
    expect(() => validateClaim([truck], terms, { ...context, now: '2026-10-19T00:00:00.000Z' })).not.toThrow();
  });

  test('accepts a claim up to exactly the caps', () => {
    expect(() => validateClaim([{ ...truck, amount: cny('1000000') }], terms, context)).not.toThrow();
    expect(() =>
      validateClaim([{ ...hours, amount: cny('5000000') }], terms, {
        ...context,
        approvedForEvent: money(15_000_000n, 'CNY'),
      }),
    ).not.toThrow();
  });

  test.each<[string, ClaimItemDraft[], Partial<ClaimContext>, string | RegExp]>([
    ['no items', [], {}, 'A claim needs at least one cost item.'],
    ['too many items', Array(51).fill(truck), {}, /at most 50 cost items/],
    [
      'an uncovered kind',
      [truck, { ...truck, kind: 'EQUIPMENT_WEAR', description: 'Pump wear' }],
      {},
      'Item 2 (equipment wear and loss): the agreement does not compensate equipment wear and loss. It covers transport, consumables, personnel hours.',
    ],
    [
      'an item over its kind cap',
      [sandbags, hours, { ...truck, amount: cny('1200000') }],
      {},
      'Item 3 (transport): ¥12,000.00 is over the transport cap of ¥10,000.00 per claim.',
    ],
    [
      'items of one kind adding up over its cap',
      [truck, sandbags, truck],
      {},
      'Item 3 (transport): with this item the transport costs come to ¥12,000.00, over the transport cap of ¥10,000.00 per claim.',
    ],
    [
      'a claim over the cap per claim',
      [hours, hours, sandbags],
      {},
      'The claim comes to ¥60,000.00, over the cap of ¥50,000.00 per claim.',
    ],
    [
      'a claim over what is left of the cap per event',
      [hours, sandbags],
      { approvedForEvent: money(17_000_000n, 'CNY') },
      'The claim comes to ¥36,000.00; with ¥170,000.00 already approved for this event, that is over the cap of ¥200,000.00 per event (¥30,000.00 left).',
    ],
    [
      'a claim when the event cap is used up',
      [truck],
      { approvedForEvent: money(20_000_000n, 'CNY') },
      /per event \(nothing left\)/,
    ],
    [
      'an item without evidence',
      [truck, { ...sandbags, evidenceRefs: [] }],
      {},
      /Item 2 \(consumables\): attach at least one evidence reference/,
    ],
    [
      'a blank evidence reference',
      [{ ...sandbags, evidenceRefs: [' '] }],
      {},
      /evidence reference of item 1 \(consumables\) cannot be empty/,
    ],
    [
      'too much evidence',
      [{ ...sandbags, evidenceRefs: Array<string>(21).fill('doc') }],
      {},
      /at most 20 evidence references/,
    ],
    ['an item without a description', [{ ...truck, description: '' }], {}, /description of item 1 cannot be empty/],
    [
      'an amount in yuan with decimals',
      [{ ...truck, amount: cny('6000.00') }],
      {},
      /amount of item 1 must be a whole number of minor units \(fen for CNY\)/,
    ],
    ['a zero amount', [{ ...truck, amount: cny('0') }], {}, /amount of item 1 must be more than ¥0.00/],
    ['a negative amount', [{ ...truck, amount: cny('-600000') }], {}, /amount of item 1 cannot be negative/],
    [
      'an amount in another currency',
      [{ ...truck, amount: { amountMinor: '600000', currency: 'USD' } }],
      {},
      /amount of item 1 is in USD, but this agreement compensates in CNY/,
    ],
  ])('refuses %s', (_name, items, change, message) => {
    expect(() => validateClaim(items, terms, { ...context, ...change })).toThrow(BadInputError);
    expect(() => validateClaim(items, terms, { ...context, ...change })).toThrow(message);
  });

  test('refuses a claim after the filing window as a state CONFLICT, naming the deadline', () => {
    const late = () => validateClaim([truck], terms, { ...context, now: '2026-10-19T00:00:00.001Z' });
    expect(late).toThrow(
      'The filing window has ended: claims under this agreement are filed within P90D of the event closing (closed 2026-07-21T00:00:00.000Z, deadline 2026-10-19T00:00:00.000Z).',
    );
    expect(late).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        details: { currentState: 'CLOSED', deadline: '2026-10-19T00:00:00.000Z' },
      }) as Error,
    );
    expect(() => validateClaim([truck], terms, { ...context, now: '2026-10-19T00:00:00.000Z' })).not.toThrow();
  });

  test('refuses the origin city claiming when the origin pays', () => {
    const originPays = validateCompensationTerms({ ...draft, sharingRule: { kind: 'ORIGIN_PAYS' } }, parties);
    const origin = { ...context, claimantCityId: 'suzhou' };
    expect(() => validateClaim([truck], originPays, origin)).toThrow(
      /suzhou is the origin of this event: a city cannot claim compensation from itself/,
    );
    // With the fund covering part and the origin paying the rest, the origin still cannot claim; with 100% from the fund it can.
    const fundThenOrigin = (fundBasisPoints: number) =>
      validateCompensationTerms(
        { ...draft, sharingRule: { kind: 'FUND_COVERS', fundBasisPoints, remainderRule: { kind: 'ORIGIN_PAYS' } } },
        parties,
      );
    expect(() => validateClaim([truck], fundThenOrigin(4000), origin)).toThrow(/cannot claim compensation from itself/);
    expect(() => validateClaim([truck], fundThenOrigin(10_000), origin)).not.toThrow();
    // Other rules let the origin claim; the others pay.
    expect(() => validateClaim([truck], terms, origin)).not.toThrow();
  });
});
