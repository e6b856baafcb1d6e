import { decide } from '../auth/policy';
import type { Resolvers } from '../generated/graphql';
import { consequenceInEffect } from '../domain/trust/consequences';
import { notFound, referencedIn } from '../services/access';
import { counts, disputeWindowEnd, disputeRecord, kindLabel, listRecords, recordCompliance, recordFor, resolveDispute, severityOf, statusOf } from '../services/compliance';
import { evaluationAccess } from '../services/evaluations';
import { cityStanding, clusterTrust, driversOf, officeStanding, setTrustSettings, trustSettingsView } from '../services/trust';
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
    obligation: (record, _, ctx) => referencedIn(record.clusterId, 'obligation', record.obligationId, (id) => ctx.loaders.obligation.load(id)),
    event: (record, _, ctx) => referencedIn(record.clusterId, 'risk event', record.eventId, (id) => ctx.loaders.riskEvent.load(id)),
    agreement: (record, _, ctx) => referencedIn(record.clusterId, 'agreement', record.agreementId, (id) => ctx.loaders.agreement.load(id)),
    claim: (record, _, ctx) => referencedIn(record.clusterId, 'claim', record.claimId, (id) => ctx.loaders.claim.load(id)),
    // The evaluation behind a reward or penalty, when the caller may read it.
    evaluation: async (record, _, ctx) => {
      if (!record.evaluationId) return null;
      const evaluation = await ctx.loaders.evaluation.load(record.evaluationId);
      if (!evaluation || evaluation.clusterId !== record.clusterId) return null;
      return decide(ctx.caller, 'evaluation:read', evaluationAccess(evaluation)).outcome === 'allowed' ? evaluation : null;
    },
    severity: (record) => severityOf(record),
    evidence: (record) => record.evidence ?? null,
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
    dispute: (record) => record.dispute ?? null,
    consequence: (record) => record.consequence ?? null,
    version: (record) => record.version ?? 1,
  },
  Dispute: {
    evidence: (dispute) => dispute.evidence ?? null,
    filedByName: (dispute) => dispute.filedBy.name,
    resolution: (dispute) => dispute.resolution ?? null,
    reasons: (dispute) => dispute.reasons ?? null,
    resolvedAt: (dispute) => dispute.resolvedAt ?? null,
    resolvedByName: (dispute) => dispute.resolvedBy?.name ?? null,
  },
  Consequence: {
    amount: (consequence) => (consequence.amountMinor ? { amountMinor: consequence.amountMinor, currency: consequence.currency! } : null),
    until: (consequence) => consequence.until ?? null,
    inEffect: (consequence, _, ctx) => consequenceInEffect(consequence, ctx.now()),
  },
  TrustStanding: {
    city: async (view, _, ctx) => (view.cityId ? ((await ctx.loaders.city.load(view.cityId)) ?? null) : null),
    aboutCoordinationOffice: (view) => !view.cityId,
    score: (view) => view.standing.score,
    uncertainty: (view) => view.standing.uncertainty,
    positiveEvidence: (view) => view.standing.positive,
    negativeEvidence: (view) => view.standing.negative,
    recordsCounted: (view) => view.standing.recordsCounted,
    trend: (view) => view.explanation().trend,
    change: (view) => view.explanation().change,
    direction: (view) => view.explanation().direction,
    summary: (view) => view.explanation().summary,
    drivers: (view, { first }, ctx) => driversOf(ctx, view, first),
  },
};
