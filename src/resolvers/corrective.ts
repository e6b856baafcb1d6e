import type { Resolvers } from '../generated/graphql';
import { isOverdue } from '../domain/corrective/actions';
import type { RiskCategory } from '../domain/levels';
import { readableRecord } from '../services/compliance';
import {
  completeCorrectiveAction,
  correctiveActionFor,
  createCorrectiveAction,
  listCorrectiveActions,
  readableCorrectiveAction,
  reportCorrectiveActionProgress,
  verifyCorrectiveAction,
} from '../services/corrective';
import { readableEvaluation } from '../services/evaluations';
import { listLessons } from '../services/lessons';
import { pageArgs, toConnection } from './connection';

export const correctiveResolvers: Resolvers = {
  Query: {
    correctiveActions: async (_, { clusterId, filter, ...args }, ctx) =>
      toConnection(await listCorrectiveActions(ctx, clusterId, filter ?? {}, pageArgs(args))),
    correctiveAction: (_, { id }, ctx) => correctiveActionFor(ctx, id),
    lessons: async (_, { clusterId, category, search, ...args }, ctx) =>
      toConnection(await listLessons(ctx, clusterId, { category, search }, pageArgs(args))),
  },
  Mutation: {
    createCorrectiveAction: (_, { input }, ctx) => createCorrectiveAction(ctx, input),
    reportCorrectiveActionProgress: (_, { input }, ctx) => reportCorrectiveActionProgress(ctx, input),
    completeCorrectiveAction: (_, { input }, ctx) => completeCorrectiveAction(ctx, input),
    verifyCorrectiveAction: (_, { input }, ctx) => verifyCorrectiveAction(ctx, input),
  },
  ComplianceRecord: {
    correctiveAction: (record, _, ctx) => readableCorrectiveAction(ctx, record.clusterId, record.correctiveActionId),
  },
  CorrectiveAction: {
    id: (action) => action.correctiveActionId,
    evaluation: (action, _, ctx) => readableEvaluation(ctx, action.clusterId, action.evaluationId),
    ownerCity: async (action, _, ctx) =>
      action.ownerCityId ? ((await ctx.loaders.city.load(action.ownerCityId)) ?? null) : null,
    aboutCoordinationOffice: (action) => !action.ownerCityId,
    overdue: (action, _, ctx) => isOverdue(action, ctx.now()),
    verifiedByName: (action) => action.verifiedBy?.name ?? null,
    lastRejection: (action) => action.rejection ?? null,
    overdueRecord: (action, _, ctx) => readableRecord(ctx, action.clusterId, action.overdueRecordId),
    createdByName: (action) => action.createdBy.name,
    history: async (action, args, ctx) => {
      const page = pageArgs(args);
      // The first page of every action in a list is read together; a later page is one action's own Query.
      return toConnection(
        page.after
          ? await ctx.store.correctiveActions.history(action.correctiveActionId, page)
          : await ctx.loaders.correctiveActionHistory.load({ action, first: page.first }),
      );
    },
  },
  CorrectiveActionRejection: {
    byName: (rejection) => rejection.by.name,
  },
  CorrectiveActionStep: {
    status: (step) => step.statusAfter,
    byName: (step) => step.by.name,
    byRole: (step) => step.by.role,
  },
  Lesson: {
    id: (lesson) => lesson.lessonId,
    // The list already showed only lessons whose evaluation the caller may read.
    evaluation: async (lesson, _, ctx) => (await readableEvaluation(ctx, lesson.clusterId, lesson.evaluationId))!,
    categories: (lesson) => lesson.categories as RiskCategory[],
    correctiveAction: (lesson, _, ctx) => readableCorrectiveAction(ctx, lesson.clusterId, lesson.correctiveActionId),
  },
};
