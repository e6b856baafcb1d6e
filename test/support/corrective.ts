/**
 * Corrective actions and lessons through the real handler: the operations the tests send, and a finalized evaluation
 * of a test's own cluster to start from.
 */
import { graphql } from '../generated';
import type { RiskCategory } from '../generated/graphql';
import { gql, type GraphQLResponse } from './api';
import { testClock } from './clock';
import { REPORT } from './operations';
import type { BuiltCluster } from './world';

graphql(`
  fragment CorrectiveActionFields on CorrectiveAction {
    id
    status
    version
    dueAt
    overdue
    percent
    action
    recommendation
    aboutCoordinationOffice
    ownerCity {
      id
      name
    }
    evaluation {
      id
    }
    evidence {
      text
      links
    }
    completedAt
    verifiedAt
    verifiedByName
    lastRejection {
      reason
      byName
    }
    overdueRecord {
      id
      kind
    }
    createdByName
  }
`);

export const CREATE_ACTION = graphql(`
  mutation CorrectiveCreate($input: CreateCorrectiveActionInput!) {
    createCorrectiveAction(input: $input) {
      ...CorrectiveActionFields
    }
  }
`);
export const REPORT_PROGRESS = graphql(`
  mutation CorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {
    reportCorrectiveActionProgress(input: $input) {
      ...CorrectiveActionFields
    }
  }
`);
export const COMPLETE_ACTION = graphql(`
  mutation CorrectiveComplete($input: CompleteCorrectiveActionInput!) {
    completeCorrectiveAction(input: $input) {
      ...CorrectiveActionFields
    }
  }
`);
export const VERIFY_ACTION = graphql(`
  mutation CorrectiveVerify($input: VerifyCorrectiveActionInput!) {
    verifyCorrectiveAction(input: $input) {
      ...CorrectiveActionFields
    }
  }
`);
export const ACTION = graphql(`
  query CorrectiveAction($id: ID!, $first: Int) {
    correctiveAction(id: $id) {
      ...CorrectiveActionFields
      history(first: $first) {
        nodes {
          kind
          status
          note
          percent
          evidence {
            text
          }
          at
          byName
          byRole
          version
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
export const ACTIONS = graphql(`
  query CorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $first: Int, $after: String) {
    correctiveActions(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        status
        overdue
        ownerCity {
          name
        }
        aboutCoordinationOffice
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const LESSONS = graphql(`
  query CorrectiveLessons($clusterId: ID!, $category: RiskCategory, $search: String, $first: Int, $after: String) {
    lessons(clusterId: $clusterId, category: $category, search: $search, first: $first, after: $after) {
      nodes {
        id
        kind
        text
        byName
        categories
        evaluationTitle
        evaluation {
          id
          status
        }
        correctiveAction {
          id
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OPEN_EVALUATION = graphql(`
  mutation CorrectiveOpenEvaluation($input: OpenEvaluationInput!) {
    openEvaluation(input: $input) {
      id
      version
    }
  }
`);
const SUBMIT = graphql(`
  mutation CorrectiveSubmit($input: AssessmentInput!) {
    submitAssessment(input: $input) {
      status
    }
  }
`);
const FINALIZE = graphql(`
  mutation CorrectiveFinalize($input: FinalizeEvaluationInput!) {
    finalizeEvaluation(input: $input) {
      status
      version
    }
  }
`);
const EVALUATION_VERSION = graphql(`
  query CorrectiveEvaluationVersion($id: ID!) {
    evaluation(id: $id) {
      version
    }
  }
`);

/** The data of a response that must succeed; fails the test loudly, naming the step, otherwise. */
export function ok<T>(step: string, response: GraphQLResponse<T>): T {
  if (response.errors || !response.data) throw new Error(`${step} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export interface EvaluationOptions {
  title?: string;
  category?: RiskCategory;
  /** What the panel's evaluator recommends. */
  recommendations?: string;
  /** Left OPEN when false. */
  finalize?: boolean;
}

/**
 * The response to a risk event of the cluster (reported by the office in its first city), evaluated by the cluster's
 * third-party evaluator and, unless told otherwise, finalized. The cluster must be built with `rubrics: true`.
 */
export async function anEvaluation(cluster: BuiltCluster, options: EvaluationOptions = {}): Promise<string> {
  const [origin] = cluster.cities;
  const event = ok(
    'reporting the event',
    await gql(cluster.coordinator, REPORT, {
      input: {
        clusterId: cluster.id,
        category: options.category ?? 'NATURAL_DISASTER',
        level: 'III',
        warning: 'ORANGE',
        originCityId: origin.id,
        affectedCityIds: [],
        location: { latitude: origin.latitude, longitude: origin.longitude, description: `${origin.name} riverside` },
        description: `Flooding at ${origin.name}`,
        observedAt: new Date(Date.parse(testClock.now()) - 3_600_000).toISOString(),
      },
    }),
  ).reportRiskEvent;
  const evaluationId = ok(
    'opening the evaluation',
    await gql(cluster.coordinator, OPEN_EVALUATION, {
      input: {
        clusterId: cluster.id,
        rubricId: 'activity-response',
        title: options.title ?? `Response to the flooding at ${origin.name}`,
        targetType: 'EVENT_RESPONSE',
        eventId: event.id,
        panel: [cluster.evaluator.id],
      },
    }),
  ).openEvaluation.id;
  ok(
    'submitting the assessment',
    await gql(cluster.evaluator.token, SUBMIT, {
      input: {
        evaluationId,
        findings: 'Warnings reached the downstream districts late.',
        recommendations: options.recommendations ?? 'Install a second water-level gauge upstream.',
        scores: ['plan-effectiveness', 'timeliness', 'resources-information', 'response-efficiency'].map(
          (criterionId) => ({ criterionId, score: 3 }),
        ),
      },
    }),
  );
  if (options.finalize === false) return evaluationId;
  const { version } = ok(
    'reading the evaluation',
    await gql(cluster.coordinator, EVALUATION_VERSION, { id: evaluationId }),
  ).evaluation;
  ok('finalizing', await gql(cluster.coordinator, FINALIZE, { input: { evaluationId, expectedVersion: version } }));
  return evaluationId;
}

/** An instant `days` after the test clock's now. */
export const daysFromNow = (days: number) => new Date(Date.parse(testClock.now()) + days * 86_400_000).toISOString();
