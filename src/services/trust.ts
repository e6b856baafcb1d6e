import { actorOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { ConflictError } from '../domain/errors';
import { formatWeight } from '../domain/evaluations/rubric';
import { changeSettings, settingsOf, type TrustSettingsChange } from '../domain/trust/settings';
import {
  directionOf,
  explainStanding,
  incidentLabel,
  rankStandings,
  standingAt,
  summaryWithoutRecordsOf,
  trendInstantsOf,
  type Incident,
  type Standing,
  type TrendPoint,
  type TrustDirection,
  type TrustEvidence,
  type TrustExplanation,
} from '../domain/trust/standing';
import { standingOfTally, trendOfTally } from '../domain/trust/tally';
import { firstMonthAfter, trustTallyBuildLimits } from '../store/trust-tallies';
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
  const now = ctx.now();
  const changed = await ctx.store.clusters.setTrustSettings(cluster, settings, actorOf(ctx.caller), now);
  // A new half-life weighs every record differently: the kept tallies are recomputed once, starting now, in bounded
  // steps (this request's, the following requests' and the scheduled job's). Had this request ended before starting
  // it, the next read finds the tallies kept with the old half-life and starts it.
  if (settings.halfLifeDays !== settingsOf(cluster.trustSettings).halfLifeDays)
    await ctx.store.compliance.advanceTrustTallies(cluster.clusterId, now, settings.halfLifeDays);
  return changed;
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
  /** The trend over 12 months, its change and direction: from the monthly tallies, read only when asked for. */
  trend: () => Promise<TrustTrendView>;
  /** Drivers, groups and the summary about records: computed from the records, read only when asked for. */
  explanation: () => Promise<{ explanation: TrustExplanation; records: ReadonlyMap<string, StoredComplianceRecord> }>;
  asOf: string;
}

export interface TrustTrendView {
  trend: TrendPoint[];
  change: number;
  direction: TrustDirection;
}

/** Reads a value once, when first asked for. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}

/** The standing's explanation computed from its records (read when asked for, or given). */
function explanationFrom(
  ctx: RequestContext,
  cluster: StoredCluster,
  subjectKey: string,
  now: string,
  given?: readonly StoredComplianceRecord[],
) {
  return once(async () => {
    const records = given ?? (await ctx.store.compliance.aboutSubject(cluster.clusterId, subjectKey));
    const evidence = await evidenceOf(ctx, cluster.clusterId, records);
    const settings = { halfLifeDays: settingsOf(cluster.trustSettings).halfLifeDays };
    return {
      explanation: explainStanding(evidence, now, settings, { topDrivers: MAX_DRIVERS }),
      records: new Map(records.map((record) => [record.recordId, record])),
    };
  });
}

/**
 * The standings of subjects of one cluster (cities, or the office's key), each read from its kept tally: one
 * BatchGetItem for them all. While the tallies are being recomputed (a new half-life), computed from the records.
 */
async function standingViews(
  ctx: RequestContext,
  cluster: StoredCluster,
  subjects: ReadonlyArray<{ subjectKey: string; cityId?: string }>,
): Promise<TrustStandingView[]> {
  const now = ctx.now();
  const halfLifeDays = settingsOf(cluster.trustSettings).halfLifeDays;
  const read = await ctx.store.compliance.trustTallies(
    cluster.clusterId,
    subjects.map(({ subjectKey }) => subjectKey),
    halfLifeDays,
    now,
  );
  if (!read) return standingViewsFromRecords(ctx, cluster, subjects, now);
  const nowMs = Date.parse(now);
  const { frame, marker, tallies } = read;
  return subjects.map(({ subjectKey, cityId }) => {
    const total = tallies.get(subjectKey)!;
    const explanation = explanationFrom(ctx, cluster, subjectKey, now);
    return {
      clusterId: cluster.clusterId,
      cityId,
      standing: standingOfTally(total, nowMs, frame),
      trend: once(async () => {
        const months = await ctx.store.compliance.trustMonthMoves(
          marker,
          subjectKey,
          firstMonthAfter(trendInstantsOf(now)[0].asOfMs),
        );
        const { standing, trend } = trendOfTally(total, months, now, frame);
        const change = standing.score - trend[0].score;
        return { trend, change, direction: directionOf(change) };
      }),
      explanation,
      asOf: now,
    };
  });
}

/**
 * Clusters, and single subjects (`clusterId`, NUL, subject key), seen to hold more than that many compliance records,
 * per container (records are never deleted).
 */
const knownLargerThan = new Map<string, number>();

/**
 * The standings computed from the records, as before tallies were kept: while the tallies are being recomputed, for
 * few enough records to read in one request. A standing weighs only its subject's records (a late fulfilment replaces
 * lateness of the same obligation, owed by the same subject), as its tally does: so one subject (a city's standing, or
 * the office's) reads only its own and answers while a large cluster is rebuilt; the ranking reads the cluster's.
 */
async function standingViewsFromRecords(
  ctx: RequestContext,
  cluster: StoredCluster,
  subjects: ReadonlyArray<{ subjectKey: string; cityId?: string }>,
  now: string,
): Promise<TrustStandingView[]> {
  const limit = trustTallyBuildLimits.recordsReadWhileBuilding;
  const single = subjects.length === 1 ? subjects[0] : undefined;
  const whose = single
    ? `standing of ${single.cityId ? 'this city' : 'the coordination office'} is`
    : 'standings of this cluster are';
  const refusal = () =>
    new ConflictError(
      `The trust ${whose} being recomputed from its ${limit.toLocaleString('en')}+ compliance records (` +
        `${single ? "its cluster's" : 'its'} trust settings changed or the system was upgraded); this takes a few ` +
        'minutes. Nothing was changed; try again then.',
    );
  const known = single ? `${cluster.clusterId}\u0000${single.subjectKey}` : cluster.clusterId;
  // Known too large already: refused without reading thousands of records again at every try.
  if ((knownLargerThan.get(known) ?? -1) >= limit) throw refusal();
  const { records, more } = single
    ? await ctx.store.compliance.aboutSubjectUpTo(cluster.clusterId, single.subjectKey, limit)
    : await ctx.store.compliance.ofClusterUpTo(cluster.clusterId, limit);
  if (more) {
    knownLargerThan.set(known, limit);
    throw refusal();
  }
  const settings = { halfLifeDays: settingsOf(cluster.trustSettings).halfLifeDays };
  return Promise.all(
    subjects.map(async ({ subjectKey, cityId }) => {
      const own = records.filter((record) => record.subjectKey === subjectKey);
      const explanation = explanationFrom(ctx, cluster, subjectKey, now, own);
      return {
        clusterId: cluster.clusterId,
        cityId,
        standing: standingAt(await evidenceOf(ctx, cluster.clusterId, own), now, settings),
        trend: once(async () => {
          const { trend, change, direction } = (await explanation()).explanation;
          return { trend, change, direction };
        }),
        explanation,
        asOf: now,
      };
    }),
  );
}

export async function cityStanding(ctx: RequestContext, cityId: string): Promise<TrustStandingView> {
  const city = await cityFor(ctx, cityId, 'trust:read');
  const cluster = await clusterFor(ctx, city.clusterId, 'trust:read');
  const [view] = await standingViews(ctx, cluster, [{ subjectKey: cityId, cityId }]);
  return view;
}

export async function officeStanding(ctx: RequestContext, clusterId: string): Promise<TrustStandingView> {
  const cluster = await clusterFor(ctx, clusterId, 'trust:read');
  const [view] = await standingViews(ctx, cluster, [{ subjectKey: subjectKeyOf(clusterId, null) }]);
  return view;
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

/** The standing in plain words; the sentences about its records only for those who may see the records. */
export async function summaryOf(ctx: RequestContext, view: TrustStandingView): Promise<string> {
  if (allows(ctx, 'trust:readDrivers', await driversAccess(ctx, view)))
    return (await view.explanation()).explanation.summary;
  return summaryWithoutRecordsOf(view.standing, (await view.trend()).trend);
}

/** The drivers of a standing, for callers allowed to see the records behind it. */
export async function driversOf(ctx: RequestContext, view: TrustStandingView, first: number) {
  enforce(ctx, 'trust:readDrivers', await driversAccess(ctx, view), () => notFound('cluster', view.clusterId));
  const { explanation, records } = await view.explanation();
  return explanation.drivers
    .slice(0, Math.max(0, Math.min(first, MAX_DRIVERS)))
    .map((driver) => ({ ...driver, record: records.get(driver.recordId)! }));
}

/** Where the change of a standing went, grouped by kind and event, for callers allowed to see the records behind it. */
export async function driverGroupsOf(ctx: RequestContext, view: TrustStandingView, first: number) {
  enforce(ctx, 'trust:readDrivers', await driversAccess(ctx, view), () => notFound('cluster', view.clusterId));
  return (await view.explanation()).explanation.driverGroups
    .slice(0, Math.max(0, Math.min(first, MAX_DRIVER_GROUPS)))
    .map((group) => ({ ...group, clusterId: view.clusterId }));
}

export interface ClusterTrustView {
  asOf: string;
  trustHalfLifeDays: number;
  minimumEvidenceToRank: number;
  members: Array<{ rank: number | null; ranked: boolean; note: string; standing: TrustStandingView }>;
  coordinationOffice: TrustStandingView;
}

/** Every member ranked, from one read of the members' tallies (and the office's). */
export async function clusterTrust(ctx: RequestContext, clusterId: string): Promise<ClusterTrustView> {
  const cluster = await clusterFor(ctx, clusterId, 'trust:read');
  const cities = await citiesOf(ctx, clusterId);
  const now = ctx.now();
  const views = await standingViews(ctx, cluster, [
    ...cities.map((city) => ({ subjectKey: city.cityId, cityId: city.cityId })),
    { subjectKey: subjectKeyOf(clusterId, null) },
  ]);
  const office = views.pop()!;
  const settings = settingsOf(cluster.trustSettings);
  const ranked = rankStandings(
    views.map((view, i) => ({ subject: view, id: cities[i].cityId, name: cities[i].name, standing: view.standing })),
    settings.minimumEvidenceToRank,
  );
  return {
    asOf: now,
    trustHalfLifeDays: settings.halfLifeDays,
    minimumEvidenceToRank: settings.minimumEvidenceToRank,
    members: ranked.map((row) => ({ rank: row.rank, ranked: row.ranked, note: row.note, standing: row.subject })),
    coordinationOffice: office,
  };
}
