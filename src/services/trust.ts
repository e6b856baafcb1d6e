import { actorOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { ConflictError } from '../domain/errors';
import { formatWeight } from '../domain/evaluations/rubric';
import { changeSettings, settingsOf, type TrustSettingsChange } from '../domain/trust/settings';
import {
  explainStanding,
  rankStandings,
  standingAt,
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
export type RankedTrustView = ClusterTrustView['members'][number];

/** The settings as the API shows them. */
export function trustSettingsView(cluster: StoredCluster) {
  const settings = settingsOf(cluster.trustSettings);
  return {
    disputeWindow: settings.disputeWindow,
    trustHalfLifeDays: settings.halfLifeDays,
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

function evidenceOf(record: StoredComplianceRecord): TrustEvidence {
  return {
    recordId: record.recordId,
    kind: record.kind,
    severity: severityOf(record),
    at: record.at,
    counts: counts(record),
    note: record.note,
  };
}

/** How many drivers a standing keeps: the API shows at most this many. */
const MAX_DRIVERS = 20;

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

function standingView(
  cluster: StoredCluster,
  cityId: string | undefined,
  records: readonly StoredComplianceRecord[],
  now: string,
): TrustStandingView {
  const evidence = records.map(evidenceOf);
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
  return standingView(cluster, cityId, await ctx.store.compliance.aboutSubject(cluster.clusterId, cityId), ctx.now());
}

export async function officeStanding(ctx: RequestContext, clusterId: string): Promise<TrustStandingView> {
  const cluster = await clusterFor(ctx, clusterId, 'trust:read');
  return standingView(
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

export interface ClusterTrustView {
  asOf: string;
  trustHalfLifeDays: number;
  members: Array<{ rank: number; standing: TrustStandingView }>;
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
  const views = cities.map((city) => standingView(cluster, city.cityId, bySubject.get(city.cityId) ?? [], now));
  const ranked = rankStandings(views.map((view) => ({ subject: view, id: view.cityId!, standing: view.standing })));
  return {
    asOf: now,
    trustHalfLifeDays: settingsOf(cluster.trustSettings).halfLifeDays,
    members: ranked.map((row) => ({ rank: row.rank, standing: row.subject })),
    coordinationOffice: standingView(cluster, undefined, bySubject.get(subjectKeyOf(clusterId, null)) ?? [], now),
  };
}
