import type { Caller } from '../../../src/auth/caller';
import { decide, visibleClusterIds, type Action, type Resource } from '../../../src/auth/policy';

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
  ['party city ratifies', langfang, 'agreement:ratify', { clusterId: 'jjj', partyCityIds: ['langfang', 'tianjin'] }, 'allowed'],
  ['non-party city ratifies', langfang, 'agreement:ratify', { clusterId: 'jjj', partyCityIds: ['tianjin', 'beijing'] }, 'forbidden'],
  ['coordinator ratifies for a city', coordinatorJjj, 'agreement:ratify', { clusterId: 'jjj', partyCityIds: ['langfang'] }, 'forbidden'],
  ['city of another cluster ratifies', jiaxing, 'agreement:ratify', { clusterId: 'jjj', partyCityIds: ['jiaxing'] }, 'hidden'],
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
  ["coordinator fulfils the office's obligation", coordinatorJjj, 'obligation:fulfil', { clusterId: 'jjj', owedByOffice: true }, 'allowed'],
  ["city fulfils the office's obligation", langfang, 'obligation:fulfil', { clusterId: 'jjj', owedByOffice: true }, 'forbidden'],
  ['coordinator waives', coordinatorJjj, 'obligation:waive', jjj, 'allowed'],
  ['evaluator waives', evaluatorJjj, 'obligation:waive', jjj, 'forbidden'],
  ['city waives', langfang, 'obligation:waive', langfangCity, 'forbidden'],
  ['other coordinator reads obligations', coordinatorYrd, 'obligation:read', jjj, 'hidden'],
];

describe('decide', () => {
  // The outcome second, so the title reads "name → outcome" rather than printing the caller.
  test.each(cases.map(([name, caller, action, resource, expected]) => [name, expected, caller, action, resource] as const))('%s → %s', (_name, expected, caller, action, resource) => {
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
  ['evaluator reads a city record', evaluatorJjj, 'compliance:read', tianjinRecord, 'allowed'],
  ['city reads a record about itself', langfang, 'compliance:read', langfangRecord, 'allowed'],
  ['city reads a record about the office', langfang, 'compliance:read', officeRecord, 'allowed'],
  ["city reads the cluster's records (narrowed by the service)", langfang, 'compliance:read', clusterRecords, 'allowed'],
  ['city reads a record about a partner', langfang, 'compliance:read', tianjinRecord, 'hidden'],
  ['city of another cluster reads records', jiaxing, 'compliance:read', langfangRecord, 'hidden'],
  ['coordinator of another cluster reads records', coordinatorYrd, 'compliance:read', officeRecord, 'hidden'],
  // compliance:record: superior about anyone; office about cities; a city about partners (checked by the service)
  ['superior records about a city', superior, 'compliance:record', langfangRecord, 'allowed'],
  ['superior records about the office', superior, 'compliance:record', officeRecord, 'allowed'],
  ['coordinator records about a city', coordinatorJjj, 'compliance:record', langfangRecord, 'allowed'],
  ['coordinator records about the office', coordinatorJjj, 'compliance:record', officeRecord, 'forbidden', 'does not keep records about itself'],
  ['city records about a partner', langfang, 'compliance:record', tianjinRecord, 'allowed'],
  ['city records about itself', langfang, 'compliance:record', langfangRecord, 'forbidden', 'about itself'],
  ['city records about the office', langfang, 'compliance:record', officeRecord, 'forbidden', 'kept by the superior level'],
  ['evaluator records about a city', evaluatorJjj, 'compliance:record', langfangRecord, 'forbidden', 'Evaluators report through evaluations'],
  ['evaluator records about the office', evaluatorJjj, 'compliance:record', officeRecord, 'forbidden', 'Evaluators report through evaluations'],
  ['city of another cluster records', jiaxing, 'compliance:record', langfangRecord, 'hidden'],
  ['superior not overseeing the cluster records', outsiderSuperior, 'compliance:record', officeRecord, 'hidden'],
  // compliance:dispute: the subject disputes; the office disputes records about itself
  ['subject city disputes', langfang, 'compliance:dispute', langfangRecord, 'allowed'],
  ["city disputes a partner's record", langfang, 'compliance:dispute', tianjinRecord, 'forbidden', 'Only the city the record is about'],
  ['coordinator disputes a city record', coordinatorJjj, 'compliance:dispute', langfangRecord, 'forbidden', 'Only the city the record is about'],
  ['superior disputes a city record', superior, 'compliance:dispute', langfangRecord, 'forbidden', 'Only the city the record is about'],
  ['evaluator disputes a city record', evaluatorJjj, 'compliance:dispute', langfangRecord, 'forbidden', 'Only the city the record is about'],
  ['coordinator disputes an office record', coordinatorJjj, 'compliance:dispute', officeRecord, 'allowed'],
  ['city disputes an office record', langfang, 'compliance:dispute', officeRecord, 'forbidden', 'Only the coordination office disputes'],
  ['superior disputes an office record', superior, 'compliance:dispute', officeRecord, 'forbidden', 'Only the coordination office disputes'],
  ['evaluator disputes an office record', evaluatorJjj, 'compliance:dispute', officeRecord, 'forbidden', 'Only the coordination office disputes'],
  ['city of another cluster disputes', jiaxing, 'compliance:dispute', langfangRecord, 'hidden'],
  // compliance:resolve: the office for cities; the superior for the office, never the office itself
  ['coordinator resolves a dispute about a record the superior made', coordinatorJjj, 'compliance:resolve', { ...langfangRecord, recordedBySuperior: true }, 'forbidden', 'resolved there'],
  ['superior resolves a dispute about its own record', superior, 'compliance:resolve', { ...langfangRecord, recordedBySuperior: true }, 'allowed'],
  ['evaluators read records of the cluster (narrowed by the service to what they evaluate)', evaluatorJjj, 'compliance:read', clusterRecords, 'allowed'],
  ['coordinator resolves a city dispute', coordinatorJjj, 'compliance:resolve', langfangRecord, 'allowed'],
  ['subject city resolves its own dispute', langfang, 'compliance:resolve', langfangRecord, 'forbidden', 'resolved by the coordination office'],
  ['superior resolves a city dispute', superior, 'compliance:resolve', langfangRecord, 'forbidden', 'resolved by the coordination office'],
  ['evaluator resolves a city dispute', evaluatorJjj, 'compliance:resolve', langfangRecord, 'forbidden', 'resolved by the coordination office'],
  ['superior resolves an office dispute', superior, 'compliance:resolve', officeRecord, 'allowed'],
  ['coordinator resolves an office dispute', coordinatorJjj, 'compliance:resolve', officeRecord, 'forbidden', 'not by the office itself'],
  ['city resolves an office dispute', langfang, 'compliance:resolve', officeRecord, 'forbidden', 'resolved by the superior level'],
  ['evaluator resolves an office dispute', evaluatorJjj, 'compliance:resolve', officeRecord, 'forbidden', 'resolved by the superior level'],
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
  ["city reads a partner's drivers", langfang, 'trust:readDrivers', tianjinCity, 'forbidden', "behind a partner's standing"],
  ["city reads the office's drivers", langfang, 'trust:readDrivers', officeRecord, 'allowed'],
  ["coordinator reads a city's drivers", coordinatorJjj, 'trust:readDrivers', tianjinCity, 'allowed'],
  ["superior reads a city's drivers", superior, 'trust:readDrivers', tianjinCity, 'allowed'],
  ["evaluator reads a city's drivers", evaluatorJjj, 'trust:readDrivers', tianjinCity, 'allowed'],
  ['city of another cluster reads drivers', jiaxing, 'trust:readDrivers', tianjinCity, 'hidden'],
  // trust:configure and evaluation:manage: the coordination office only
  ['coordinator configures trust', coordinatorJjj, 'trust:configure', jjj, 'allowed'],
  ['city configures trust', langfang, 'trust:configure', jjj, 'forbidden', 'Only the coordination office sets'],
  ['evaluator configures trust', evaluatorJjj, 'trust:configure', jjj, 'forbidden', 'Only the coordination office sets'],
  ['superior configures trust', superior, 'trust:configure', jjj, 'forbidden', 'Only the coordination office sets'],
  ['coordinator of another cluster configures trust', coordinatorYrd, 'trust:configure', jjj, 'hidden'],
  ['coordinator reads accreditations', coordinatorJjj, 'accreditation:read', jjj, 'allowed'],
  ['superior reads accreditations', superior, 'accreditation:read', jjj, 'allowed'],
  ['evaluator reads accreditations', evaluatorJjj, 'accreditation:read', jjj, 'forbidden', 'kept by the coordination office'],
  ['city reads accreditations', langfang, 'accreditation:read', jjj, 'forbidden', 'kept by the coordination office'],
  ['coordinator manages evaluations', coordinatorJjj, 'evaluation:manage', jjj, 'allowed'],
  ['city manages evaluations', langfang, 'evaluation:manage', jjj, 'forbidden', 'managed by the coordination office'],
  ['evaluator manages evaluations', evaluatorJjj, 'evaluation:manage', jjj, 'forbidden', 'managed by the coordination office'],
  ['superior manages evaluations', superior, 'evaluation:manage', jjj, 'forbidden', 'managed by the coordination office'],
  ['city of another cluster manages evaluations', jiaxing, 'evaluation:manage', jjj, 'hidden'],
  // an evaluation of the office itself is run by the superior level, never by the office
  ['superior manages an evaluation of the office', superior, 'evaluation:manage', officeRecord, 'allowed'],
  ['coordinator manages an evaluation of the office', coordinatorJjj, 'evaluation:manage', officeRecord, 'forbidden', 'opened and finalized by the superior level'],
  ['city manages an evaluation of the office', langfang, 'evaluation:manage', officeRecord, 'forbidden', 'opened and finalized by the superior level'],
  ['evaluator manages an evaluation of the office', evaluatorJjj, 'evaluation:manage', officeRecord, 'forbidden', 'opened and finalized by the superior level'],
  ['superior not overseeing the cluster manages an office evaluation', outsiderSuperior, 'evaluation:manage', officeRecord, 'hidden'],
  // evaluation:read: supervisors see all; evaluators their panels; cities their own assessments and finished activities
  ['coordinator reads an open activity', coordinatorJjj, 'evaluation:read', otherPanel, 'allowed'],
  ['superior reads an open activity', superior, 'evaluation:read', otherPanel, 'allowed'],
  ['evaluator on the panel reads it', evaluatorJjj, 'evaluation:read', openActivity, 'allowed'],
  ['evaluator off the panel reads it', evaluator2Jjj, 'evaluation:read', openActivity, 'hidden'],
  ['evaluator off the panel reads a finalized one', evaluator2Jjj, 'evaluation:read', finalizedActivity, 'hidden'],
  ['city reads its own open participant evaluation', langfang, 'evaluation:read', langfangParticipant, 'allowed'],
  ["city reads a partner's finalized participant evaluation", langfang, 'evaluation:read', tianjinParticipant, 'hidden'],
  ['city reads a finalized activity evaluation', langfang, 'evaluation:read', finalizedActivity, 'allowed'],
  ['city reads an open activity evaluation', langfang, 'evaluation:read', openActivity, 'hidden'],
  ["city lists the cluster's evaluations (filtered by the service)", langfang, 'evaluation:read', jjj, 'allowed'],
  ['evaluator lists the cluster evaluations (filtered by the service)', evaluator2Jjj, 'evaluation:read', jjj, 'allowed'],
  ['city of another cluster reads a finalized activity', jiaxing, 'evaluation:read', finalizedActivity, 'hidden'],
  ['coordinator of another cluster reads an evaluation', coordinatorYrd, 'evaluation:read', openActivity, 'hidden'],
  // assessment:write: an evaluator on the panel
  ['evaluator on the panel assesses', evaluatorJjj, 'assessment:write', openActivity, 'allowed'],
  ['evaluator off the panel assesses', evaluator2Jjj, 'assessment:write', openActivity, 'forbidden', 'not on the panel'],
  ['evaluator assesses with no evaluation named', evaluatorJjj, 'assessment:write', jjj, 'forbidden', 'not on the panel'],
  ['coordinator assesses', coordinatorJjj, 'assessment:write', openActivity, 'forbidden', 'accredited evaluators'],
  ['superior assesses', superior, 'assessment:write', openActivity, 'forbidden', 'accredited evaluators'],
  ['city assesses its own participant evaluation', langfang, 'assessment:write', evaluationOf({ panelIds: ['l1'], targetKind: 'PARTICIPANT', targetCityId: 'langfang' }), 'forbidden', 'accredited evaluators'],
  ['evaluator of another cluster assesses', { ...evaluatorJjj, clusterId: 'yrd' }, 'assessment:write', openActivity, 'hidden'],
];

describe('decide: compliance, trust and evaluations', () => {
  // Rows of one length (Jest passes a `done` callback to a test taking more parameters than its row has), with the
  // outcome second so the title reads "name → outcome".
  const rows = trustCases.map(([name, caller, action, resource, expected, phrase]) => [name, expected, caller, action, resource, phrase ?? null] as const);
  test.each(rows)('%s → %s', (_name, expected, caller, action, resource, phrase) => {
    const decision = decide(caller, action, resource);
    expect(decision.outcome).toBe(expected);
    if (phrase !== null) expect(decision).toEqual({ outcome: 'forbidden', reason: expect.stringContaining(phrase) });
  });

  test('every forbidden row names the phrase its reason must contain', () => {
    const unexplained = trustCases.filter(([, , , , outcome, phrase]) => outcome === 'forbidden' && phrase === undefined).map(([name]) => name);
    expect(unexplained).toEqual([]);
  });
});

describe('visibleClusterIds', () => {
  test('a superior sees the clusters it oversees; everyone else their own', () => {
    expect(visibleClusterIds(superior)).toEqual(['jjj', 'yrd']);
    expect(visibleClusterIds(langfang)).toEqual(['jjj']);
    expect(visibleClusterIds(outsiderSuperior)).toEqual(['prd']);
  });
});
