/**
 * Demo rubrics, accreditations, a year of compliance history in Beijing–Tianjin–Hebei (so its trust ranking has
 * something to rank) and an open evaluation of the Taipu incident in the Yangtze River Delta.
 */
import { DEFAULT_RUBRICS } from '../src/domain/evaluations/rubric';
import { DEFAULT_TRUST_SETTINGS } from '../src/domain/trust/settings';
import { DEFAULT_SEVERITY, type ComplianceKind } from '../src/domain/trust/standing';
import type {
  StoredAccreditation,
  StoredComplianceRecord,
  StoredEvaluation,
  StoredRubric,
} from '../src/store/entities';
import type { Actor } from '../src/domain/roles';

const daysAgo = (now: number, days: number) => new Date(now - days * 86_400_000).toISOString();

export function demoRubrics(clusterIds: readonly string[], at: string): StoredRubric[] {
  return clusterIds.flatMap((clusterId) =>
    Object.entries(DEFAULT_RUBRICS).map(([rubricId, rubric]) => ({
      clusterId,
      rubricId,
      name: rubric.name,
      targetKind: rubric.targetKind,
      criteria: rubric.criteria.map((criterion) => ({ ...criterion })),
      scale: { ...rubric.scale },
      version: 1,
      updatedAt: at,
    })),
  );
}

export function demoAccreditations(at: string): StoredAccreditation[] {
  const base = { affiliatedWithOffice: false, active: true, grantedAt: at, version: 1 } as const;
  return [
    {
      ...base,
      clusterId: 'cluster-jjj',
      evaluatorId: 'demo-evaluator-jjj',
      name: 'Public Safety Research Institute',
      organisation: 'Public Safety Research Institute, Beijing',
      kind: 'THIRD_PARTY',
    },
    {
      ...base,
      clusterId: 'cluster-yrd',
      evaluatorId: 'demo-evaluator-yrd',
      name: 'Tongji University Disaster Prevention Institute',
      organisation: 'Tongji University, Shanghai',
      kind: 'THIRD_PARTY',
    },
    {
      ...base,
      clusterId: 'cluster-yrd',
      evaluatorId: 'demo-self-assessor-suzhou',
      name: 'Suzhou self-assessment team',
      organisation: 'Suzhou Emergency Management Bureau',
      kind: 'SELF',
      affiliatedCityId: 'city-suzhou',
    },
  ];
}

const JJJ_OFFICE: Actor = {
  id: 'demo-coordinator-jjj',
  name: 'Beijing–Tianjin–Hebei Coordination Office (duty officer)',
  role: 'COORDINATOR',
};

/** [city, kind, days ago, note] in Beijing–Tianjin–Hebei, recorded by the coordination office. */
const JJJ_HISTORY: ReadonlyArray<[string, ComplianceKind, number, string]> = [
  ['city-tianjin', 'FULFILLED', 300, 'Shared Haihe upstream gauge readings within the hour during the July rainstorm.'],
  ['city-tianjin', 'FULFILLED', 210, 'Joined the cross-border flood drill with two rescue teams as agreed.'],
  ['city-tianjin', 'FULFILLED', 40, 'Provided 20 drainage pump units to Langfang within the agreed six hours.'],
  ['city-langfang', 'FULFILLED', 320, 'Warned Tianjin of the Yongding River crest on time.'],
  [
    'city-langfang',
    'SLOW_RESPONSE',
    150,
    'Took nine hours to acknowledge the coordination office\u2019s request for shelter capacity figures.',
  ],
  ['city-langfang', 'FULFILLED', 20, 'Reported the chemical warehouse fire to all partners within 40 minutes.'],
  [
    'city-baoding',
    'INCOMPLETE_REPORT',
    240,
    'The flood situation report left out two inundated townships in Zhuozhou.',
  ],
  ['city-baoding', 'NON_COOPERATION', 90, 'Did not send the agreed liaison officer to the joint command post.'],
  ['city-beijing', 'FULFILLED', 180, 'Hosted the joint epidemic desk and circulated daily case data as agreed.'],
  ['city-tangshan', 'FULFILLED', 60, 'Sent the hazardous-chemicals response team to Cangzhou within four hours.'],
];

export function demoComplianceHistory(now: number): StoredComplianceRecord[] {
  return JJJ_HISTORY.map(([cityId, kind, days, note], index) => {
    const at = daysAgo(now, days);
    return {
      recordId: `cr_demo_jjj_${index + 1}`,
      clusterId: 'cluster-jjj',
      kind,
      subjectKey: cityId,
      cityId,
      supervision: 'VERTICAL',
      severity: DEFAULT_SEVERITY[kind],
      note,
      evidence: { text: 'Coordination office duty log.', links: [] },
      at,
      recordedAt: at,
      recordedBy: JJJ_OFFICE,
      automatic: false,
      // Demo history is long past its dispute window.
      disputeWindowEndsAt: daysAgo(now, days - 14),
      status: 'STANDING',
      agreementId: 'agr-jjj-accidents',
      version: 1,
    } satisfies StoredComplianceRecord;
  });
}

/** An open evaluation of the demo incident's response, with a third-party evaluator and Suzhou's self-assessors. */
export function demoEvaluation(at: string, rubric: StoredRubric): StoredEvaluation {
  return {
    evaluationId: 'evl-demo-taipu-response',
    clusterId: 'cluster-yrd',
    title: 'Response to the Taipu River aniline leak',
    targetKind: 'ACTIVITY',
    targetType: 'EVENT_RESPONSE',
    eventId: 'evt-demo-taipu-aniline',
    rubricId: rubric.rubricId,
    rubricName: rubric.name,
    rubricVersion: rubric.version,
    criteria: rubric.criteria,
    scale: rubric.scale,
    panel: ['demo-evaluator-yrd', 'demo-self-assessor-suzhou'],
    status: 'OPEN',
    weighting: {
      thirdPartyWeightBp: DEFAULT_TRUST_SETTINGS.groupWeights.thirdPartyBp,
      selfWeightBp: DEFAULT_TRUST_SETTINGS.groupWeights.selfBp,
      rewardAtOrAbove: DEFAULT_TRUST_SETTINGS.thresholds.rewardAtOrAbove,
      penaltyBelow: DEFAULT_TRUST_SETTINGS.thresholds.penaltyBelow,
    },
    openedAt: at,
    openedBy: {
      id: 'demo-coordinator-yrd',
      name: 'Yangtze River Delta Coordination Office (duty officer)',
      role: 'COORDINATOR',
    },
    version: 1,
  };
}
