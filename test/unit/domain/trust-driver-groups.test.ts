import {
  COMPLIANCE_KINDS,
  DEFAULT_SEVERITY,
  SEVERITIES,
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
const TAIPU: Incident = { id: 'evt-taipu', label: 'the accident at Taipu River (20 June 2026)' };
const HAIHE: Incident = { id: 'evt-haihe', label: 'the natural disaster at Haihe (1 March 2026)' };

let sequence = 0;
const record = (kind: ComplianceKind, fields: Partial<TrustEvidence> = {}): TrustEvidence => ({
  recordId: `r${String(++sequence).padStart(4, '0')}`,
  kind,
  severity: DEFAULT_SEVERITY[kind],
  at: NOW,
  counts: true,
  note: '',
  ...fields,
});
const many = (count: number, kind: ComplianceKind, fields: Partial<TrustEvidence> = {}) =>
  Array.from({ length: count }, () => record(kind, fields));

/** Signed points from "+1.2 points" / "−30.0 points", in tenths. */
const tenthsIn = (text: string) =>
  [...text.matchAll(/([+\u2212])(\d+\.\d) points/g)].map(
    ([, sign, value]) => (sign === '+' ? 1 : -1) * Math.round(Number(value) * 10),
  );

/** A small deterministic generator, so the random histories are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomHistory(seed: number): TrustEvidence[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: 5 + Math.floor(next() * 40) }, () => {
    const kind = pick(COMPLIANCE_KINDS);
    const obligationId = next() < 0.5 ? `o${Math.floor(next() * 8)}` : undefined;
    const incident = next() < 0.5 ? pick([TAIPU, HAIHE]) : undefined;
    return record(kind, {
      severity: pick(SEVERITIES),
      at: daysBefore(Math.floor(next() * 900)),
      counts: next() > 0.1,
      ...(obligationId ? { obligationId } : {}),
      ...(incident ? { incident } : {}),
    });
  });
}

const SCENARIOS: Array<[string, TrustEvidence[]]> = [
  ['no records', []],
  ['one fulfilment today', many(1, 'FULFILLED')],
  [
    'a long good record and a flood with seven late obligations',
    [
      ...Array.from({ length: 12 }, (_, i) => record('FULFILLED', { at: daysBefore(30 * i + 15) })),
      ...Array.from({ length: 7 }, (_, i) =>
        record('LATE', { obligationId: `t${i}`, incident: TAIPU, at: daysBefore(5) }),
      ),
    ],
  ],
  [
    'old records fading and a late fulfilment replacing its lateness',
    [
      record('FULFILLED', { at: daysBefore(500) }),
      record('SLOW_RESPONSE', { at: daysBefore(400) }),
      record('LATE', { obligationId: 'h1', incident: HAIHE, at: daysBefore(100) }),
      record('FULFILLED_LATE', { obligationId: 'h1', incident: HAIHE, at: daysBefore(20) }),
      record('EVALUATION_REWARD', { at: daysBefore(10) }),
    ],
  ],
  [
    'nothing in the last 12 months: only fading',
    [...many(5, 'FULFILLED', { at: daysBefore(600) }), record('NON_COOPERATION', { at: daysBefore(700) })],
  ],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, TrustEvidence[]] => [`random history ${seed}`, randomHistory(seed)]),
];

describe('the groups of drivers add up to the change', () => {
  test.each(SCENARIOS)('%s', (_name, records) => {
    const explanation = explainStanding(records, NOW, YEAR);
    const sum = explanation.driverGroups.reduce((total, group) => total + group.effect, 0);
    expect(sum).toBeCloseTo(explanation.change, 12);
    // As shown: whole tenths of a point adding up to the change the summary states.
    const shownChange = Math.round(Number((explanation.change * 100).toFixed(1)) * 10);
    expect(explanation.driverGroups.reduce((total, group) => total + group.tenthsShown, 0)).toBe(shownChange);
    for (const group of explanation.driverGroups) {
      expect(Math.abs(group.tenthsShown - group.effect * 1000)).toBeLessThan(1);
      expect(tenthsIn(group.explanation)).toEqual(group.tenthsShown === 0 ? [] : [group.tenthsShown]);
    }
    // The summary's sentence about them adds up too: the change it names is the sum of the parts it lists.
    const sentence = explanation.summary.match(/The change of [^:]+ over 12 months comes from: .*?\.(?= |$)/)?.[0];
    if (shownChange === 0 && explanation.driverGroups.every((group) => group.tenthsShown === 0)) {
      expect(sentence).toBeUndefined();
    } else {
      const [total, ...parts] = tenthsIn(sentence!);
      expect(total).toBe(shownChange);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  test.each(SCENARIOS)('every record weighing then or now is in exactly one group: %s', (_name, records) => {
    const explanation = explainStanding(records, NOW, YEAR);
    const grouped = explanation.driverGroups.flatMap((group) => group.recordIds);
    expect(new Set(grouped).size).toBe(grouped.length);
    const counted = records.filter((r) => r.counts && r.at <= NOW).map((r) => r.recordId);
    expect([...grouped].sort()).toEqual(counted.filter((id) => grouped.includes(id)).sort());
    // Every record counted now is in a group (it weighs now, so it moved the score).
    const now = standingAt(records, NOW, YEAR);
    expect(explanation.driverGroups.reduce((n, group) => n + group.records, 0)).toBeGreaterThanOrEqual(
      now.recordsCounted,
    );
  });

  test('the same records in another order give the same groups', () => {
    const records = randomHistory(42);
    const forward = explainStanding(records, NOW, YEAR).driverGroups;
    const backward = explainStanding([...records].reverse(), NOW, YEAR).driverGroups;
    expect(backward.map((g) => [g.kind, g.incident?.id, g.effect, g.tenthsShown])).toEqual(
      forward.map((g) => [g.kind, g.incident?.id, g.effect, g.tenthsShown]),
    );
  });
});

describe('what a group says', () => {
  test('the latest group’s share is exactly what the standing would be without it', () => {
    const good = Array.from({ length: 12 }, (_, i) => record('FULFILLED', { at: daysBefore(30 * i + 15) }));
    const flood = Array.from({ length: 7 }, (_, i) =>
      record('LATE', { obligationId: `f${i}`, incident: TAIPU, at: daysBefore(2) }),
    );
    const explanation = explainStanding([...good, ...flood], NOW, YEAR);
    expect(explanation.driverGroups.map((g) => [g.kind, g.incident?.id, g.records])).toEqual([
      ['FULFILLED', undefined, 12],
      ['LATE', TAIPU.id, 7],
    ]);
    const [goodGroup, floodGroup] = explanation.driverGroups;
    const withoutFlood = standingAt(good, NOW, YEAR).score;
    expect(floodGroup.effect).toBeCloseTo(explanation.standing.score - withoutFlood, 12);
    // Twelve months ago nothing counted (0.5): the year's fulfilments took it to the score without the flood.
    expect(goodGroup.effect).toBeCloseTo(withoutFlood - 0.5, 12);
    expect(goodGroup.explanation).toMatch(/^12 commitments fulfilled on time: \+\d+\.\d points$/);
  });

  test('a lateness replaced by its late fulfilment is that obligation, counted once, with the late fulfilments', () => {
    // Late since before the 12 months began, fulfilled late 20 days ago.
    const records = [
      record('LATE', { obligationId: 'h1', incident: HAIHE, at: daysBefore(400) }),
      record('FULFILLED_LATE', { obligationId: 'h1', incident: HAIHE, at: daysBefore(20) }),
    ];
    const [group] = explainStanding(records, NOW, YEAR).driverGroups;
    expect(explainStanding(records, NOW, YEAR).driverGroups).toHaveLength(1);
    expect(group).toMatchObject({ kind: 'FULFILLED_LATE', incident: HAIHE, records: 1 });
    expect(group.recordIds).toHaveLength(2);
    expect(group.explanation).toMatch(
      /^1 obligation fulfilled late in the natural disaster at Haihe \(1 March 2026\): /,
    );
    // Replaced within the 12 months, not merely older: it does not say it faded.
    expect(group.explanation).not.toMatch(/counting less with age/);
  });

  test('older records that only faded say so', () => {
    const records = many(5, 'FULFILLED', { at: daysBefore(600) });
    const [group] = explainStanding(records, NOW, YEAR).driverGroups;
    expect(group.effect).toBeLessThan(0);
    expect(group.explanation).toMatch(
      /^5 commitments fulfilled on time: \u2212\d+\.\d points \(older records counting less with age\)$/,
    );
  });

  test('more than four groups: the summary names the three largest and adds up the rest', () => {
    const records = [
      ...many(6, 'FULFILLED', { at: daysBefore(40) }),
      record('SLOW_RESPONSE', { at: daysBefore(30) }),
      record('INCOMPLETE_REPORT', { at: daysBefore(20) }),
      record('EVALUATION_REWARD', { at: daysBefore(10) }),
      record('NON_COOPERATION', { severity: 'MINOR', at: daysBefore(5) }),
    ];
    const explanation = explainStanding(records, NOW, YEAR);
    expect(explanation.driverGroups).toHaveLength(5);
    const sentence = explanation.summary.match(/The change of .*? comes from: .*?\.(?= |$)/)![0];
    const [, ...parts] = tenthsIn(sentence);
    expect(parts).toHaveLength(4);
    expect(sentence).toMatch(/; other records: [+\u2212]\d+\.\d points\.$/);
    const [largest, second, third, ...rest] = explanation.driverGroups;
    expect(parts).toEqual([
      largest.tenthsShown,
      second.tenthsShown,
      third.tenthsShown,
      rest.reduce((n, g) => n + g.tenthsShown, 0),
    ]);
  });

  test('the summary says what would raise the standing', () => {
    // r = 3: 4/5; one more on time: 5/6 ≈ 83.3, bound 0.1^(1/5) ≈ 63.1.
    const explanation = explainStanding(many(3, 'FULFILLED'), NOW, YEAR);
    expect(explanation.summary).toContain(
      'One more obligation fulfilled on time would raise it to 83.3 points (at least 63.1).',
    );
    expect(explanation.summaryWithoutRecords).toContain('One more obligation fulfilled on time would raise it to 83.3');
    expect(explanation.summary.startsWith(explanation.summaryWithoutRecords)).toBe(true);
    expect(explanation.summaryWithoutRecords).not.toMatch(/comes from|still recorded as late/);
  });
});
