import type { Resolvers } from '../generated/graphql';
import { consequenceInEffect } from '../domain/trust/consequences';
import { KIND_LABEL } from '../domain/trust/standing';
import { notFound, referencedIn } from '../services/access';
import {
  counts,
  disputeWindowEnd,
  disputeRecord,
  kindLabel,
  listRecords,
  recordCompliance,
  recordFor,
  resolveDispute,
  severityOf,
  statusOf,
} from '../services/compliance';
import { readableClaim } from '../services/claims';
import { readableEvaluation } from '../services/evaluations';
import { readableObligation } from '../services/obligations';
import {
  cityStanding,
  clusterTrust,
  driverGroupsOf,
  driversOf,
  officeStanding,
  setTrustSettings,
  summaryOf,
  trustSettingsView,
} from '../services/trust';
import { pageArgs, toConnection } from './connection';

export const trustResolvers: Resolvers = {
  Query: {
    complianceRecords: async (_, { clusterId, filter, cityId, ...args }, ctx) =>
      toConnection(await listRecords(ctx, clusterId, { ...filter, cityId: filter?.cityId ?? cityId }, pageArgs(args))),
    complianceRecord: (_, { id }, ctx) => recordFor(ctx, id),
    trustStanding: (_, { cityId }, ctx) => cityStanding(ctx, cityId),
    officeTrustStanding: (_, { clusterId }, ctx) => officeStanding(ctx, clusterId),
    clusterTrust: (_, { clusterId }, ctx) => clusterTrust(ctx, clusterId),
  },
  Mutation: {
    recordCompliance: (_, { input }, ctx) => recordCompliance(ctx, input),
    disputeComplianceRecord: (_, { input }, ctx) => disputeRecord(ctx, input),
    resolveComplianceDispute: (_, { input }, ctx) => resolveDispute(ctx, input),
    setTrustSettings: (_, { input }, ctx) => setTrustSettings(ctx, input),
  },
  Cluster: {
    trustSettings: (cluster) => trustSettingsView(cluster),
  },
  ComplianceRecord: {
    id: (record) => record.recordId,
    kindLabel: (record) => kindLabel(record),
    city: async (record, _, ctx) => (record.cityId ? ((await ctx.loaders.city.load(record.cityId)) ?? null) : null),
    aboutCoordinationOffice: (record) => !record.cityId,
    // What a record concerns is shown to those who may read it, through the same policy as the top-level queries.
    obligation: (record, _, ctx) => readableObligation(ctx, record.clusterId, record.obligationId),
    event: (record, _, ctx) =>
      referencedIn(record.clusterId, 'risk event', record.eventId, (id) => ctx.loaders.riskEvent.load(id)),
    agreement: (record, _, ctx) =>
      referencedIn(record.clusterId, 'agreement', record.agreementId, (id) => ctx.loaders.agreement.load(id)),
    claim: (record, _, ctx) => readableClaim(ctx, record.clusterId, record.claimId),
    // The evaluation behind a reward or penalty, when the caller may read it.
    evaluation: (record, _, ctx) => readableEvaluation(ctx, record.clusterId, record.evaluationId),
    severity: (record) => severityOf(record),
    // Early automatic records were written before the flag existed.
    automatic: (record) => record.automatic ?? true,
    recordedByName: (record) => record.recordedBy.name,
    recordedByRole: (record) => record.recordedBy.role,
    status: (record) => statusOf(record),
    counts: (record) => counts(record),
    disputeWindowEndsAt: async (record, _, ctx) => {
      const cluster = await ctx.loaders.cluster.load(record.clusterId);
      if (!cluster) throw notFound('cluster', record.clusterId);
      return disputeWindowEnd(record, cluster);
    },
    withdrawal: (record) =>
      record.withdrawal
        ? { at: record.withdrawal.at, reason: record.withdrawal.reason, byName: record.withdrawal.by.name }
        : null,
    version: (record) => record.version ?? 1,
  },
  Dispute: {
    filedByName: (dispute) => dispute.filedBy.name,
    resolution: (dispute) => dispute.resolution ?? null,
    resolvedByName: (dispute) => dispute.resolvedBy?.name ?? null,
  },
  Consequence: {
    amount: (consequence) =>
      consequence.amountMinor ? { amountMinor: consequence.amountMinor, currency: consequence.currency! } : null,
    inEffect: (consequence, _, ctx) => consequenceInEffect(consequence, ctx.now()),
  },
  TrustStanding: {
    city: async (view, _, ctx) => (view.cityId ? ((await ctx.loaders.city.load(view.cityId)) ?? null) : null),
    aboutCoordinationOffice: (view) => !view.cityId,
    score: (view) => view.standing.score,
    uncertainty: (view) => view.standing.uncertainty,
    lowerBound: (view) => view.standing.lowerBound,
    positiveEvidence: (view) => view.standing.positive,
    negativeEvidence: (view) => view.standing.negative,
    recordsCounted: (view) => view.standing.recordsCounted,
    trend: async (view) => (await view.trend()).trend,
    change: async (view) => (await view.trend()).change,
    direction: async (view) => (await view.trend()).direction,
    summary: (view, _, ctx) => summaryOf(ctx, view),
    drivers: (view, { first }, ctx) => driversOf(ctx, view, first),
    driverGroups: (view, { first }, ctx) => driverGroupsOf(ctx, view, first),
  },
  TrustDriverGroup: {
    kindLabel: (group) => KIND_LABEL[group.kind],
    event: (group, _, ctx) =>
      referencedIn(group.clusterId, 'risk event', group.incident?.id, (id) => ctx.loaders.riskEvent.load(id)),
    pointsShown: (group) => group.tenthsShown / 10,
  },
};
