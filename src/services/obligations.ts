import { actorOf, ownCityOf } from '../auth/caller';
import { agreementVersionKey } from '../domain/agreements/ids';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { BadInputError, ConflictError, InvalidStateError } from '../domain/errors';
import { obligationRecordId } from '../domain/compliance/ids';
import { COORDINATION_OFFICE, obligeeKeyOf } from '../domain/obligations/ids';
import { recurringObligationsDue } from '../domain/obligations/recurrence';
import {
  assertWaivable,
  effectiveStatus,
  lapsesWhenEventCloses,
  onlyMarkedLateSince,
  planFulfilment,
  validateEvidence,
  type ObligationStatus,
} from '../domain/obligations/status';
import type { Page, PageRequest } from '../domain/pagination';
import { SYSTEM_JOBS, type Actor } from '../domain/roles';
import { requiredText } from '../domain/text';
import { logger } from '../logger';
import type { Repositories } from '../store';
import { settingsOf, type ClusterTrustSettings } from '../domain/trust/settings';
import { inEvaluatorScope, obligationConcern } from './evaluator-scope';
import type {
  StoredAidOffer,
  StoredAidRequest,
  StoredComplianceRecord,
  StoredObligation,
  StoredRiskEvent,
} from '../store/entities';
import { staleObligation, type ObligationQuery } from '../store/obligations';
import { allows, clusterFor, enforce, notFound } from './access';
import { termsOf } from './agreements';
import { walkClusters, type UpkeepStep } from './upkeep';
import { automaticRecord } from './automatic-records';

export interface ObligationFilterInput {
  status?: ObligationStatus[] | null;
  cityId?: string | null;
  eventId?: string | null;
  agreementId?: string | null;
  kind?: StoredObligation['kind'] | null;
  dueBefore?: string | null;
  dueAfter?: string | null;
}

/** The cities taking part in an event of the cluster (none for an event that is not the cluster's). */
async function eventParties(
  ctx: RequestContext,
  clusterId: string,
  eventId: string | null | undefined,
): Promise<string[] | undefined> {
  if (!eventId) return undefined;
  const event = await ctx.loaders.riskEvent.load(eventId);
  return event && event.clusterId === clusterId ? [event.originCityId, ...event.affectedCityIds] : undefined;
}

/** The access facts of the obligations a filter selects. */
async function selectionAccess(
  ctx: RequestContext,
  clusterId: string,
  filter: Pick<ObligationFilterInput, 'cityId' | 'eventId' | 'agreementId'>,
): Promise<Resource> {
  const concern = {
    ...(filter.eventId ? { eventId: filter.eventId } : {}),
    ...(filter.agreementId ? { agreementId: filter.agreementId } : {}),
    ...(filter.cityId ? { subject: obligeeKeyOf(clusterId, filter.cityId) } : {}),
  };
  return {
    clusterId,
    selection: true,
    ...(filter.cityId ? { cityId: filter.cityId } : {}),
    partyCityIds: await eventParties(ctx, clusterId, filter.eventId),
    inEvaluatorScope: await inEvaluatorScope(ctx, clusterId, () => concern),
  };
}

/** The access facts of one obligation: its obligee, the cities of its event, and whether an evaluator evaluates it. */
export async function obligationAccess(ctx: RequestContext, obligation: StoredObligation): Promise<Resource> {
  return {
    clusterId: obligation.clusterId,
    cityId: obligation.cityId,
    owedByOffice: !obligation.cityId,
    partyCityIds: await eventParties(ctx, obligation.clusterId, obligation.eventId),
    inEvaluatorScope: await inEvaluatorScope(ctx, obligation.clusterId, () => obligationConcern(obligation)),
  };
}

/** An obligation named by another record, or null when none is named or the caller may not read it. */
export async function readableObligation(
  ctx: RequestContext,
  clusterId: string,
  obligationId: string | null | undefined,
): Promise<StoredObligation | null> {
  if (!obligationId) return null;
  const obligation = await ctx.loaders.obligation.load(obligationId);
  if (!obligation || obligation.clusterId !== clusterId) return null;
  return allows(ctx, 'obligation:read', await obligationAccess(ctx, obligation)) ? obligation : null;
}

/**
 * The obligee a list is restricted to (or null for none). A list the caller may not read whole, whose filter leaves
 * the obligee open, is narrowed to the caller's own city when the policy allows that (a city sees what it owes).
 */
async function readableSelection(
  ctx: RequestContext,
  clusterId: string,
  filter: Pick<ObligationFilterInput, 'cityId' | 'eventId' | 'agreementId'>,
): Promise<string | null> {
  const requested = await selectionAccess(ctx, clusterId, filter);
  if (allows(ctx, 'obligation:read', requested)) return filter.cityId ?? null;
  const own = ownCityOf(ctx.caller);
  if (filter.cityId || !own) {
    enforce(ctx, 'obligation:read', requested, () => notFound('cluster', clusterId));
    return filter.cityId ?? null;
  }
  enforce(ctx, 'obligation:read', { ...requested, cityId: own }, () => notFound('cluster', clusterId));
  return own;
}

export async function listObligations(
  ctx: RequestContext,
  clusterId: string,
  filter: ObligationFilterInput,
  page: PageRequest,
): Promise<Page<StoredObligation>> {
  // Who may read the cluster does not depend on its record, and every cluster a caller may see was checked to exist
  // when the request began (`createScopedContext`): the page's own Query is its first read.
  enforce(ctx, 'cluster:read', { clusterId }, () => notFound('cluster', clusterId));
  if (filter.dueAfter && filter.dueBefore && filter.dueAfter >= filter.dueBefore) {
    throw new BadInputError('The due-time window is empty: dueAfter must be before dueBefore.');
  }
  if (filter.cityId) {
    // Only a member of this cluster can be filtered on: anything else answers like a city that does not exist.
    const city = await ctx.loaders.city.load(filter.cityId);
    if (!city || city.clusterId !== clusterId) throw notFound('city', filter.cityId);
  }
  const cityId = await readableSelection(ctx, clusterId, filter);
  const query: ObligationQuery = {
    now: ctx.now(),
    ...(filter.status?.length ? { statuses: filter.status } : {}),
    ...(cityId ? { obligeeKey: obligeeKeyOf(clusterId, cityId) } : {}),
    ...(filter.eventId ? { eventId: filter.eventId } : {}),
    ...(filter.agreementId ? { agreementId: filter.agreementId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.dueBefore ? { dueBefore: filter.dueBefore } : {}),
    ...(filter.dueAfter ? { dueAfter: filter.dueAfter } : {}),
  };
  const result = await ctx.store.obligations.list(clusterId, query, page);
  for (const obligation of result.items) ctx.loaders.obligation.prime(obligation.obligationId, obligation);
  return result;
}

export interface CitySummary {
  cityId: string | null;
  open: number;
  overdue: number;
  fulfilledOnTime: number;
  fulfilledLate: number;
  waived: number;
}

/**
 * Per obligee: open, overdue, fulfilled on time, fulfilled late, waived; the latest first in the list are the late ones.
 * Reads the kept tallies of closed obligations and the open obligations only, so its cost does not grow with history.
 */
export async function obligationSummary(
  ctx: RequestContext,
  clusterId: string,
  eventId?: string | null,
): Promise<CitySummary[]> {
  await clusterFor(ctx, clusterId, 'cluster:read');
  const restrictedTo = await readableSelection(ctx, clusterId, { eventId });
  const now = ctx.now();
  const [closed, open] = await Promise.all([
    ctx.store.obligations.closedCounts(clusterId, eventId, now),
    ctx.store.obligations.openForSummary(clusterId, eventId),
  ]);
  const rows = new Map<string, CitySummary>();
  const rowOf = (obligee: string): CitySummary | undefined => {
    const cityId = obligee === COORDINATION_OFFICE ? null : obligee;
    if (restrictedTo && cityId !== restrictedTo) return undefined;
    const row = rows.get(obligee) ?? { cityId, open: 0, overdue: 0, fulfilledOnTime: 0, fulfilledLate: 0, waived: 0 };
    rows.set(obligee, row);
    return row;
  };
  for (const [obligee, counts] of closed) {
    if (!counts.FULFILLED && !counts.FULFILLED_LATE && !counts.WAIVED) continue;
    const row = rowOf(obligee);
    if (!row) continue;
    row.fulfilledOnTime += counts.FULFILLED;
    row.fulfilledLate += counts.FULFILLED_LATE;
    row.waived += counts.WAIVED;
  }
  for (const obligation of open) {
    const row = rowOf(obligation.cityId ?? COORDINATION_OFFICE);
    if (!row) continue;
    if (effectiveStatus('OPEN', obligation.dueAt, now) === 'OVERDUE') row.overdue += 1;
    else row.open += 1;
  }
  // Who is late first: most overdue, then most fulfilled late.
  return [...rows.values()].sort(
    (a, b) =>
      b.overdue - a.overdue || b.fulfilledLate - a.fulfilledLate || (a.cityId ?? '').localeCompare(b.cityId ?? ''),
  );
}

async function obligationFor(
  ctx: RequestContext,
  obligationId: string,
  action: 'obligation:fulfil' | 'obligation:waive' | 'obligation:read',
) {
  const obligation = await ctx.store.obligations.get(obligationId);
  if (!obligation) throw notFound('obligation', obligationId);
  enforce(ctx, action, await obligationAccess(ctx, obligation), () => notFound('obligation', obligationId));
  return obligation;
}

function assertVersion(obligation: StoredObligation, expectedVersion: number): void {
  // The overdue job's late mark moves the version without changing anything the caller set: decide on the marked one.
  if (obligation.version === expectedVersion || onlyMarkedLateSince(expectedVersion, obligation)) return;
  throw staleObligation(expectedVersion, obligation);
}

/**
 * Writes a change decided on `read`; when the overdue job marked the obligation late in between (its mark moves the
 * version, so the write fails its condition), decides again on the marked obligation and writes that, once.
 */
async function decidedOnFreshLateMark<T>(
  store: Repositories,
  read: StoredObligation,
  decideAndWrite: (obligation: StoredObligation) => Promise<T>,
): Promise<T> {
  try {
    return await decideAndWrite(read);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const current = await store.obligations.get(read.obligationId);
    if (!current || !onlyMarkedLateSince(read.version, current)) throw error;
    return decideAndWrite(current);
  }
}

/** The one compliance record an obligation can get of a kind: its id is derived, so it can be written only once. */
export function complianceRecordFor(
  obligation: StoredObligation,
  kind: 'FULFILLED' | 'LATE' | 'FULFILLED_LATE' | 'CONTRIBUTION_MISSED',
  note: string,
  recordedBy: StoredComplianceRecord['recordedBy'],
  at: string,
  settings: ClusterTrustSettings,
): StoredComplianceRecord {
  return automaticRecord(
    {
      recordId: obligationRecordId(obligation.obligationId, kind),
      clusterId: obligation.clusterId,
      subjectKey: obligation.obligeeKey,
      ...(obligation.cityId ? { cityId: obligation.cityId } : {}),
      obligationId: obligation.obligationId,
    },
    kind,
    note,
    recordedBy,
    at,
    settings,
  );
}

/** The record an obligation's fulfilment writes: FULFILLED on time, FULFILLED_LATE after its due time. */
async function fulfilmentRecord(
  store: Repositories,
  obligation: StoredObligation,
  fulfilledAt: string,
  actor: StoredComplianceRecord['recordedBy'],
  now: string,
): Promise<StoredComplianceRecord> {
  const settings = await trustSettingsOf(store, obligation.clusterId);
  return fulfilledAt > obligation.dueAt
    ? complianceRecordFor(
        obligation,
        'FULFILLED_LATE',
        `Fulfilled at ${fulfilledAt}, after the due time ${obligation.dueAt}: ${obligation.action}`,
        actor,
        now,
        settings,
      )
    : complianceRecordFor(
        obligation,
        'FULFILLED',
        `Fulfilled on time (${fulfilledAt}, due ${obligation.dueAt}): ${obligation.action}`,
        actor,
        now,
        settings,
      );
}

async function trustSettingsOf(store: Repositories, clusterId: string): Promise<ClusterTrustSettings> {
  return settingsOf((await store.clusters.get(clusterId))?.trustSettings);
}

export interface FulfilInput {
  obligationId: string;
  expectedVersion: number;
  evidence: { text: string; links?: string[] | null };
  fulfilledAt?: string | null;
}

export async function fulfilObligation(ctx: RequestContext, input: FulfilInput): Promise<StoredObligation> {
  const read = await obligationFor(ctx, input.obligationId, 'obligation:fulfil');
  assertVersion(read, input.expectedVersion);
  const now = ctx.now();
  const fulfilledAt = input.fulfilledAt ?? now;
  const evidence = validateEvidence(input.evidence.text, input.evidence.links ?? []);
  const actor = actorOf(ctx.caller);
  return decidedOnFreshLateMark(ctx.store, read, async (obligation) => {
    const outcome = planFulfilment(obligation, fulfilledAt, now);
    if (outcome === 'FULFILLED' && obligation.lateRecordedAt) {
      // A backdated claim must not erase a lateness already on record; the office can correct a genuine mistake.
      throw new InvalidStateError(
        `This obligation was recorded as late on ${obligation.lateRecordedAt}; a fulfilment time before its due time (${obligation.dueAt}) cannot be accepted now. Report the actual time, or ask the coordination office to review the record.`,
        { currentState: 'OVERDUE', lateRecordedAt: obligation.lateRecordedAt },
      );
    }
    const record = await fulfilmentRecord(ctx.store, obligation, fulfilledAt, actor, now);
    return ctx.store.obligations.close(
      obligation,
      {
        status: outcome,
        fulfilledAt,
        evidenceText: evidence.text,
        evidenceLinks: evidence.links,
        waivedReason: undefined,
      },
      actor,
      now,
      { create: record },
    );
  });
}

/**
 * Waives an open or overdue obligation. A waiver after the overdue job recorded it late is allowed and withdraws that
 * LATE (or CONTRIBUTION_MISSED) record in the same transaction: it stays on file, with the waiver's reason, and no
 * longer counts against the obligee's trust standing (the office released it from the duty).
 */
export async function waiveObligation(
  ctx: RequestContext,
  input: { obligationId: string; expectedVersion: number; reason: string },
): Promise<StoredObligation> {
  const read = await obligationFor(ctx, input.obligationId, 'obligation:waive');
  assertVersion(read, input.expectedVersion);
  const reason = requiredText(input.reason, 'reason for waiving');
  const actor = actorOf(ctx.caller);
  const now = ctx.now();
  return decidedOnFreshLateMark(ctx.store, read, async (obligation) => {
    assertWaivable(obligation.status);
    return waive(ctx.store, obligation, reason, actor, now);
  });
}

/** Closes an obligation as WAIVED, withdrawing the lateness the job recorded for it, if any. */
async function waive(
  store: Repositories,
  obligation: StoredObligation,
  reason: string,
  actor: Actor,
  at: string,
): Promise<StoredObligation> {
  const late = obligation.lateRecordedAt
    ? await store.compliance.get(obligationRecordId(obligation.obligationId, 'LATE'))
    : undefined;
  const withdraw = late && !late.withdrawal ? late : undefined;
  return store.obligations.close(
    obligation,
    {
      status: 'WAIVED',
      waivedReason: reason,
      fulfilledAt: undefined,
      evidenceText: undefined,
      evidenceLinks: undefined,
    },
    actor,
    at,
    { withdraw },
  );
}

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A dispatch of mutual aid fulfils the offering city's open PROVIDE_RESOURCES obligations for the request's event when
 * the duty names the same resource type (by catalogue id or name) and the dispatched quantity covers the duty's.
 */
export async function fulfilFromDispatch(
  store: Repositories,
  dispatch: { offer: StoredAidOffer; request: StoredAidRequest; typeId: string },
  actor: Actor,
  at: string,
): Promise<number> {
  const { offer, request } = dispatch;
  if (!request.eventId) return 0;
  const type = await store.resources.get(request.clusterId, dispatch.typeId);
  const names = new Set([normalized(dispatch.typeId), ...(type ? [normalized(type.name)] : [])]);
  const open = await store.obligations.list(
    request.clusterId,
    {
      now: at,
      statuses: ['OPEN', 'OVERDUE'],
      obligeeKey: obligeeKeyOf(request.clusterId, offer.fromCityId),
      eventId: request.eventId,
      kind: 'PROVIDE_RESOURCES',
    },
    { first: 100 },
  );
  let fulfilled = 0;
  for (const obligation of open.items) {
    if (
      !obligation.resourceType ||
      !names.has(normalized(obligation.resourceType)) ||
      offer.quantity < (obligation.quantity ?? 0)
    )
      continue;
    const evidence = `Mutual-aid dispatch ${offer.offerId}: ${offer.quantity} dispatched for request ${request.requestId}${offer.eta ? `, ETA ${offer.eta}` : ''}.`;
    if (await fulfilOnRecord(store, obligation, evidence, actor, at)) fulfilled += 1;
  }
  return fulfilled;
}

/**
 * Fulfils an obligation from a record the system already holds (a dispatch, a fund contribution): on time or late by
 * the record's time, with its FULFILLED or FULFILLED_LATE record in the same transaction. Returns false when the obligation changed
 * meanwhile: the record stands either way, and the city can still fulfil by hand.
 */
export async function fulfilOnRecord(
  store: Repositories,
  read: StoredObligation,
  evidence: string,
  actor: Actor,
  at: string,
): Promise<boolean> {
  try {
    await decidedOnFreshLateMark(store, read, async (obligation) => {
      const late = at > obligation.dueAt;
      // Once recorded late, an on-time record does not erase the lateness (as for a city's own claim): left open.
      if (!late && obligation.lateRecordedAt) throw new ConflictError('recorded late meanwhile');
      const record = await fulfilmentRecord(store, obligation, at, actor, at);
      return store.obligations.close(
        obligation,
        {
          status: late ? 'FULFILLED_LATE' : 'FULFILLED',
          fulfilledAt: at,
          evidenceText: evidence,
          evidenceLinks: [],
          waivedReason: undefined,
        },
        actor,
        at,
        { create: record },
      );
    });
    return true;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return false;
  }
}

/**
 * The job's step that opens the obligations of recurring normal-mode duties whose current period has begun, for every
 * ACTIVE agreement of the cluster. Deterministic ids make it safe to run every 5 minutes: each occurrence is written
 * once.
 */
export const openRecurringObligations: UpkeepStep<'opened'> = {
  name: 'opening recurring obligations',
  async run({ store, clusterId, now }) {
    let opened = 0;
    let failed = 0;
    const agreements = (await store.agreements.activeInCluster(clusterId)).filter(
      (agreement) => agreement.inForceVersionNo !== undefined,
    );
    const versions = await store.agreements.getVersions(
      agreements.map((agreement) => agreementVersionKey(agreement.agreementId, agreement.inForceVersionNo!)),
    );
    for (const version of versions) {
      if (!version?.inForceSince) continue;
      // One agreement's failure (terms an older release accepted) must not stop the cluster's other agreements.
      try {
        const inForce = {
          agreementId: version.agreementId,
          versionNo: version.versionNo,
          terms: termsOf(version),
          inForceSince: version.inForceSince,
        };
        opened += await store.obligations.createMissing(
          recurringObligationsDue(clusterId, inForce, now),
          SYSTEM_JOBS.overdue,
          now,
        );
      } catch (error) {
        failed += 1;
        logger.error('Opening recurring obligations failed for an agreement; the next run retries', {
          clusterId,
          agreementId: version.agreementId,
          error: error as Error,
        });
      }
    }
    return { opened, failed };
  },
};

/** The reason an obligation lapsed with its event, as the waiver records it. */
export function lapseReason(event: Pick<StoredRiskEvent, 'closedAt'>): string {
  return `The event was closed on ${event.closedAt} before this was due; the response it served is over.`;
}

/**
 * Waives an obligation that lapsed with its closed event. Returns false when it changed meanwhile (fulfilled,
 * waived, or marked late): then it is no longer the event close's to settle.
 */
export async function lapseWithEvent(
  store: Repositories,
  obligation: StoredObligation,
  event: Pick<StoredRiskEvent, 'closedAt'>,
  actor: Actor,
  at: string,
): Promise<boolean> {
  try {
    await waive(store, obligation, lapseReason(event), actor, at);
    return true;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return false;
  }
}

/**
 * The job's step that records what went overdue: each open obligation of the cluster past its due time gets one LATE
 * compliance record against its obligee. Safe to run any number of times (the obligation is marked in the same
 * transaction). An obligation of a closed event that lapsed with it (one activation wrote after the close, or a close
 * interrupted before its last batch) is waived as the close would have done, not recorded late.
 */
export const recordLateObligations: UpkeepStep<'recorded' | 'lapsed'> = {
  name: 'recording overdue obligations',
  async run({ store, clusterId, cluster, now }) {
    let recorded = 0;
    let lapsed = 0;
    let failed = 0;
    const settings = settingsOf(cluster?.trustSettings);
    const overdue = await store.obligations.overdueNotRecorded(clusterId, now);
    const eventIds = [...new Set(overdue.flatMap((obligation) => (obligation.eventId ? [obligation.eventId] : [])))];
    const events = new Map(
      (eventIds.length ? await store.events.getMany(eventIds) : []).flatMap((event) =>
        event ? [[event.eventId, event] as const] : [],
      ),
    );
    for (const obligation of overdue) {
      try {
        const event = obligation.eventId ? events.get(obligation.eventId) : undefined;
        if (event?.status === 'CLOSED' && event.closedAt && lapsesWhenEventCloses(obligation, event.closedAt)) {
          if (await lapseWithEvent(store, obligation, event, SYSTEM_JOBS.overdue, now)) lapsed += 1;
          continue;
        }
        // A missed fund contribution is its own kind of breach: it is what the fund's members count on.
        const kind = obligation.kind === 'FUND_CONTRIBUTION' ? 'CONTRIBUTION_MISSED' : 'LATE';
        const record = complianceRecordFor(
          obligation,
          kind,
          `Not fulfilled by its due time ${obligation.dueAt}: ${obligation.action}`,
          SYSTEM_JOBS.overdue,
          now,
          settings,
        );
        if (await store.obligations.recordLate(obligation, record, SYSTEM_JOBS.overdue, now)) recorded += 1;
      } catch (error) {
        failed += 1;
        logger.error('Recording an overdue obligation failed; the next run retries', {
          obligationId: obligation.obligationId,
          error: error as Error,
        });
      }
    }
    return { recorded, lapsed, failed };
  },
};

/** Only the late records, for every cluster (the scheduled job does them with the cluster's other steps). */
export async function recordOverdueObligations(
  store: Repositories,
  now: string,
): Promise<{ clusters: number; recorded: number; lapsed: number; failed: number }> {
  const walk = await walkClusters(store, now, [recordLateObligations]);
  return {
    clusters: walk.clusters,
    recorded: walk.figures.recorded ?? 0,
    lapsed: walk.figures.lapsed ?? 0,
    failed: walk.figures.failed,
  };
}
