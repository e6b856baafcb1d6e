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
  test.each(cases)('%s → %s', (_name, caller, action, resource, expected) => {
    expect(decide(caller, action, resource).outcome).toBe(expected);
  });

  test('a forbidden decision explains itself in words an official understands', () => {
    const decision = decide(langfang, 'city:updateBaseline', tianjinCity);
    expect(decision).toEqual({ outcome: 'forbidden', reason: "You can update only your own city's baseline facts." });
  });
});

describe('visibleClusterIds', () => {
  test('a superior sees the clusters it oversees; everyone else their own', () => {
    expect(visibleClusterIds(superior)).toEqual(['jjj', 'yrd']);
    expect(visibleClusterIds(langfang)).toEqual(['jjj']);
    expect(visibleClusterIds(outsiderSuperior)).toEqual(['prd']);
  });
});
