/**
 * Data the browser tests make for themselves through the GraphQL API (over HTTP, as the demo identities), so each test
 * stands alone: an event, a finalized evaluation of the response to it, and corrective actions at any status.
 */
import { graphql } from '../generated';
import type { RiskCategory } from '../generated/graphql';
import type { DemoSub } from './api';
import type { ConsoleUnderTest } from './browser';

const REPORT_EVENT = graphql(`
  mutation BrowserReportEvent($input: ReportRiskEventInput!) {
    reportRiskEvent(input: $input) {
      id
    }
  }
`);
const ESCALATE = graphql(`
  mutation BrowserEscalate($input: EscalateRiskEventInput!) {
    escalateRiskEvent(input: $input) {
      id
    }
  }
`);
const OPEN_EVALUATION = graphql(`
  mutation BrowserOpenEvaluation($input: OpenEvaluationInput!) {
    openEvaluation(input: $input) {
      id
      rubric {
        criteria {
          id
        }
      }
    }
  }
`);
const SUBMIT_ASSESSMENT = graphql(`
  mutation BrowserSubmitAssessment($input: AssessmentInput!) {
    submitAssessment(input: $input) {
      status
    }
  }
`);
const EVALUATION_VERSION = graphql(`
  query BrowserEvaluationVersion($id: ID!) {
    evaluation(id: $id) {
      version
    }
  }
`);
const FINALIZE = graphql(`
  mutation BrowserFinalize($input: FinalizeEvaluationInput!) {
    finalizeEvaluation(input: $input) {
      status
    }
  }
`);
const CREATE_ACTION = graphql(`
  mutation BrowserCreateAction($input: CreateCorrectiveActionInput!) {
    createCorrectiveAction(input: $input) {
      id
      version
    }
  }
`);
const PROGRESS = graphql(`
  mutation BrowserProgress($input: ReportCorrectiveActionProgressInput!) {
    reportCorrectiveActionProgress(input: $input) {
      version
    }
  }
`);
const COMPLETE = graphql(`
  mutation BrowserComplete($input: CompleteCorrectiveActionInput!) {
    completeCorrectiveAction(input: $input) {
      version
    }
  }
`);
const VERIFY = graphql(`
  mutation BrowserVerify($input: VerifyCorrectiveActionInput!) {
    verifyCorrectiveAction(input: $input) {
      status
    }
  }
`);

/** The demo's two clusters: who acts for each in these tests. */
export const CLUSTERS = {
  jjj: {
    clusterId: 'cluster-jjj',
    office: 'demo-coordinator-jjj',
    evaluator: 'demo-evaluator-jjj',
  },
  yrd: {
    clusterId: 'cluster-yrd',
    office: 'demo-coordinator-yrd',
    evaluator: 'demo-evaluator-yrd',
  },
} as const satisfies Record<string, { clusterId: string; office: DemoSub; evaluator: DemoSub }>;
type Cluster = (typeof CLUSTERS)[keyof typeof CLUSTERS];

/** An event reported by the cluster's office an hour ago, optionally escalated. Returns its id. */
export async function anEvent(
  app: ConsoleUnderTest,
  cluster: Cluster,
  options: {
    originCityId: string;
    affectedCityIds?: string[];
    description: string;
    category?: RiskCategory;
    escalate?: string;
  },
): Promise<string> {
  const { reportRiskEvent } = await app.api(cluster.office, REPORT_EVENT, {
    input: {
      clusterId: cluster.clusterId,
      category: options.category ?? 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: options.originCityId,
      affectedCityIds: options.affectedCityIds ?? [],
      location: { description: options.description },
      description: options.description,
      observedAt: new Date(Date.now() - 3_600_000).toISOString(),
    },
  });
  if (options.escalate)
    await app.api(cluster.office, ESCALATE, { input: { eventId: reportRiskEvent.id, reason: options.escalate } });
  return reportRiskEvent.id;
}

/** The response to a new event, evaluated by the cluster's third-party evaluator alone and finalized. */
export async function aFinalizedEvaluation(
  app: ConsoleUnderTest,
  cluster: Cluster,
  options: { originCityId: string; title: string; recommendations: string },
): Promise<string> {
  const eventId = await anEvent(app, cluster, { originCityId: options.originCityId, description: options.title });
  const { openEvaluation } = await app.api(cluster.office, OPEN_EVALUATION, {
    input: {
      clusterId: cluster.clusterId,
      rubricId: 'activity-response',
      title: options.title,
      targetType: 'EVENT_RESPONSE',
      eventId,
      panel: [cluster.evaluator],
    },
  });
  await app.api(cluster.evaluator, SUBMIT_ASSESSMENT, {
    input: {
      evaluationId: openEvaluation.id,
      findings: 'Warnings reached the downstream districts late.',
      recommendations: options.recommendations,
      scores: openEvaluation.rubric.criteria.map((criterion) => ({ criterionId: criterion.id, score: 3 })),
    },
  });
  const { evaluation } = await app.api(cluster.office, EVALUATION_VERSION, { id: openEvaluation.id });
  await app.api(cluster.office, FINALIZE, {
    input: { evaluationId: openEvaluation.id, expectedVersion: evaluation.version },
  });
  return openEvaluation.id;
}

export type ActionStage = 'OPEN' | 'DONE' | 'VERIFIED';

/**
 * A corrective action the office sets for a city from a new finalized evaluation, taken to `stage` by the city's
 * officer (`citySub`) and, for VERIFIED, the office.
 */
export async function aCorrectiveAction(
  app: ConsoleUnderTest,
  cluster: Cluster,
  options: { ownerCityId: string; citySub: DemoSub; action: string; stage: ActionStage },
): Promise<string> {
  const evaluationId = await aFinalizedEvaluation(app, cluster, {
    originCityId: options.ownerCityId,
    title: `Evaluation behind: ${options.action}`,
    recommendations: 'Keep the gauge readings shared every hour.',
  });
  const { createCorrectiveAction: created } = await app.api(cluster.office, CREATE_ACTION, {
    input: {
      evaluationId,
      ownerCityId: options.ownerCityId,
      action: options.action,
      dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      idempotencyKey: `browser-${options.action}`,
    },
  });
  if (options.stage === 'OPEN') return created.id;
  const progressed = await app.api(options.citySub, PROGRESS, {
    input: { correctiveActionId: created.id, expectedVersion: created.version, note: 'Work started.', percent: 50 },
  });
  const completed = await app.api(options.citySub, COMPLETE, {
    input: {
      correctiveActionId: created.id,
      expectedVersion: progressed.reportCorrectiveActionProgress.version,
      evidence: { text: `Done: ${options.action}`, links: [] },
    },
  });
  if (options.stage === 'DONE') return created.id;
  await app.api(cluster.office, VERIFY, {
    input: {
      correctiveActionId: created.id,
      expectedVersion: completed.completeCorrectiveAction.version,
      accepted: true,
      reason: 'Checked on site.',
    },
  });
  return created.id;
}
