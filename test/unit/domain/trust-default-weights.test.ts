import {
  DEFAULT_SEVERITY,
  MAX_INCIDENT_WEIGHT,
  SEVERITY_WEIGHT,
  explainStanding,
  standingAt,
  type ComplianceKind,
  type Incident,
  type TrustEvidence,
} from '../../../src/domain/trust/standing';

const YEAR = { halfLifeDays: 365 };
const NOW = '2026-06-30T00:00:00.000Z';
const DAY_MS = 86_400_000;
const daysBefore = (days: number) => new Date(Date.parse(NOW) - days * DAY_MS).toISOString();
const TAIPU: Incident = { id: 'evt-taipu', label: 'the natural disaster at Taipu River (28 June 2026)' };
const HAIHE: Incident = { id: 'evt-haihe', label: 'the natural disaster at Haihe (1 May 2026)' };

let sequence = 0;
const record = (kind: ComplianceKind, fields: Partial<TrustEvidence> = {}): TrustEvidence => ({
  recordId: `r${++sequence}`,
  kind,
  severity: DEFAULT_SEVERITY[kind],
  at: NOW,
  counts: true,
  note: '',
  ...fields,
});
/** The records CityPact writes about one obligation: its id shared, in the event given. */
const obligation = (outcome: 'ON_TIME' | 'LATE' | 'LATE_THEN_FULFILLED', fields: Partial<TrustEvidence> = {}) => {
  const obligationId = `obl${++sequence}`;
  const late = record('LATE', { obligationId, at: daysBefore(3), ...fields });
  if (outcome === 'ON_TIME') return [record('FULFILLED', { obligationId, ...fields })];
  if (outcome === 'LATE') return [late];
  return [late, record('FULFILLED_LATE', { obligationId, ...fields, at: NOW })];
};
const times = <T>(n: number, make: () => T[]): T[] => Array.from({ length: n }, make).flat();

describe('the default weights', () => {
  test('an obligation weighs the same honoured or missed: its outcomes default to MINOR', () => {
    for (const kind of ['FULFILLED', 'FULFILLED_LATE', 'LATE', 'CONTRIBUTION_MISSED'] as const)
      expect(DEFAULT_SEVERITY[kind]).toBe('MINOR');
    // What a person records keeps its weight by kind.
    expect(SEVERITY_WEIGHT[DEFAULT_SEVERITY.SLOW_RESPONSE]).toBe(2);
    expect(SEVERITY_WEIGHT[DEFAULT_SEVERITY.REFUSED_JOINT_ACTION]).toBe(4);
    expect(SEVERITY_WEIGHT[DEFAULT_SEVERITY.CONCEALED_OR_FALSE_REPORT]).toBe(8);
    expect(MAX_INCIDENT_WEIGHT).toBe(3);
  });

  test('half of many duties on time is a score of one half, and stands above no record at all', () => {
    // r = s = 10: 11/22 = 0.5 (it was 11/32 ≈ 0.34 when a LATE weighed twice a fulfilment).
    const half = standingAt(
      [...times(10, () => obligation('ON_TIME')), ...times(10, () => obligation('LATE', { at: NOW }))],
      NOW,
      YEAR,
    );
    expect(half.score).toBeCloseTo(0.5, 12);
    const none = standingAt([], NOW, YEAR);
    expect(half.lowerBound).toBeGreaterThan(none.lowerBound + 0.25);
  });

  test.each<[string, number, number]>([
    // Most commitments honoured, a few missed: r on time, s late (all fresh MINOR, outside any event).
    ['4 of 5 on time', 4, 1],
    ['7 of 10 on time', 7, 3],
    ['9 of 12 on time', 9, 3],
  ])('%s stands above a member with no record, in score and in lower bound', (_name, good, bad) => {
    const member = standingAt(
      [...times(good, () => obligation('ON_TIME')), ...times(bad, () => obligation('LATE', { at: NOW }))],
      NOW,
      YEAR,
    );
    const none = standingAt([], NOW, YEAR);
    expect(member.score).toBeCloseTo((good + 1) / (good + bad + 2), 12);
    expect(member.score).toBeGreaterThan(none.score);
    expect(member.lowerBound).toBeGreaterThan(none.lowerBound);
  });
});

describe('one obligation, one outcome', () => {
  test('a late fulfilment replaces the lateness recorded before it: honoured in part, not a breach twice over', () => {
    const [late, fulfilledLate] = obligation('LATE_THEN_FULFILLED');
    // Now: only FULFILLED_LATE counts, half and half: r = s = 0.5, 1.5/3 = 0.5.
    const now = standingAt([late, fulfilledLate], NOW, YEAR);
    expect(now).toMatchObject({ positive: 0.5, negative: 0.5, recordsCounted: 1 });
    expect(now.score).toBe(0.5);
    expect(now).toEqual(standingAt([fulfilledLate], NOW, YEAR));
    // Before the fulfilment, the lateness counted: s = 0.5^(2/365) (two days old), score 1/(2 + s).
    const before = standingAt([late, fulfilledLate], daysBefore(1), YEAR);
    expect(before.negative).toBeCloseTo(0.5 ** (2 / 365), 12);
    expect(before.recordsCounted).toBe(1);
  });

  test('on time beats late then fulfilled, which beats never fulfilled', () => {
    const onTime = standingAt(obligation('ON_TIME'), NOW, YEAR).score;
    const lateThenDone = standingAt(obligation('LATE_THEN_FULFILLED'), NOW, YEAR).score;
    const never = standingAt(obligation('LATE', { at: NOW }), NOW, YEAR).score;
    // 2/3 > 1/2 > 1/3.
    expect([onTime, lateThenDone, never]).toEqual([2 / 3, 0.5, 1 / 3]);
  });

  test('records of other obligations, or without one, are not replaced', () => {
    const lateA = record('LATE', { obligationId: 'a', at: daysBefore(2) });
    const doneB = record('FULFILLED_LATE', { obligationId: 'b' });
    const manual = record('SLOW_RESPONSE', { severity: 'MINOR', at: daysBefore(2) });
    const standing = standingAt([lateA, doneB, manual], NOW, YEAR);
    expect(standing.recordsCounted).toBe(3);
    expect(standing.negative).toBeCloseTo(2 * 0.5 ** (2 / 365) + 0.5, 12);
  });

  test('an overturned late fulfilment replaces nothing', () => {
    const [late, fulfilledLate] = obligation('LATE_THEN_FULFILLED');
    expect(standingAt([late, { ...fulfilledLate, counts: false }], NOW, YEAR)).toEqual(standingAt([late], NOW, YEAR));
  });
});

describe('one incident cannot sink a long record', () => {
  // A year of good record: one obligation fulfilled on time every month (outside any event), 15 to 345 days old.
  const year = () => Array.from({ length: 12 }, (_, i) => record('FULFILLED', { at: daysBefore(30 * i + 15) }));

  test('seven obligations late in one flood weigh as three, keeping the record well above one half', () => {
    const good = year();
    const flood = times(7, () => obligation('LATE', { incident: TAIPU }));
    const before = standingAt(good, NOW, YEAR);
    const after = standingAt([...good, ...flood], NOW, YEAR);
    // Seven late outcomes of one event, each 0.5^(3/365), capped together at 3.
    expect(after.negative).toBeCloseTo(3, 12);
    expect(after.positive).toBeCloseTo(before.positive, 12);
    expect(after.score).toBeGreaterThan(0.7);
    expect(after.lowerBound).toBeGreaterThan(0.5);
    // Without the cap (seven separate events) the same lateness would weigh 7.
    const scattered = Array.from({ length: 7 }, (_, i) =>
      obligation('LATE', { incident: { id: `evt-${i}`, label: `event ${i}` } }),
    ).flat();
    expect(standingAt([...good, ...scattered], NOW, YEAR).negative).toBeCloseTo(7 * 0.5 ** (3 / 365), 12);
  });

  test('the cap keeps the event’s share honoured, and each event has its own', () => {
    // Taipu: 4 on time and 2 late, weight 6 → scaled by 3/6: r = 2, s = 1. Haihe: 1 on time, under the cap.
    const records = [
      ...times(4, () => obligation('ON_TIME', { incident: TAIPU })),
      ...times(2, () => obligation('LATE', { incident: TAIPU, at: NOW })),
      ...obligation('ON_TIME', { incident: HAIHE }),
    ];
    const standing = standingAt(records, NOW, YEAR);
    expect(standing.positive).toBeCloseTo(3, 12);
    expect(standing.negative).toBeCloseTo(1, 12);
  });

  test('what a person records about an event is not capped: a deliberate judgment keeps its severity', () => {
    const refusals = [
      record('REFUSED_JOINT_ACTION', { incident: TAIPU }),
      record('CONCEALED_OR_FALSE_REPORT', { incident: TAIPU }),
    ];
    // 4 + 8 = 12, all of it.
    expect(standingAt(refusals, NOW, YEAR).negative).toBe(12);
  });

  test('the flood in the explanation: where the points went, and what fulfilling would give back', () => {
    const good = year();
    const flood = times(7, () => obligation('LATE', { incident: TAIPU }));
    const explanation = explainStanding([...good, ...flood], NOW, YEAR);
    const floodGroup = explanation.driverGroups.find((group) => group.incident?.id === TAIPU.id)!;
    // The flood comes last in time, so its share is exactly what the standing would be without it.
    expect(floodGroup.effect).toBeCloseTo(explanation.standing.score - standingAt(good, NOW, YEAR).score, 12);
    expect(floodGroup.explanation).toMatch(
      /^7 obligations not fulfilled on time in the natural disaster at Taipu River \(28 June 2026\): \u2212\d+\.\d points$/,
    );
    // Fulfilling the seven now replaces each lateness with a late fulfilment: r = 8.69 + 1.5, s = 1.5 after the cap.
    expect(explanation.outstanding.obligations).toBe(7);
    const expected = standingAt(
      [
        ...good,
        ...flood.map((late) => ({
          ...late,
          recordId: `${late.recordId}-done`,
          kind: 'FULFILLED_LATE' as const,
          at: NOW,
        })),
        ...flood,
      ],
      NOW,
      YEAR,
    );
    expect(explanation.outstanding.standingIfFulfilled.score).toBeCloseTo(expected.score, 12);
    expect(explanation.summary).toContain(
      `Fulfilling the 7 obligations still recorded as late would raise it to ${(expected.score * 100).toFixed(1)} points`,
    );
  });
});
