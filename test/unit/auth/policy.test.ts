import type { Caller } from '../../../src/auth/caller';
import {
  ACTIONS,
  canSeeCluster,
  decide,
  visibleClusterIds,
  type Action,
  type Resource,
} from '../../../src/auth/policy';
import { ROLES } from '../../../src/domain/roles';

const coordinatorJjj: Caller = { id: 'c1', displayName: 'JJJ office', role: 'COORDINATOR', clusterId: 'jjj' };
const langfang: Caller = { id: 'l1', displayName: 'Langfang', role: 'CITY', clusterId: 'jjj', cityId: 'langfang' };
const evaluatorJjj: Caller = { id: 'e1', displayName: 'Institute', role: 'EVALUATOR', clusterId: 'jjj' };
const superior: Caller = { id: 's1', displayName: 'Ministry', role: 'SUPERIOR', clusterIds: ['jjj', 'yrd'] };
const coordinatorYrd: Caller = { id: 'c2', displayName: 'YRD office', role: 'COORDINATOR', clusterId: 'yrd' };
const jiaxing: Caller = { id: 'j1', displayName: 'Jiaxing', role: 'CITY', clusterId: 'yrd', cityId: 'jiaxing' };
const outsiderSuperior: Caller = { id: 's2', displayName: 'Other province', role: 'SUPERIOR', clusterIds: ['prd'] };

const jjj: Resource = { clusterId: 'jjj', formationMode: 'SUPERIOR_LED' };
const yrd: Resource = { clusterId: 'yrd', formationMode: 'PARALLEL_VOLUNTARY' };
const langfangCity: Resource = { clusterId: 'jjj', cityId: 'langfang' };
const tianjinCity: Resource = { clusterId: 'jjj', cityId: 'tianjin' };
const langfangInFlood: Resource = {
  clusterId: 'jjj',
  cityId: 'langfang',
  cityName: 'Langfang',
  partyCityIds: ['tianjin', 'langfang'],
};

type Outcome = 'allowed' | 'hidden' | 'forbidden';
const cases: Array<[string, Caller, Action, Resource, Outcome]> = [
  // reading a cluster and its cities: every member, evaluator and overseeing superior; nobody else even sees it
  ['coordinator reads own cluster', coordinatorJjj, 'cluster:read', jjj, 'allowed'],
  ['city reads own cluster', langfang, 'cluster:read', jjj, 'allowed'],
  ['evaluator reads accredited cluster', evaluatorJjj, 'cluster:read', jjj, 'allowed'],
  ['superior reads overseen cluster', superior, 'cluster:read', yrd, 'allowed'],
  ['coordinator of another cluster', coordinatorYrd, 'cluster:read', jjj, 'hidden'],
  ['city of another cluster', jiaxing, 'cluster:read', jjj, 'hidden'],
  ['superior not overseeing it', outsiderSuperior, 'cluster:read', jjj, 'hidden'],
  ['city reads a partner city', langfang, 'city:read', tianjinCity, 'allowed'],
  ['city of another cluster reads a city', jiaxing, 'city:read', tianjinCity, 'hidden'],
  // audit log: coordination office and superior only
  ['coordinator reads audit log', coordinatorJjj, 'audit:read', jjj, 'allowed'],
  ['superior reads audit log', superior, 'audit:read', jjj, 'allowed'],
  ['city reads audit log', langfang, 'audit:read', jjj, 'forbidden'],
  ['evaluator reads audit log', evaluatorJjj, 'audit:read', jjj, 'forbidden'],
  ['other coordinator reads audit log', coordinatorYrd, 'audit:read', jjj, 'hidden'],
  // baseline: a city officer, own city only
  ['city updates own baseline', langfang, 'city:updateBaseline', langfangCity, 'allowed'],
  ['city updates partner baseline', langfang, 'city:updateBaseline', tianjinCity, 'forbidden'],
  ['coordinator updates a baseline', coordinatorJjj, 'city:updateBaseline', langfangCity, 'forbidden'],
  ['evaluator updates a baseline', evaluatorJjj, 'city:updateBaseline', langfangCity, 'forbidden'],
  ['superior updates a baseline', superior, 'city:updateBaseline', langfangCity, 'forbidden'],
  ['city of another cluster updates a baseline', jiaxing, 'city:updateBaseline', langfangCity, 'hidden'],
  // mode switch: coordinator; superior only where it holds command
  ['coordinator switches mode', coordinatorJjj, 'cluster:setMode', jjj, 'allowed'],
  ['superior switches superior-led cluster', superior, 'cluster:setMode', jjj, 'allowed'],
  ['superior switches parallel voluntary cluster', superior, 'cluster:setMode', yrd, 'forbidden'],
  ['city switches mode', langfang, 'cluster:setMode', jjj, 'forbidden'],
  ['evaluator switches mode', evaluatorJjj, 'cluster:setMode', jjj, 'forbidden'],
  ['other coordinator switches mode', coordinatorYrd, 'cluster:setMode', jjj, 'hidden'],
  // agreements: the office manages; each party ratifies for itself
  ['coordinator manages agreements', coordinatorJjj, 'agreement:manage', jjj, 'allowed'],
  ['city manages agreements', langfang, 'agreement:manage', jjj, 'forbidden'],
  ['superior manages agreements', superior, 'agreement:manage', jjj, 'forbidden'],
  [
    'party city ratifies',
    langfang,
    'agreement:ratify',
    { clusterId: 'jjj', partyCityIds: ['langfang', 'tianjin'] },
    'allowed',
  ],
  [
    'non-party city ratifies',
    langfang,
    'agreement:ratify',
    { clusterId: 'jjj', partyCityIds: ['tianjin', 'beijing'] },
    'forbidden',
  ],
  [
    'coordinator ratifies for a city',
    coordinatorJjj,
    'agreement:ratify',
    { clusterId: 'jjj', partyCityIds: ['langfang'] },
    'forbidden',
  ],
  [
    'city of another cluster ratifies',
    jiaxing,
    'agreement:ratify',
    { clusterId: 'jjj', partyCityIds: ['jiaxing'] },
    'hidden',
  ],
  ['evaluator reads agreements', evaluatorJjj, 'agreement:read', jjj, 'allowed'],
  // risk events: the origin city reports its own territory; the office confirms and escalates
  ['city reports in its own territory', langfang, 'event:report', langfangCity, 'allowed'],
  ['city reports in a partner territory', langfang, 'event:report', tianjinCity, 'forbidden'],
  ['coordinator reports for any city', coordinatorJjj, 'event:report', tianjinCity, 'allowed'],
  ['evaluator reports', evaluatorJjj, 'event:report', langfangCity, 'forbidden'],
  ['origin city updates its event', langfang, 'event:update', langfangCity, 'allowed'],
  ['affected city updates the event', langfang, 'event:update', tianjinCity, 'forbidden'],
  ['coordinator confirms', coordinatorJjj, 'event:manage', jjj, 'allowed'],
  ['city confirms', langfang, 'event:manage', jjj, 'forbidden'],
  ['superior reads escalations', superior, 'escalation:read', jjj, 'allowed'],
  ['city reads escalations', langfang, 'escalation:read', jjj, 'forbidden'],
  // obligations: the obligee fulfils; the office waives
  ['city fulfils its own obligation', langfang, 'obligation:fulfil', langfangCity, 'allowed'],
  ["city fulfils a partner's obligation", langfang, 'obligation:fulfil', tianjinCity, 'forbidden'],
  ["coordinator fulfils a city's obligation", coordinatorJjj, 'obligation:fulfil', langfangCity, 'forbidden'],
  [
    "coordinator fulfils the office's obligation",
    coordinatorJjj,
    'obligation:fulfil',
    { clusterId: 'jjj', owedByOffice: true },
    'allowed',
  ],
  [
    "city fulfils the office's obligation",
    langfang,
    'obligation:fulfil',
    { clusterId: 'jjj', owedByOffice: true },
    'forbidden',
  ],
  ['coordinator waives', coordinatorJjj, 'obligation:waive', jjj, 'allowed'],
  ['evaluator waives', evaluatorJjj, 'obligation:waive', jjj, 'forbidden'],
  ['city waives', langfang, 'obligation:waive', langfangCity, 'forbidden'],
  ['other coordinator reads obligations', coordinatorYrd, 'obligation:read', jjj, 'hidden'],
];

describe('decide', () => {
  // The outcome second, so the title reads "name → outcome" rather than printing the caller.
  test.each(
    cases.map(([name, caller, action, resource, expected]) => [name, expected, caller, action, resource] as const),
  )('%s → %s', (_name, expected, caller, action, resource) => {
    expect(decide(caller, action, resource).outcome).toBe(expected);
  });

  test('a forbidden decision explains itself in words an official understands', () => {
    const decision = decide(langfang, 'city:updateBaseline', tianjinCity);
    expect(decision).toEqual({ outcome: 'forbidden', reason: "You can update only your own city's baseline facts." });
  });
});

// Compliance, trust and evaluations. `phrase`, when given, must appear in the forbidden reason shown to the official.
const langfangRecord: Resource = { clusterId: 'jjj', cityId: 'langfang' };
const tianjinRecord: Resource = { clusterId: 'jjj', cityId: 'tianjin' };
const officeRecord: Resource = { clusterId: 'jjj', owedByOffice: true };
const clusterRecords: Resource = { clusterId: 'jjj' };

type Evaluation = NonNullable<Resource['evaluation']>;
const evaluationOf = (evaluation: Partial<Evaluation>): Resource => ({
  clusterId: 'jjj',
  evaluation: { panelIds: ['e1'], targetKind: 'ACTIVITY', finalized: false, ...evaluation },
});
const openActivity = evaluationOf({});
const finalizedActivity = evaluationOf({ finalized: true });
const langfangParticipant = evaluationOf({ targetKind: 'PARTICIPANT', targetCityId: 'langfang' });
const tianjinParticipant = evaluationOf({ targetKind: 'PARTICIPANT', targetCityId: 'tianjin', finalized: true });
const otherPanel = evaluationOf({ panelIds: ['e9'] });
const evaluator2Jjj: Caller = { id: 'e2', displayName: 'Second institute', role: 'EVALUATOR', clusterId: 'jjj' };

const trustCases: Array<[string, Caller, Action, Resource, Outcome, string?]> = [
  // compliance:read: supervisors see every record; evaluators are narrowed by the service; a city sees its own and the office's
  ['coordinator reads a city record', coordinatorJjj, 'compliance:read', tianjinRecord, 'allowed'],
  ['superior reads a city record', superior, 'compliance:read', tianjinRecord, 'allowed'],
  [
    'evaluator reads a record of what it evaluates',
    evaluatorJjj,
    'compliance:read',
    { ...tianjinRecord, inEvaluatorScope: true },
    'allowed',
  ],
  ['evaluator reads a record outside what it evaluates', evaluatorJjj, 'compliance:read', tianjinRecord, 'hidden'],
  [
    'evaluator lists records outside what it evaluates',
    evaluatorJjj,
    'compliance:read',
    { ...tianjinRecord, selection: true },
    'forbidden',
    'about what it is evaluating',
  ],
  ['city reads a record about itself', langfang, 'compliance:read', langfangRecord, 'allowed'],
  ['city reads a record about the office', langfang, 'compliance:read', officeRecord, 'allowed'],
  [
    "city reads the whole cluster's records (the service narrows the list to its own)",
    langfang,
    'compliance:read',
    clusterRecords,
    'hidden',
  ],
  ['city reads a record about a partner', langfang, 'compliance:read', tianjinRecord, 'hidden'],
  ['city of another cluster reads records', jiaxing, 'compliance:read', langfangRecord, 'hidden'],
  ['coordinator of another cluster reads records', coordinatorYrd, 'compliance:read', officeRecord, 'hidden'],
  // compliance:record: superior about anyone; office about cities; a city about partners (checked by the service)
  ['superior records about a city', superior, 'compliance:record', langfangRecord, 'allowed'],
  ['superior records about the office', superior, 'compliance:record', officeRecord, 'allowed'],
  ['coordinator records about a city', coordinatorJjj, 'compliance:record', langfangRecord, 'allowed'],
  [
    'coordinator records about the office',
    coordinatorJjj,
    'compliance:record',
    officeRecord,
    'forbidden',
    'does not keep records about itself',
  ],
  [
    'city records a breach by a partner in something both take part in',
    langfang,
    'compliance:record',
    { ...tianjinRecord, sharedConcern: true },
    'allowed',
  ],
  [
    'city records about a city it shares nothing named with',
    langfang,
    'compliance:record',
    { ...tianjinRecord, cityName: 'Tianjin' },
    'forbidden',
    'Tianjin is not your partner',
  ],
  [
    'city records praise of a partner',
    langfang,
    'compliance:record',
    { ...tianjinRecord, sharedConcern: true, positiveKind: true },
    'forbidden',
    'A partner city records breaches',
  ],
  [
    'city records a sanction on a partner',
    langfang,
    'compliance:record',
    { ...tianjinRecord, sharedConcern: true, withConsequence: true },
    'forbidden',
    'Sanctions and rewards are decided',
  ],
  ['city records about itself', langfang, 'compliance:record', langfangRecord, 'forbidden', 'about itself'],
  [
    'city records about the office',
    langfang,
    'compliance:record',
    officeRecord,
    'forbidden',
    'kept by the superior level',
  ],
  [
    'evaluator records about a city',
    evaluatorJjj,
    'compliance:record',
    langfangRecord,
    'forbidden',
    'Evaluators report through evaluations',
  ],
  [
    'evaluator records about the office',
    evaluatorJjj,
    'compliance:record',
    officeRecord,
    'forbidden',
    'Evaluators report through evaluations',
  ],
  ['city of another cluster records', jiaxing, 'compliance:record', langfangRecord, 'hidden'],
  ['superior not overseeing the cluster records', outsiderSuperior, 'compliance:record', officeRecord, 'hidden'],
  // compliance:dispute: the subject disputes; the office disputes records about itself
  ['subject city disputes', langfang, 'compliance:dispute', langfangRecord, 'allowed'],
  [
    "city disputes a partner's record",
    langfang,
    'compliance:dispute',
    tianjinRecord,
    'forbidden',
    'Only the city the record is about',
  ],
  [
    'coordinator disputes a city record',
    coordinatorJjj,
    'compliance:dispute',
    langfangRecord,
    'forbidden',
    'Only the city the record is about',
  ],
  [
    'superior disputes a city record',
    superior,
    'compliance:dispute',
    langfangRecord,
    'forbidden',
    'Only the city the record is about',
  ],
  [
    'evaluator disputes a city record',
    evaluatorJjj,
    'compliance:dispute',
    langfangRecord,
    'forbidden',
    'Only the city the record is about',
  ],
  ['coordinator disputes an office record', coordinatorJjj, 'compliance:dispute', officeRecord, 'allowed'],
  [
    'city disputes an office record',
    langfang,
    'compliance:dispute',
    officeRecord,
    'forbidden',
    'Only the coordination office disputes',
  ],
  [
    'superior disputes an office record',
    superior,
    'compliance:dispute',
    officeRecord,
    'forbidden',
    'Only the coordination office disputes',
  ],
  [
    'evaluator disputes an office record',
    evaluatorJjj,
    'compliance:dispute',
    officeRecord,
    'forbidden',
    'Only the coordination office disputes',
  ],
  ['city of another cluster disputes', jiaxing, 'compliance:dispute', langfangRecord, 'hidden'],
  // compliance:resolve: the office for cities; the superior for the office, never the office itself
  [
    'coordinator resolves a dispute about a record the superior made',
    coordinatorJjj,
    'compliance:resolve',
    { ...langfangRecord, recordedBySuperior: true },
    'forbidden',
    'resolved there',
  ],
  [
    'superior resolves a dispute about its own record',
    superior,
    'compliance:resolve',
    { ...langfangRecord, recordedBySuperior: true },
    'allowed',
  ],
  ['coordinator resolves a city dispute', coordinatorJjj, 'compliance:resolve', langfangRecord, 'allowed'],
  [
    'subject city resolves its own dispute',
    langfang,
    'compliance:resolve',
    langfangRecord,
    'forbidden',
    'resolved by the coordination office',
  ],
  [
    'superior resolves a city dispute',
    superior,
    'compliance:resolve',
    langfangRecord,
    'forbidden',
    'resolved by the coordination office',
  ],
  [
    'evaluator resolves a city dispute',
    evaluatorJjj,
    'compliance:resolve',
    langfangRecord,
    'forbidden',
    'resolved by the coordination office',
  ],
  ['superior resolves an office dispute', superior, 'compliance:resolve', officeRecord, 'allowed'],
  [
    'coordinator resolves an office dispute',
    coordinatorJjj,
    'compliance:resolve',
    officeRecord,
    'forbidden',
    'not by the office itself',
  ],
  [
    'city resolves an office dispute',
    langfang,
    'compliance:resolve',
    officeRecord,
    'forbidden',
    'resolved by the superior level',
  ],
  [
    'evaluator resolves an office dispute',
    evaluatorJjj,
    'compliance:resolve',
    officeRecord,
    'forbidden',
    'resolved by the superior level',
  ],
  ['coordinator of another cluster resolves', coordinatorYrd, 'compliance:resolve', langfangRecord, 'hidden'],
  // trust:read: public inside the alliance, invisible outside it
  ['coordinator reads a standing', coordinatorJjj, 'trust:read', tianjinCity, 'allowed'],
  ["city reads a partner's standing", langfang, 'trust:read', tianjinCity, 'allowed'],
  ["city reads the office's standing", langfang, 'trust:read', officeRecord, 'allowed'],
  ['evaluator reads a standing', evaluatorJjj, 'trust:read', tianjinCity, 'allowed'],
  ['superior reads a standing', superior, 'trust:read', tianjinCity, 'allowed'],
  ['city of another cluster reads a standing', jiaxing, 'trust:read', tianjinCity, 'hidden'],
  ['superior not overseeing the cluster reads a standing', outsiderSuperior, 'trust:read', jjj, 'hidden'],
  // trust:readDrivers: a city sees the records behind its own and the office's standing only
  ['city reads its own drivers', langfang, 'trust:readDrivers', langfangCity, 'allowed'],
  [
    "city reads a partner's drivers",
    langfang,
    'trust:readDrivers',
    tianjinCity,
    'forbidden',
    "behind a partner's standing",
  ],
  ["city reads the office's drivers", langfang, 'trust:readDrivers', officeRecord, 'allowed'],
  ["coordinator reads a city's drivers", coordinatorJjj, 'trust:readDrivers', tianjinCity, 'allowed'],
  ["superior reads a city's drivers", superior, 'trust:readDrivers', tianjinCity, 'allowed'],
  [
    "evaluator evaluating a city's whole record reads its drivers",
    evaluatorJjj,
    'trust:readDrivers',
    { ...tianjinCity, inEvaluatorScope: true },
    'allowed',
  ],
  [
    'evaluator reads the drivers of a city it does not evaluate as a whole',
    evaluatorJjj,
    'trust:readDrivers',
    tianjinCity,
    'forbidden',
    'parties it is evaluating only',
  ],
  ['city of another cluster reads drivers', jiaxing, 'trust:readDrivers', tianjinCity, 'hidden'],
  // trust:configure and evaluation:manage: the coordination office only
  ['coordinator configures trust', coordinatorJjj, 'trust:configure', jjj, 'allowed'],
  ['city configures trust', langfang, 'trust:configure', jjj, 'forbidden', 'Only the coordination office sets'],
  [
    'evaluator configures trust',
    evaluatorJjj,
    'trust:configure',
    jjj,
    'forbidden',
    'Only the coordination office sets',
  ],
  ['superior configures trust', superior, 'trust:configure', jjj, 'forbidden', 'Only the coordination office sets'],
  ['coordinator of another cluster configures trust', coordinatorYrd, 'trust:configure', jjj, 'hidden'],
  // notifications:configure: the coordination office only
  ['coordinator configures reminders', coordinatorJjj, 'notifications:configure', jjj, 'allowed'],
  ['city configures reminders', langfang, 'notifications:configure', jjj, 'forbidden', 'Only the coordination office'],
  [
    'evaluator configures reminders',
    evaluatorJjj,
    'notifications:configure',
    jjj,
    'forbidden',
    'Only the coordination office',
  ],
  ['superior configures reminders', superior, 'notifications:configure', jjj, 'forbidden', 'Only the coordination'],
  ['coordinator of another cluster configures reminders', coordinatorYrd, 'notifications:configure', jjj, 'hidden'],
  ['coordinator reads accreditations', coordinatorJjj, 'accreditation:read', jjj, 'allowed'],
  ['superior reads accreditations', superior, 'accreditation:read', jjj, 'allowed'],
  [
    'evaluator reads accreditations',
    evaluatorJjj,
    'accreditation:read',
    jjj,
    'forbidden',
    'kept by the coordination office',
  ],
  ['city reads accreditations', langfang, 'accreditation:read', jjj, 'forbidden', 'kept by the coordination office'],
  ['coordinator manages evaluations', coordinatorJjj, 'evaluation:manage', jjj, 'allowed'],
  ['city manages evaluations', langfang, 'evaluation:manage', jjj, 'forbidden', 'managed by the coordination office'],
  [
    'evaluator manages evaluations',
    evaluatorJjj,
    'evaluation:manage',
    jjj,
    'forbidden',
    'managed by the coordination office',
  ],
  [
    'superior manages evaluations',
    superior,
    'evaluation:manage',
    jjj,
    'forbidden',
    'managed by the coordination office',
  ],
  ['city of another cluster manages evaluations', jiaxing, 'evaluation:manage', jjj, 'hidden'],
  // an evaluation of the office itself is run by the superior level, never by the office
  ['superior manages an evaluation of the office', superior, 'evaluation:manage', officeRecord, 'allowed'],
  [
    'coordinator manages an evaluation of the office',
    coordinatorJjj,
    'evaluation:manage',
    officeRecord,
    'forbidden',
    'opened and finalized by the superior level',
  ],
  [
    'city manages an evaluation of the office',
    langfang,
    'evaluation:manage',
    officeRecord,
    'forbidden',
    'opened and finalized by the superior level',
  ],
  [
    'evaluator manages an evaluation of the office',
    evaluatorJjj,
    'evaluation:manage',
    officeRecord,
    'forbidden',
    'opened and finalized by the superior level',
  ],
  [
    'superior not overseeing the cluster manages an office evaluation',
    outsiderSuperior,
    'evaluation:manage',
    officeRecord,
    'hidden',
  ],
  // evaluation:read: supervisors see all; evaluators their panels; cities their own assessments and finished activities
  ['coordinator reads an open activity', coordinatorJjj, 'evaluation:read', otherPanel, 'allowed'],
  ['superior reads an open activity', superior, 'evaluation:read', otherPanel, 'allowed'],
  ['evaluator on the panel reads it', evaluatorJjj, 'evaluation:read', openActivity, 'allowed'],
  ['evaluator off the panel reads it', evaluator2Jjj, 'evaluation:read', openActivity, 'hidden'],
  ['evaluator off the panel reads a finalized one', evaluator2Jjj, 'evaluation:read', finalizedActivity, 'hidden'],
  ['city reads its own open participant evaluation', langfang, 'evaluation:read', langfangParticipant, 'allowed'],
  [
    "city reads a partner's finalized participant evaluation",
    langfang,
    'evaluation:read',
    tianjinParticipant,
    'hidden',
  ],
  ['city reads a finalized activity evaluation', langfang, 'evaluation:read', finalizedActivity, 'allowed'],
  ['city reads an open activity evaluation', langfang, 'evaluation:read', openActivity, 'hidden'],
  ["city lists the cluster's evaluations (filtered by the service)", langfang, 'evaluation:read', jjj, 'allowed'],
  [
    'evaluator lists the cluster evaluations (filtered by the service)',
    evaluator2Jjj,
    'evaluation:read',
    jjj,
    'allowed',
  ],
  ['city of another cluster reads a finalized activity', jiaxing, 'evaluation:read', finalizedActivity, 'hidden'],
  ['coordinator of another cluster reads an evaluation', coordinatorYrd, 'evaluation:read', openActivity, 'hidden'],
  // assessment:write: an evaluator on the panel
  ['evaluator on the panel assesses', evaluatorJjj, 'assessment:write', openActivity, 'allowed'],
  [
    'evaluator off the panel assesses',
    evaluator2Jjj,
    'assessment:write',
    openActivity,
    'forbidden',
    'not on the panel',
  ],
  [
    'evaluator on the panel with a conflict of interest assesses',
    evaluatorJjj,
    'assessment:write',
    { ...openActivity, conflictOfInterest: 'Team E is affiliated with the party evaluated.' },
    'forbidden',
    'affiliated with the party evaluated',
  ],
  [
    'evaluator assesses with no evaluation named',
    evaluatorJjj,
    'assessment:write',
    jjj,
    'forbidden',
    'not on the panel',
  ],
  ['coordinator assesses', coordinatorJjj, 'assessment:write', openActivity, 'forbidden', 'accredited evaluators'],
  ['superior assesses', superior, 'assessment:write', openActivity, 'forbidden', 'accredited evaluators'],
  [
    'city assesses its own participant evaluation',
    langfang,
    'assessment:write',
    evaluationOf({ panelIds: ['l1'], targetKind: 'PARTICIPANT', targetCityId: 'langfang' }),
    'forbidden',
    'accredited evaluators',
  ],
  [
    'evaluator of another cluster assesses',
    { ...evaluatorJjj, clusterId: 'yrd' },
    'assessment:write',
    openActivity,
    'hidden',
  ],
];

describe('decide: compliance, trust and evaluations', () => {
  // Rows of one length (Jest passes a `done` callback to a test taking more parameters than its row has), with the
  // outcome second so the title reads "name → outcome".
  const rows = trustCases.map(
    ([name, caller, action, resource, expected, phrase]) =>
      [name, expected, caller, action, resource, phrase ?? null] as const,
  );
  test.each(rows)('%s → %s', (_name, expected, caller, action, resource, phrase) => {
    const decision = decide(caller, action, resource);
    expect(decision.outcome).toBe(expected);
    if (phrase !== null)
      expect(decision).toEqual({ outcome: 'forbidden', reason: expect.stringContaining(phrase) as string });
  });

  test('every forbidden row names the phrase its reason must contain', () => {
    const unexplained = trustCases
      .filter(([, , , , outcome, phrase]) => outcome === 'forbidden' && phrase === undefined)
      .map(([name]) => name);
    expect(unexplained).toEqual([]);
  });
});

// The rows the tables above leave out, so that every action has a row for every role.
const remainingCases: Array<[string, Caller, Action, Resource, Outcome, string?]> = [
  // reading what the cluster shares: every member, evaluator and overseeing superior
  ['coordinator reads a city', coordinatorJjj, 'city:read', tianjinCity, 'allowed'],
  ['evaluator reads a city', evaluatorJjj, 'city:read', tianjinCity, 'allowed'],
  ['superior reads a city', superior, 'city:read', tianjinCity, 'allowed'],
  ['coordinator reads agreements', coordinatorJjj, 'agreement:read', jjj, 'allowed'],
  ['city reads agreements', langfang, 'agreement:read', jjj, 'allowed'],
  ['superior reads agreements', superior, 'agreement:read', jjj, 'allowed'],
  ['coordinator reads events', coordinatorJjj, 'event:read', jjj, 'allowed'],
  ['city reads events', langfang, 'event:read', jjj, 'allowed'],
  ['evaluator reads events', evaluatorJjj, 'event:read', jjj, 'allowed'],
  ['superior reads events', superior, 'event:read', jjj, 'allowed'],
  ['coordinator reads the catalogue and shortfalls', coordinatorJjj, 'resources:read', jjj, 'allowed'],
  ['city reads the catalogue and shortfalls', langfang, 'resources:read', jjj, 'allowed'],
  ['evaluator reads the catalogue and shortfalls', evaluatorJjj, 'resources:read', jjj, 'allowed'],
  ['superior reads the catalogue and shortfalls', superior, 'resources:read', jjj, 'allowed'],
  ['coordinator reads aid requests', coordinatorJjj, 'aid:read', jjj, 'allowed'],
  ['city reads aid requests', langfang, 'aid:read', jjj, 'allowed'],
  ['evaluator reads aid requests', evaluatorJjj, 'aid:read', jjj, 'allowed'],
  ['superior reads aid requests', superior, 'aid:read', jjj, 'allowed'],
  ['coordinator reads balances and the fund', coordinatorJjj, 'ledger:read', jjj, 'allowed'],
  ['city reads balances and the fund', langfang, 'ledger:read', jjj, 'allowed'],
  ['evaluator reads balances and the fund', evaluatorJjj, 'ledger:read', jjj, 'allowed'],
  ['superior reads balances and the fund', superior, 'ledger:read', jjj, 'allowed'],
  ['city of another cluster reads balances', jiaxing, 'ledger:read', jjj, 'hidden'],
  // agreements and events: what the earlier rows leave out
  [
    'evaluator manages agreements',
    evaluatorJjj,
    'agreement:manage',
    jjj,
    'forbidden',
    'Only the coordination office drafts',
  ],
  [
    'evaluator ratifies',
    evaluatorJjj,
    'agreement:ratify',
    { clusterId: 'jjj', partyCityIds: ['langfang'] },
    'forbidden',
    'ratifies or declines for itself',
  ],
  [
    'superior ratifies',
    superior,
    'agreement:ratify',
    { clusterId: 'jjj', partyCityIds: ['langfang'] },
    'forbidden',
    'ratifies or declines for itself',
  ],
  [
    'superior reports an event',
    superior,
    'event:report',
    langfangCity,
    'forbidden',
    'reported by the city where they originate',
  ],
  ['coordinator updates an event', coordinatorJjj, 'event:update', langfangCity, 'allowed'],
  ['evaluator updates an event', evaluatorJjj, 'event:update', langfangCity, 'forbidden', "event's origin city update"],
  ['superior updates an event', superior, 'event:update', langfangCity, 'forbidden', "event's origin city update"],
  [
    'evaluator confirms an event',
    evaluatorJjj,
    'event:manage',
    jjj,
    'forbidden',
    'Only the coordination office confirms',
  ],
  ['superior confirms an event', superior, 'event:manage', jjj, 'forbidden', 'Only the coordination office confirms'],
  ['coordinator reads escalations', coordinatorJjj, 'escalation:read', jjj, 'allowed'],
  ['evaluator reads escalations', evaluatorJjj, 'escalation:read', jjj, 'forbidden', 'Escalations are read by'],
  // obligations: the office and the superior read all; a city what it owes and its events'; an evaluator what it evaluates
  [
    'coordinator reads the cluster obligations',
    coordinatorJjj,
    'obligation:read',
    { clusterId: 'jjj', selection: true },
    'allowed',
  ],
  [
    'superior reads the cluster obligations',
    superior,
    'obligation:read',
    { clusterId: 'jjj', selection: true },
    'allowed',
  ],
  ['city reads its own obligation', langfang, 'obligation:read', langfangCity, 'allowed'],
  [
    "city reads a partner's obligation in an event it takes part in",
    langfang,
    'obligation:read',
    { ...tianjinCity, partyCityIds: ['tianjin', 'langfang'] },
    'allowed',
  ],
  [
    "city reads the office's obligation in an event it takes part in",
    langfang,
    'obligation:read',
    { clusterId: 'jjj', owedByOffice: true, partyCityIds: ['langfang'] },
    'allowed',
  ],
  [
    "city reads a partner's obligation outside its events",
    langfang,
    'obligation:read',
    { ...tianjinCity, partyCityIds: ['tianjin'] },
    'forbidden',
    'only within events your city is party to',
  ],
  [
    "city reads the office's obligation outside any event",
    langfang,
    'obligation:read',
    { clusterId: 'jjj', owedByOffice: true },
    'forbidden',
    'only within events your city is party to',
  ],
  [
    'city lists the whole cluster (the service narrows it to its own)',
    langfang,
    'obligation:read',
    { clusterId: 'jjj', selection: true },
    'forbidden',
    'only within events your city is party to',
  ],
  [
    'evaluator reads an obligation of what it evaluates',
    evaluatorJjj,
    'obligation:read',
    { ...tianjinCity, inEvaluatorScope: true },
    'allowed',
  ],
  [
    'evaluator reads an obligation outside what it evaluates',
    evaluatorJjj,
    'obligation:read',
    tianjinCity,
    'forbidden',
    'reads the obligations of what it is evaluating',
  ],
  [
    'evaluator fulfils an obligation',
    evaluatorJjj,
    'obligation:fulfil',
    langfangCity,
    'forbidden',
    'fulfilled by the city that owes it',
  ],
  [
    'superior fulfils an obligation',
    superior,
    'obligation:fulfil',
    langfangCity,
    'forbidden',
    'fulfilled by the city that owes it',
  ],
  ['superior waives', superior, 'obligation:waive', langfangCity, 'forbidden', 'Only the coordination office waives'],
  // the provisional result of an open evaluation
  ['coordinator follows an open evaluation', coordinatorJjj, 'evaluation:readProvisional', jjj, 'allowed'],
  [
    "coordinator follows the office's own evaluation",
    coordinatorJjj,
    'evaluation:readProvisional',
    officeRecord,
    'forbidden',
    'does not follow its own',
  ],
  ['superior follows an open evaluation', superior, 'evaluation:readProvisional', jjj, 'allowed'],
  ["superior follows the office's evaluation", superior, 'evaluation:readProvisional', officeRecord, 'allowed'],
  [
    'city follows an open evaluation',
    langfang,
    'evaluation:readProvisional',
    jjj,
    'forbidden',
    'once the evaluation is finalized',
  ],
  [
    'evaluator follows an open evaluation',
    evaluatorJjj,
    'evaluation:readProvisional',
    jjj,
    'forbidden',
    'once the evaluation is finalized',
  ],
  // the catalogue, inventories and reserves
  ['coordinator defines a resource type', coordinatorJjj, 'resources:defineType', jjj, 'allowed'],
  [
    'city defines a resource type',
    langfang,
    'resources:defineType',
    jjj,
    'forbidden',
    'Only the coordination office maintains',
  ],
  [
    'evaluator defines a resource type',
    evaluatorJjj,
    'resources:defineType',
    jjj,
    'forbidden',
    'Only the coordination office maintains',
  ],
  [
    'superior defines a resource type',
    superior,
    'resources:defineType',
    jjj,
    'forbidden',
    'Only the coordination office maintains',
  ],
  ["coordinator reads a city's item", coordinatorJjj, 'inventory:read', tianjinCity, 'allowed'],
  ['city reads its own item', langfang, 'inventory:read', langfangCity, 'allowed'],
  [
    "city reads a partner's item",
    langfang,
    'inventory:read',
    tianjinCity,
    'forbidden',
    "You see your own city's inventory",
  ],
  [
    "city reads the whole cluster's items (the service narrows it to its own)",
    langfang,
    'inventory:read',
    jjj,
    'forbidden',
    "You see your own city's inventory",
  ],
  ["evaluator reads a city's item", evaluatorJjj, 'inventory:read', tianjinCity, 'allowed'],
  ["superior reads a city's item", superior, 'inventory:read', tianjinCity, 'allowed'],
  ['city changes its own inventory', langfang, 'inventory:write', langfangCity, 'allowed'],
  [
    "city changes a partner's inventory",
    langfang,
    'inventory:write',
    tianjinCity,
    'forbidden',
    "only your own city's inventory",
  ],
  [
    "coordinator changes a city's inventory",
    coordinatorJjj,
    'inventory:write',
    langfangCity,
    'forbidden',
    "kept by that city's own officers",
  ],
  [
    "evaluator changes a city's inventory",
    evaluatorJjj,
    'inventory:write',
    langfangCity,
    'forbidden',
    "kept by that city's own officers",
  ],
  [
    "superior changes a city's inventory",
    superior,
    'inventory:write',
    langfangCity,
    'forbidden',
    "kept by that city's own officers",
  ],
  ['coordinator sets reserves', coordinatorJjj, 'reserves:set', jjj, 'allowed'],
  ['city sets reserves', langfang, 'reserves:set', jjj, 'forbidden', 'Only the coordination office sets the reserves'],
  [
    'evaluator sets reserves',
    evaluatorJjj,
    'reserves:set',
    jjj,
    'forbidden',
    'Only the coordination office sets the reserves',
  ],
  [
    'superior sets reserves',
    superior,
    'reserves:set',
    jjj,
    'forbidden',
    'Only the coordination office sets the reserves',
  ],
  // mutual aid: `cityId` is the requesting city (request, decide, receive) or the offering city (offer, ship)
  ['coordinator requests aid for a city', coordinatorJjj, 'aid:request', tianjinCity, 'allowed'],
  ['city requests aid for itself', langfang, 'aid:request', langfangCity, 'allowed'],
  [
    'city requests aid for a partner',
    langfang,
    'aid:request',
    tianjinCity,
    'forbidden',
    'A city requests aid for itself only',
  ],
  [
    'evaluator requests aid',
    evaluatorJjj,
    'aid:request',
    langfangCity,
    'forbidden',
    'Mutual aid is requested by a city',
  ],
  ['superior requests aid', superior, 'aid:request', langfangCity, 'forbidden', 'Mutual aid is requested by a city'],
  ['city offers its own stock', langfang, 'aid:offer', langfangCity, 'allowed'],
  ["city offers a partner's stock", langfang, 'aid:offer', tianjinCity, 'forbidden', "only your own city's stock"],
  [
    "coordinator offers a city's stock",
    coordinatorJjj,
    'aid:offer',
    langfangCity,
    'forbidden',
    'Offers are made and shipped by the city',
  ],
  [
    "evaluator offers a city's stock",
    evaluatorJjj,
    'aid:offer',
    langfangCity,
    'forbidden',
    'Offers are made and shipped by the city',
  ],
  [
    "superior offers a city's stock",
    superior,
    'aid:offer',
    langfangCity,
    'forbidden',
    'Offers are made and shipped by the city',
  ],
  ['city ships its own offer', langfang, 'aid:ship', langfangCity, 'allowed'],
  ["city ships a partner's offer", langfang, 'aid:ship', tianjinCity, 'forbidden', "only your own city's stock"],
  [
    'coordinator ships an offer',
    coordinatorJjj,
    'aid:ship',
    langfangCity,
    'forbidden',
    'Offers are made and shipped by the city',
  ],
  [
    'evaluator ships an offer',
    evaluatorJjj,
    'aid:ship',
    langfangCity,
    'forbidden',
    'Offers are made and shipped by the city',
  ],
  [
    'superior ships an offer',
    superior,
    'aid:ship',
    langfangCity,
    'forbidden',
    'Offers are made and shipped by the city',
  ],
  ['coordinator accepts an offer', coordinatorJjj, 'aid:decide', langfangCity, 'allowed'],
  ['requesting city accepts an offer', langfang, 'aid:decide', langfangCity, 'allowed'],
  [
    "city accepts an offer to a partner's request",
    langfang,
    'aid:decide',
    tianjinCity,
    'forbidden',
    'accepted or declined by the requesting city',
  ],
  [
    'evaluator accepts an offer',
    evaluatorJjj,
    'aid:decide',
    langfangCity,
    'forbidden',
    'accepted or declined by the requesting city',
  ],
  [
    'superior accepts an offer',
    superior,
    'aid:decide',
    langfangCity,
    'forbidden',
    'accepted or declined by the requesting city',
  ],
  ['requesting city confirms arrival', langfang, 'aid:receive', langfangCity, 'allowed'],
  [
    "city confirms arrival at a partner's",
    langfang,
    'aid:receive',
    tianjinCity,
    'forbidden',
    'Arrival is confirmed by the requesting city',
  ],
  [
    'coordinator confirms arrival',
    coordinatorJjj,
    'aid:receive',
    langfangCity,
    'forbidden',
    'Arrival is confirmed by the requesting city',
  ],
  [
    'evaluator confirms arrival',
    evaluatorJjj,
    'aid:receive',
    langfangCity,
    'forbidden',
    'Arrival is confirmed by the requesting city',
  ],
  [
    'superior confirms arrival',
    superior,
    'aid:receive',
    langfangCity,
    'forbidden',
    'Arrival is confirmed by the requesting city',
  ],
  [
    'coordinator cancels an accepted offer',
    coordinatorJjj,
    'aid:cancel',
    { clusterId: 'jjj', partyCityIds: ['langfang', 'tianjin'] },
    'allowed',
  ],
  [
    'one of the two cities cancels',
    langfang,
    'aid:cancel',
    { clusterId: 'jjj', partyCityIds: ['langfang', 'tianjin'] },
    'allowed',
  ],
  [
    'a third city cancels',
    langfang,
    'aid:cancel',
    { clusterId: 'jjj', partyCityIds: ['beijing', 'tianjin'] },
    'forbidden',
    'Only the two cities concerned',
  ],
  [
    'evaluator cancels',
    evaluatorJjj,
    'aid:cancel',
    { clusterId: 'jjj', partyCityIds: ['langfang', 'tianjin'] },
    'forbidden',
    'Only the two cities concerned',
  ],
  [
    'superior cancels',
    superior,
    'aid:cancel',
    { clusterId: 'jjj', partyCityIds: ['langfang', 'tianjin'] },
    'forbidden',
    'Only the two cities concerned',
  ],
  // claims: `cityId` is the claimant, `partyCityIds` the parties to the agreement version (the payers)
  [
    'coordinator reads a claim',
    coordinatorJjj,
    'claim:read',
    { ...tianjinCity, partyCityIds: ['tianjin', 'beijing'] },
    'allowed',
  ],
  [
    'superior reads a claim',
    superior,
    'claim:read',
    { ...tianjinCity, partyCityIds: ['tianjin', 'beijing'] },
    'allowed',
  ],
  [
    'claimant reads its claim',
    langfang,
    'claim:read',
    { ...langfangCity, partyCityIds: ['langfang', 'beijing'] },
    'allowed',
  ],
  [
    "a party (a payer) reads a partner's claim",
    langfang,
    'claim:read',
    { ...tianjinCity, partyCityIds: ['tianjin', 'langfang'] },
    'allowed',
  ],
  [
    'a city not party to the agreement reads a claim',
    langfang,
    'claim:read',
    { ...tianjinCity, partyCityIds: ['tianjin', 'beijing'] },
    'hidden',
  ],
  [
    'evaluator reads a claim of what it evaluates',
    evaluatorJjj,
    'claim:read',
    { ...tianjinCity, partyCityIds: ['tianjin'], inEvaluatorScope: true },
    'allowed',
  ],
  [
    'evaluator reads a claim outside what it evaluates',
    evaluatorJjj,
    'claim:read',
    { ...tianjinCity, partyCityIds: ['tianjin'] },
    'hidden',
  ],
  ['city files its own claim', langfang, 'claim:file', langfangCity, 'allowed'],
  [
    "city files a partner's claim",
    langfang,
    'claim:file',
    tianjinCity,
    'forbidden',
    'files claims for its own costs only',
  ],
  [
    'coordinator files a claim',
    coordinatorJjj,
    'claim:file',
    langfangCity,
    'forbidden',
    'filed by the city that carried the costs',
  ],
  [
    'evaluator files a claim',
    evaluatorJjj,
    'claim:file',
    langfangCity,
    'forbidden',
    'filed by the city that carried the costs',
  ],
  [
    'superior files a claim',
    superior,
    'claim:file',
    langfangCity,
    'forbidden',
    'filed by the city that carried the costs',
  ],
  ['coordinator reviews a claim', coordinatorJjj, 'claim:review', tianjinCity, 'allowed'],
  [
    'city reviews a claim',
    langfang,
    'claim:review',
    tianjinCity,
    'forbidden',
    'reviewed and decided by the coordination office',
  ],
  [
    'evaluator reviews a claim',
    evaluatorJjj,
    'claim:review',
    tianjinCity,
    'forbidden',
    'reviewed and decided by the coordination office',
  ],
  [
    'superior reviews a claim',
    superior,
    'claim:review',
    tianjinCity,
    'forbidden',
    'reviewed and decided by the coordination office',
  ],
  ['coordinator records a payment', coordinatorJjj, 'payment:record', jjj, 'allowed'],
  [
    'city records a payment',
    langfang,
    'payment:record',
    jjj,
    'forbidden',
    'Payments are recorded by the coordination office',
  ],
  [
    'evaluator records a payment',
    evaluatorJjj,
    'payment:record',
    jjj,
    'forbidden',
    'Payments are recorded by the coordination office',
  ],
  [
    'superior records a payment',
    superior,
    'payment:record',
    jjj,
    'forbidden',
    'Payments are recorded by the coordination office',
  ],
  ['claimant appeals', langfang, 'claim:appeal', langfangCity, 'allowed'],
  [
    "city appeals a partner's claim",
    langfang,
    'claim:appeal',
    tianjinCity,
    'forbidden',
    'Only the claimant city appeals',
  ],
  ['coordinator appeals', coordinatorJjj, 'claim:appeal', langfangCity, 'forbidden', 'Only the claimant city appeals'],
  ['evaluator appeals', evaluatorJjj, 'claim:appeal', langfangCity, 'forbidden', 'Only the claimant city appeals'],
  ['superior appeals', superior, 'claim:appeal', langfangCity, 'forbidden', 'Only the claimant city appeals'],
  ['coordinator decides an appeal', coordinatorJjj, 'claim:decideAppeal', langfangCity, 'allowed'],
  ['superior decides an appeal', superior, 'claim:decideAppeal', langfangCity, 'allowed'],
  [
    'city decides an appeal',
    langfang,
    'claim:decideAppeal',
    tianjinCity,
    'forbidden',
    'decided by the coordination office or the superior level',
  ],
  [
    'evaluator decides an appeal',
    evaluatorJjj,
    'claim:decideAppeal',
    langfangCity,
    'forbidden',
    'decided by the coordination office or the superior level',
  ],
  // situation reports: a party city for itself, or the office for a city; read by those who respond and oversee
  ['party city reports its own situation', langfang, 'situation:report', langfangInFlood, 'allowed'],
  [
    'party city reports for a partner',
    langfang,
    'situation:report',
    { ...langfangInFlood, cityId: 'tianjin', cityName: 'Tianjin' },
    'forbidden',
    'A city reports its own situation',
  ],
  [
    'non-party city reports',
    langfang,
    'situation:report',
    { ...langfangInFlood, partyCityIds: ['tianjin'] },
    'forbidden',
    'Langfang is not a party to this event',
  ],
  ['office reports for a city', coordinatorJjj, 'situation:report', langfangInFlood, 'allowed'],
  ['evaluator reports', evaluatorJjj, 'situation:report', langfangInFlood, 'forbidden', "the event's cities"],
  ['superior reports', superior, 'situation:report', langfangInFlood, 'forbidden', "the event's cities"],
  ['other coordinator reports', coordinatorYrd, 'situation:report', langfangInFlood, 'hidden'],
  ['party city reads the reports', langfang, 'situation:read', langfangInFlood, 'allowed'],
  [
    'non-party city reads the reports',
    langfang,
    'situation:read',
    { ...langfangInFlood, partyCityIds: ['tianjin'] },
    'forbidden',
    'Langfang is not a party to this event',
  ],
  ['office reads the reports', coordinatorJjj, 'situation:read', langfangInFlood, 'allowed'],
  ['evaluator reads the reports', evaluatorJjj, 'situation:read', langfangInFlood, 'allowed'],
  ['superior reads the reports', superior, 'situation:read', langfangInFlood, 'allowed'],
  ['city of another cluster reads the reports', jiaxing, 'situation:read', langfangInFlood, 'hidden'],
  // webhook subscriptions: the office for its cluster, each city for itself; `cityId` is the subscribing city
  ['coordinator reads the subscriptions of its cluster', coordinatorJjj, 'webhook:read', langfangCity, 'allowed'],
  ["city reads its own city's subscriptions", langfang, 'webhook:read', langfangCity, 'allowed'],
  ["city reads a partner's subscriptions", langfang, 'webhook:read', tianjinCity, 'forbidden', 'your own city'],
  ['evaluator reads subscriptions', evaluatorJjj, 'webhook:read', jjj, 'forbidden', 'kept by the coordination office'],
  ['superior reads subscriptions', superior, 'webhook:read', jjj, 'forbidden', 'kept by the coordination office'],
  ['other coordinator reads subscriptions', coordinatorYrd, 'webhook:read', jjj, 'hidden'],
  ["coordinator manages the office's subscription", coordinatorJjj, 'webhook:manage', jjj, 'allowed'],
  [
    "coordinator manages a city's subscription",
    coordinatorJjj,
    'webhook:manage',
    langfangCity,
    'forbidden',
    "that city's own officers",
  ],
  ["city manages its own city's subscription", langfang, 'webhook:manage', langfangCity, 'allowed'],
  ["city manages a partner's subscription", langfang, 'webhook:manage', tianjinCity, 'forbidden', 'its own city only'],
  ["city manages the office's subscription", langfang, 'webhook:manage', jjj, 'forbidden', 'its own city only'],
  [
    'evaluator manages subscriptions',
    evaluatorJjj,
    'webhook:manage',
    jjj,
    'forbidden',
    'kept by the coordination office',
  ],
  ['superior manages subscriptions', superior, 'webhook:manage', jjj, 'forbidden', 'kept by the coordination office'],
  ['city of another cluster manages subscriptions', jiaxing, 'webhook:manage', langfangCity, 'hidden'],
];

describe('decide: every other action and role', () => {
  const rows = remainingCases.map(
    ([name, caller, action, resource, expected, phrase]) =>
      [name, expected, caller, action, resource, phrase ?? null] as const,
  );
  test.each(rows)('%s → %s', (_name, expected, caller, action, resource, phrase) => {
    const decision = decide(caller, action, resource);
    expect(decision.outcome).toBe(expected);
    if (phrase !== null)
      expect(decision).toEqual({ outcome: 'forbidden', reason: expect.stringContaining(phrase) as string });
  });
});

describe('visibleClusterIds', () => {
  test('a superior sees the clusters it oversees; everyone else their own', () => {
    expect(visibleClusterIds(superior)).toEqual(['jjj', 'yrd']);
    expect(visibleClusterIds(langfang)).toEqual(['jjj']);
    expect(visibleClusterIds(outsiderSuperior)).toEqual(['prd']);
  });
});

describe('the table is the whole specification', () => {
  test('every action has a row for every role acting inside its own cluster', () => {
    const rows = [...cases, ...trustCases, ...remainingCases];
    const missing = ACTIONS.flatMap((action) =>
      ROLES.filter(
        (role) =>
          !rows.some(
            ([, caller, rowAction, resource]) =>
              rowAction === action && caller.role === role && canSeeCluster(caller, resource.clusterId),
          ),
      ).map((role) => `${action} × ${role}`),
    );
    expect(missing).toEqual([]);
  });
});
