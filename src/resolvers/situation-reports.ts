import type { Resolvers } from '../generated/graphql';
import { referencedCity } from '../services/access';
import { eventPicture, situationReports, submitSituationReport } from '../services/situation-reports';
import { pageArgs, toConnection } from './connection';

export const situationReportResolvers: Resolvers = {
  Query: {
    situationReports: async (_, { eventId, ...args }, ctx) =>
      toConnection(await situationReports(ctx, eventId, pageArgs(args))),
    eventPicture: (_, { eventId, staleAfter }, ctx) => eventPicture(ctx, eventId, staleAfter),
  },
  Mutation: {
    submitSituationReport: (_, { input }, ctx) => submitSituationReport(ctx, input),
  },
  SituationReport: {
    id: (report) => report.reportId,
    // Whoever reads a report has read its event first (the service primes the loader with it).
    event: async (report, _, ctx) => (await ctx.loaders.riskEvent.load(report.eventId))!,
    city: (report, _, ctx) => referencedCity(ctx, report.cityId),
    submittedByName: (report) => report.submittedBy.name,
    submittedByRole: (report) => {
      const role = report.submittedBy.role;
      if (role === 'SYSTEM') throw new Error(`Situation report ${report.reportId} names no person as its author`);
      return role;
    },
    casualties: (report) => ({ dead: report.dead, injured: report.injured, missing: report.missing }),
  },
};
