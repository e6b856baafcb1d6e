import { actorOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { ConflictError } from '../domain/errors';
import { formatWeight } from '../domain/evaluations/rubric';
import { changeSettings, settingsOf, type TrustSettingsChange } from '../domain/trust/settings';
import {
  explainStanding,
  incidentLabel,
  rankStandings,
  standingAt,
  type Incident,
  type Standing,
  type TrustEvidence,
  type TrustExplanation,
} from '../domain/trust/standing';
import type { StoredCluster, StoredComplianceRecord } from '../store/entities';
import { allows, cityFor, clusterFor, enforce, notFound } from './access';
import { subjectKeyOf } from '../domain/compliance/ids';
import { counts, severityOf } from './compliance';
import { coversWholeRecordOf, evaluatorScope } from './evaluator-scope';
import { citiesOf } from './members';

export type TrustSettingsView = ReturnType<typeof trustSettingsView>;
export type DriverView = Awaited<ReturnType<typeof driversOf>>[number];
export type DriverGroupView = Awaited<ReturnType<typeof driverGroupsOf>>[number];
export type RankedTrustView = ClusterTrustView['members'][number];

/** The settings as the API shows them. */
export function trustSettingsView(cluster: StoredCluster) {
  const settings = settingsOf(cluster.trustSettings);
  return {
    disputeWindow: settings.disputeWindow,
    trustHalfLifeDays: settings.halfLifeDays,
    minimumEvidenceToRank: settings.minimumEvidenceToRank,
    thirdPartyWeight: formatWeight(settings.groupWeights.thirdPartyBp),
    selfWeight: formatWeight(settings.groupWeights.selfBp),
    rewardThreshold: settings.thresholds.rewardAtOrAbove,
    penaltyThreshold: settings.thresholds.penaltyBelow,
  };
}

export async function setTrustSettings(
  ctx: RequestContext,
  input: TrustSettingsChange & { clusterId: string; expectedVersion: number },
): Promise<StoredCluster> {
  const cluster = await clusterFor(ctx, input.clusterId, 'trust:configure', true);
  if (cluster.version !== input.expectedVersion) {
    throw new ConflictError(
      `The cluster was changed by someone else after you read it (you had version ${input.expectedVersion}, it is now version ${cluster.version}). Nothing was changed.`,
      {
        yourVersion: input.expectedVersion,
        currentVersion: cluster.version,
      },
    );
  }
  const settings = changeSettings(settingsOf(cluster.trustSettings), input);
  return ctx.store.clusters.setTrustSettings(cluster, settings, actorOf(ctx.caller), ctx.now());
}

/**
 * The trust evidence of records: each with the event it belongs to (its own, or its obligation's), so the outcomes of
 * one event are weighed together and explained together. One batched read of the obligations and events named.
 */
async function evidenceOf(
  ctx: RequestContext,
  clusterId: string,
  records: readonly StoredComplianceRecord[],
): Promise<TrustEvidence[]> {
  const obligationIds = [
    ...new Set(records.flatMap((record) => (!record.eventId && record.obligationId ? [record.obligationId] : []))),
  ];
  const obligations = await ctx.loaders.obligation.loadMany(obligationIds);
  const eventOfObligation = new Map<string, string>();
  obligations.forEach((obligation, i) => {
    if (obligation && !(obligation instanceof Error) && obligation.eventId && obligation.clusterId === clusterId)
      eventOfObligation.set(obligationIds[i], obligation.eventId);
  });
  const eventOf = (record: StoredComplianceRecord) =>
    record.eventId ?? (record.obligationId ? eventOfObligation.get(record.obligationId) : undefined);
  const eventIds = [...new Set(records.flatMap((record) => eventOf(record) ?? []))];
  const events = await ctx.loaders.riskEvent.loadMany(eventIds);
  const incidents = new Map<string, Incident>();
  events.forEach((event, i) => {
    const label =
      event && !(event instanceof Error) && event.clusterId === clusterId
        ? incidentLabel({
            category: event.category,
            locationDescription: event.location.description,
            observedAt: event.observedAt,
          })
        : 'one event';
    incidents.set(eventIds[i], { id: eventIds[i], label });
  });
  return records.map((record) => {
    const eventId = eventOf(record);
    return {
      recordId: record.recordId,
      kind: record.kind,
      severity: severityOf(record),
      at: record.at,
      counts: counts(record),
      note: record.note,
      ...(record.obligationId ? { obligationId: record.obligationId } : {}),
      ...(eventId ? { incident: incidents.get(eventId)! } : {}),
    };
  });
}

/** How many drivers a standing keeps: the API shows at most this many. */
const MAX_DRIVERS = 20;
/** The most driver groups the API shows at once. */
const MAX_DRIVER_GROUPS = 100;

export interface TrustStandingView {
  clusterId: string;
  /** Undefined for the coordination office. */
  cityId?: string;
  standing: Standing;
  /** Trend, drivers and summary: computed only when asked for (a ranking usually needs the scores alone). */
  explanation: () => TrustExplanation;
  records: ReadonlyMap<string, StoredComplianceRecord>;
  asOf: string;
}

async function standingView(
  ctx: RequestContext,
  cluster: StoredCluster,
  cityId: string | undefined,
  records: readonly StoredComplianceRecord[],
  now: string,
): Promise<TrustStandingView> {
  const evidence = await evidenceOf(ctx, cluster.clusterId, records);
  const settings = { halfLifeDays: settingsOf(cluster.trustSettings).halfLifeDays };
  let explanation: TrustExplanation | undefined;
  return {
    clusterId: cluster.clusterId,
    cityId,
    standing: standingAt(evidence, now, settings),
    explanation: () => (explanation ??= explainStanding(evidence, now, settings, { topDrivers: MAX_DRIVERS })),
    records: new Map(records.map((record) => [record.recordId, record])),
    asOf: now,
  };
}

export async function cityStanding(ctx: RequestContext, cityId: string): Promise<TrustStandingView> {
  const city = await cityFor(ctx, cityId, 'trust:read');
  const cluster = await clusterFor(ctx, city.clusterId, 'trust:read');
  return standingView(
    ctx,
    cluster,
    cityId,
    await ctx.store.compliance.aboutSubject(cluster.clusterId, cityId),
    ctx.now(),
  );
}

export async function officeStanding(ctx: RequestContext, clusterId: string): Promise<TrustStandingView> {
  const cluster = await clusterFor(ctx, clusterId, 'trust:read');
  return standingView(
    ctx,
    cluster,
    undefined,
    await ctx.store.compliance.aboutSubject(clusterId, subjectKeyOf(clusterId, null)),
    ctx.now(),
  );
}

/** The access facts of the records behind a standing: an evaluator reaches them when it evaluates the party's whole record. */
async function driversAccess(ctx: RequestContext, view: TrustStandingView): Promise<Resource> {
  const scope = await evaluatorScope(ctx, view.clusterId);
  return {
    clusterId: view.clusterId,
    cityId: view.cityId,
    owedByOffice: !view.cityId,
    inEvaluatorScope: coversWholeRecordOf(scope, subjectKeyOf(view.clusterId, view.cityId)),
  };
}

/** The standing in plain words; the sentence naming the record that moved it most only for those who may see the records. */
export async function summaryOf(ctx: RequestContext, view: TrustStandingView): Promise<string> {
  const explanation = view.explanation();
  return allows(ctx, 'trust:readDrivers', await driversAccess(ctx, view))
    ? explanation.summary
    : explanation.summaryWithoutRecords;
}

/** The drivers of a standing, for callers allowed to see the records behind it. */
export async function driversOf(ctx: RequestContext, view: TrustStandingView, first: number) {
  enforce(ctx, 'trust:readDrivers', await driversAccess(ctx, view), () => notFound('cluster', view.clusterId));
  return view
    .explanation()
    .drivers.slice(0, Math.max(0, Math.min(first, MAX_DRIVERS)))
    .map((driver) => ({ ...driver, record: view.records.get(driver.recordId)! }));
}

/** Where the change of a standing went, grouped by kind and event, for callers allowed to see the records behind it. */
export async function driverGroupsOf(ctx: RequestContext, view: TrustStandingView, first: number) {
  enforce(ctx, 'trust:readDrivers', await driversAccess(ctx, view), () => notFound('cluster', view.clusterId));
  return view
    .explanation()
    .driverGroups.slice(0, Math.max(0, Math.min(first, MAX_DRIVER_GROUPS)))
    .map((group) => ({ ...group, clusterId: view.clusterId }));
}

export interface ClusterTrustView {
  asOf: string;
  trustHalfLifeDays: number;
  minimumEvidenceToRank: number;
  members: Array<{ rank: number | null; ranked: boolean; note: string; standing: TrustStandingView }>;
  coordinationOffice: TrustStandingView;
}

/** Every member ranked, from one read of the cluster's records. */
export async function clusterTrust(ctx: RequestContext, clusterId: string): Promise<ClusterTrustView> {
  const cluster = await clusterFor(ctx, clusterId, 'trust:read');
  const [cities, records] = await Promise.all([citiesOf(ctx, clusterId), ctx.store.compliance.ofCluster(clusterId)]);
  const now = ctx.now();
  const bySubject = new Map<string, StoredComplianceRecord[]>();
  for (const record of records) {
    const group = bySubject.get(record.subjectKey);
    if (group) group.push(record);
    else bySubject.set(record.subjectKey, [record]);
  }
  const settings = settingsOf(cluster.trustSettings);
  const views = await Promise.all(
    cities.map(async (city) => ({
      city,
      view: await standingView(ctx, cluster, city.cityId, bySubject.get(city.cityId) ?? [], now),
    })),
  );
  const ranked = rankStandings(
    views.map(({ city, view }) => ({ subject: view, id: city.cityId, name: city.name, standing: view.standing })),
    settings.minimumEvidenceToRank,
  );
  return {
    asOf: now,
    trustHalfLifeDays: settings.halfLifeDays,
    minimumEvidenceToRank: settings.minimumEvidenceToRank,
    members: ranked.map((row) => ({ rank: row.rank, ranked: row.ranked, note: row.note, standing: row.subject })),
    coordinationOffice: await standingView(
      ctx,
      cluster,
      undefined,
      bySubject.get(subjectKeyOf(clusterId, null)) ?? [],
      now,
    ),
  };
}
