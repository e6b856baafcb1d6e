import type { Resolvers } from '../generated/graphql';
import { formatWeight } from '../domain/evaluations/rubric';
import { referencedIn } from '../services/access';
import { readableRecord } from '../services/compliance';
import { readableObligation } from '../services/obligations';
import {
  accreditEvaluator,
  accreditations,
  defineRubric,
  evaluationFor,
  finalizeEvaluation,
  listEvaluations,
  openEvaluation,
  panelOf,
  resultFor,
  revokeAccreditation,
  rubrics,
  visibleAssessments,
  writeAssessment,
} from '../services/evaluations';
import { pageArgs, toConnection } from './connection';

export const evaluationResolvers: Resolvers = {
  Query: {
    rubrics: (_, { clusterId }, ctx) => rubrics(ctx, clusterId),
    evaluatorAccreditations: (_, { clusterId }, ctx) => accreditations(ctx, clusterId),
    evaluations: async (_, { clusterId, status, ...args }, ctx) =>
      toConnection(await listEvaluations(ctx, clusterId, status ?? null, pageArgs(args))),
    evaluation: (_, { id }, ctx) => evaluationFor(ctx, id),
  },
  Mutation: {
    defineRubric: (_, { input }, ctx) => defineRubric(ctx, input),
    accreditEvaluator: (_, { input }, ctx) => accreditEvaluator(ctx, input),
    revokeAccreditation: (_, { input }, ctx) => revokeAccreditation(ctx, input),
    openEvaluation: (_, { input }, ctx) => openEvaluation(ctx, input),
    saveAssessmentDraft: (_, { input }, ctx) => writeAssessment(ctx, input, false),
    submitAssessment: (_, { input }, ctx) => writeAssessment(ctx, input, true),
    finalizeEvaluation: (_, { input }, ctx) => finalizeEvaluation(ctx, input),
  },
  Rubric: {
    id: (rubric) => rubric.rubricId,
    scaleMin: (rubric) => rubric.scale.min,
    scaleMax: (rubric) => rubric.scale.max,
  },
  Criterion: {
    id: (criterion) => criterion.criterionId,
    weight: (criterion) => formatWeight(criterion.weightBp),
  },
  EvaluatorAccreditation: {
    affiliatedCity: async (accreditation, _, ctx) =>
      accreditation.affiliatedCityId ? ((await ctx.loaders.city.load(accreditation.affiliatedCityId)) ?? null) : null,
    affiliatedWithCoordinationOffice: (accreditation) => accreditation.affiliatedWithOffice,
  },
  Evaluation: {
    id: (evaluation) => evaluation.evaluationId,
    event: (evaluation, _, ctx) =>
      referencedIn(evaluation.clusterId, 'risk event', evaluation.eventId, (id) => ctx.loaders.riskEvent.load(id)),
    agreement: (evaluation, _, ctx) =>
      referencedIn(evaluation.clusterId, 'agreement', evaluation.agreementId, (id) => ctx.loaders.agreement.load(id)),
    obligation: (evaluation, _, ctx) => readableObligation(ctx, evaluation.clusterId, evaluation.obligationId),
    city: async (evaluation, _, ctx) =>
      evaluation.cityId ? ((await ctx.loaders.city.load(evaluation.cityId)) ?? null) : null,
    rubric: (evaluation) => ({
      clusterId: evaluation.clusterId,
      rubricId: evaluation.rubricId,
      name: evaluation.rubricName,
      targetKind: evaluation.targetKind,
      criteria: evaluation.criteria,
      scale: evaluation.scale,
      version: evaluation.rubricVersion,
      updatedAt: evaluation.openedAt,
    }),
    panel: (evaluation, _, ctx) => panelOf(ctx, evaluation),
    assessments: (evaluation, _, ctx) => visibleAssessments(ctx, evaluation),
    // Only a panel member has an assessment of its own: no read for anyone else.
    myAssessment: async (evaluation, _, ctx) =>
      evaluation.panel.includes(ctx.caller.id)
        ? ((await ctx.loaders.myAssessment.load(evaluation.evaluationId)) ?? null)
        : null,
    result: (evaluation, _, ctx) => resultFor(ctx, evaluation),
    finalizedByName: (evaluation) => evaluation.finalizedBy?.name ?? null,
    complianceRecord: (evaluation, _, ctx) => readableRecord(ctx, evaluation.clusterId, evaluation.complianceRecordId),
  },
  EvaluationResult: {
    // Results fixed before exclusions were recorded have none.
    excluded: (result) => result.excluded ?? [],
    thirdPartyWeight: (result) => result.appliedWeights.thirdParty,
    selfWeight: (result) => result.appliedWeights.self,
    spreadMin: (result) => result.spread.min,
    spreadMax: (result) => result.spread.max,
    spreadRange: (result) => result.spread.range,
    spreadStandardDeviation: (result) => result.spread.standardDeviation,
    criteria: (result) =>
      result.criteria.map((criterion) => ({
        ...criterion,
        name: result.criterionNames[criterion.criterionId] ?? criterion.criterionId,
      })),
  },
};
