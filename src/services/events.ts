import { eventEscalated } from '../domain/notifications/announcements';
import { randomUUID } from 'node:crypto';
import { agreementVersionKey } from '../domain/agreements/ids';
import { actorOf } from '../auth/caller';
import type { RequestContext } from '../context';
import type { AuditAction } from '../domain/audit';
import { BadInputError, ConflictError, InvalidStateError } from '../domain/errors';
import {
  assertEventTransition,
  escalatesAutomatically,
  validateEventCities,
  type RiskEventStatus,
} from '../domain/events/lifecycle';
import type { EmergencyLevel, RiskCategory, WarningLevel } from '../domain/levels';
import { obligationsFor, type AgreementInForce } from '../domain/obligations/activation';
import { lapsesWhenEventCloses } from '../domain/obligations/status';
import type { Actor } from '../domain/roles';
import { logger } from '../logger';
import { requiredText } from '../domain/text';
import type { StoredRiskEvent } from '../store/entities';
import { LAPSED_WITH_CLOSE, LapsedObligationChanged, staleEvent } from '../store/events';
import type { Repositories } from '../store';
import { clusterFor, enforce, notFound } from './access';
import { termsOf } from './agreements';
import { memberCityIds } from './members';
import { lapseReason, lapseWithEvent } from './obligations';
import { idempotentRequest } from '../domain/idempotency';

// A report may be a few minutes ahead of the server's clock; more than that is a typo in the date.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

type TimelineEntry = StoredRiskEvent['timeline'][number];

/** The origin city's name, as announcements name it. */
async function originNameOf(ctx: RequestContext, event: StoredRiskEvent): Promise<string> {
  return (await ctx.loaders.city.load(event.originCityId))?.name ?? event.originCityId;
}

async function eventFor(
  ctx: RequestContext,
  eventId: string,
  action: 'event:read' | 'event:update' | 'event:manage',
): Promise<StoredRiskEvent> {
  const event = await ctx.store.events.get(eventId);
  if (!event) throw notFound('risk event', eventId);
  enforce(ctx, action, { clusterId: event.clusterId, cityId: event.originCityId }, () =>
    notFound('risk event', eventId),
  );
  return event;
}

export interface ReportInput {
  clusterId: string;
  category: RiskCategory;
  level: EmergencyLevel;
  warning: WarningLevel;
  originCityId: string;
  affectedCityIds: string[];
  location: { latitude?: number | null; longitude?: number | null; description: string };
  description: string;
  observedAt: string;
  idempotencyKey?: string | null;
}

export async function reportRiskEvent(ctx: RequestContext, input: ReportInput): Promise<StoredRiskEvent> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  await clusterFor(ctx, input.clusterId, 'event:read');
  enforce(ctx, 'event:report', { clusterId: input.clusterId, cityId: input.originCityId }, () =>
    notFound('cluster', input.clusterId),
  );
  const affectedCityIds = validateEventCities(
    input.originCityId,
    input.affectedCityIds,
    await memberCityIds(ctx, input.clusterId),
  );
  const at = ctx.now();
  if (Date.parse(input.observedAt) > Date.parse(at) + CLOCK_SKEW_MS)
    throw new BadInputError('The time observed is in the future; check the date and time.');
  const { latitude, longitude } = input.location;
  if (latitude != null && (latitude < -90 || latitude > 90))
    throw new BadInputError('The latitude must be between -90 and 90.');
  if (longitude != null && (longitude < -180 || longitude > 180))
    throw new BadInputError('The longitude must be between -180 and 180.');
  const actor = actorOf(ctx.caller);
  const event: StoredRiskEvent = {
    eventId: `evt_${randomUUID()}`,
    clusterId: input.clusterId,
    category: input.category,
    level: input.level,
    warning: input.warning,
    status: 'REPORTED',
    originCityId: input.originCityId,
    affectedCityIds,
    location: {
      ...(latitude != null ? { latitude } : {}),
      ...(longitude != null ? { longitude } : {}),
      description: requiredText(input.location.description, 'location description', 500),
    },
    description: requiredText(input.description, 'description', 5000),
    observedAt: input.observedAt,
    reportedAt: at,
    reportedBy: actor,
    timeline: [{ at, kind: 'STATUS', to: 'REPORTED', byName: actor.name }],
    version: 1,
  };
  return ctx.store.events.create(event, actor, at, keyed);
}

/**
 * When each affected city joined the event: its latest AFFECTED_CITY_ADDED entry in the timeline (the timeline is
 * where the event keeps every change of its parties, with the instant). Cities affected from the report have none.
 */
export function affectedSince(event: Pick<StoredRiskEvent, 'timeline' | 'affectedCityIds'>): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const entry of event.timeline) {
    if (entry.kind === 'AFFECTED_CITY_ADDED' && entry.to && event.affectedCityIds.includes(entry.to))
      joined[entry.to] = entry.at;
  }
  return joined;
}

/**
 * Creates the obligations a confirmed event owes under every active agreement of its cluster. Obligation ids are
 * deterministic and written only if absent, so this may run any number of times: confirming twice, a retry after a
 * crash, two coordinators at once, or an affected city added later.
 */
export async function activateAgreements(
  store: Repositories,
  event: StoredRiskEvent,
  actor: Actor,
  at: string,
): Promise<number> {
  if (!event.confirmedAt) return 0;
  const agreements = (await store.agreements.activeInCluster(event.clusterId)).filter(
    (agreement) => agreement.inForceVersionNo !== undefined,
  );
  const versions = await store.agreements.getVersions(
    agreements.map((agreement) => agreementVersionKey(agreement.agreementId, agreement.inForceVersionNo!)),
  );
  const trigger = {
    eventId: event.eventId,
    clusterId: event.clusterId,
    category: event.category,
    level: event.level,
    originCityId: event.originCityId,
    affectedCityIds: event.affectedCityIds,
    triggeredAt: event.confirmedAt,
    affectedSince: affectedSince(event),
    levelChanges: event.timeline.flatMap((entry) =>
      entry.kind === 'LEVEL' && entry.from && entry.to
        ? [{ at: entry.at, from: entry.from as EmergencyLevel, to: entry.to as EmergencyLevel }]
        : [],
    ),
  };
  const specs = versions.flatMap((version) => {
    if (!version) return [];
    // Each agreement on its own: terms an older release accepted (a deadline past the calendar's end) must not stop
    // the event from activating every other agreement of the cluster.
    try {
      const inForce: AgreementInForce = {
        agreementId: version.agreementId,
        versionNo: version.versionNo,
        terms: termsOf(version),
      };
      return obligationsFor(trigger, [inForce]);
    } catch (error) {
      logger.error('An agreement could not be activated for an event; the others were', {
        eventId: event.eventId,
        agreementId: version.agreementId,
        error: error as Error,
      });
      return [];
    }
  });
  return store.obligations.createMissing(specs, actor, at);
}

export async function confirmRiskEvent(
  ctx: RequestContext,
  input: { eventId: string; confirmedAt?: string | null },
): Promise<StoredRiskEvent> {
  const { eventId } = input;
  let event = await eventFor(ctx, eventId, 'event:manage');
  const actor = actorOf(ctx.caller);
  const at = ctx.now();
  if (event.status === 'CLOSED')
    throw new InvalidStateError('The event is closed; a closed event cannot be confirmed.', {
      currentState: event.status,
    });
  if (event.status === 'REPORTED') {
    const confirmedAt = input.confirmedAt ?? at;
    if (confirmedAt > at) throw new BadInputError('The confirmation time cannot be in the future.');
    if (confirmedAt < event.observedAt)
      throw new BadInputError(`The confirmation time is before the event was observed (${event.observedAt}).`);
    const automatic = escalatesAutomatically(event.level);
    const timeline: TimelineEntry[] = [
      ...event.timeline,
      { at, kind: 'STATUS', from: 'REPORTED', to: 'CONFIRMED', byName: actor.name },
      ...(automatic && !event.escalation ? [{ at, kind: 'ESCALATED', to: 'SUPERIOR', byName: actor.name }] : []),
    ];
    const escalationReason = `Level ${event.level} events exceed what the cluster handles alone.`;
    const escalated =
      automatic && !event.escalation
        ? [eventEscalated(event, await originNameOf(ctx, event), { reason: escalationReason, automatic: true }, at)]
        : [];
    try {
      event = await ctx.store.events.apply(
        event,
        {
          status: 'CONFIRMED',
          confirmedAt,
          timeline,
          ...(automatic && !event.escalation
            ? {
                escalation: {
                  at,
                  automatic: true,
                  byName: actor.name,
                  reason: escalationReason,
                },
              }
            : {}),
        },
        {
          action: 'RISK_EVENT_CONFIRMED',
          changes: { status: ['REPORTED', 'CONFIRMED'], ...(automatic ? { escalated: [false, true] } : {}) },
        },
        actor,
        at,
        escalated,
      );
    } catch (error) {
      // Another coordinator confirmed it at the same moment: their confirmation stands; activation below is shared.
      if (!(error instanceof ConflictError)) throw error;
      const current = await ctx.store.events.get(eventId);
      if (!current || current.status === 'REPORTED') throw error;
      event = current;
    }
  }
  await activateAgreements(ctx.store, event, actor, at);
  return event;
}

export interface UpdateEventInput {
  eventId: string;
  expectedVersion: number;
  level?: EmergencyLevel | null;
  warning?: WarningLevel | null;
  affectedCityIds?: string[] | null;
}

export async function updateRiskEvent(ctx: RequestContext, input: UpdateEventInput): Promise<StoredRiskEvent> {
  const event = await eventFor(ctx, input.eventId, 'event:update');
  if (event.version !== input.expectedVersion) throw staleEvent(input.expectedVersion, event);
  if (event.status === 'CLOSED')
    throw new InvalidStateError('The event is closed; its level, warning and affected cities can no longer change.', {
      currentState: event.status,
    });
  const actor = actorOf(ctx.caller);
  const at = ctx.now();
  const entries: TimelineEntry[] = [];
  const set: Partial<StoredRiskEvent> = {};
  const changes: Record<string, unknown> = {};
  if (input.level && input.level !== event.level) {
    entries.push({ at, kind: 'LEVEL', from: event.level, to: input.level, byName: actor.name });
    set.level = input.level;
    changes.level = [event.level, input.level];
  }
  if (input.warning && input.warning !== event.warning) {
    entries.push({ at, kind: 'WARNING', from: event.warning, to: input.warning, byName: actor.name });
    set.warning = input.warning;
    changes.warning = [event.warning, input.warning];
  }
  if (input.affectedCityIds) {
    const affected = validateEventCities(
      event.originCityId,
      input.affectedCityIds,
      await memberCityIds(ctx, event.clusterId),
    );
    for (const cityId of affected.filter((id) => !event.affectedCityIds.includes(id)))
      entries.push({ at, kind: 'AFFECTED_CITY_ADDED', to: cityId, byName: actor.name });
    for (const cityId of event.affectedCityIds.filter((id) => !affected.includes(id)))
      entries.push({ at, kind: 'AFFECTED_CITY_REMOVED', from: cityId, byName: actor.name });
    if (entries.some((entry) => entry.kind.startsWith('AFFECTED'))) {
      set.affectedCityIds = affected;
      changes.affectedCityIds = [event.affectedCityIds, affected];
    }
  }
  if (!input.level && !input.warning && !input.affectedCityIds)
    throw new BadInputError('Nothing to change: pass a new level, warning or list of affected cities.');
  if (entries.length === 0)
    throw new InvalidStateError('Nothing to change: the level, warning and affected cities are already as given.', {
      currentState: event.status,
    });
  const updated = await ctx.store.events.apply(
    event,
    { ...set, timeline: [...event.timeline, ...entries] },
    { action: 'RISK_EVENT_UPDATED', changes },
    actor,
    at,
  );
  // A newly affected city gets its obligations, due from when it was added; a level that now reaches more duties, from the raise.
  await activateAgreements(ctx.store, updated, actor, at);
  return updated;
}

export async function escalateRiskEvent(
  ctx: RequestContext,
  input: { eventId: string; reason: string },
): Promise<StoredRiskEvent> {
  const event = await eventFor(ctx, input.eventId, 'event:manage');
  const reason = requiredText(input.reason, 'reason for escalating');
  if (event.escalation)
    throw new InvalidStateError(`The event was already escalated on ${event.escalation.at}.`, {
      currentState: event.status,
      escalatedAt: event.escalation.at,
    });
  if (event.status === 'CLOSED')
    throw new InvalidStateError('The event is closed; it can no longer be escalated.', { currentState: event.status });
  const actor = actorOf(ctx.caller);
  const at = ctx.now();
  return ctx.store.events.apply(
    event,
    {
      escalation: { at, reason, automatic: false, byName: actor.name },
      timeline: [...event.timeline, { at, kind: 'ESCALATED', to: 'SUPERIOR', byName: actor.name }],
    },
    { action: 'RISK_EVENT_ESCALATED', changes: { escalated: [false, true], reason: [null, reason] } },
    actor,
    at,
    [eventEscalated(event, await originNameOf(ctx, event), { reason, automatic: false }, at)],
  );
}

export async function setRiskEventStatus(
  ctx: RequestContext,
  input: { eventId: string; expectedVersion: number; status: RiskEventStatus },
): Promise<StoredRiskEvent> {
  const event = await eventFor(ctx, input.eventId, 'event:manage');
  if (input.status === 'CONFIRMED')
    throw new BadInputError('Use confirmRiskEvent to confirm an event: confirming activates the agreements.');
  if (event.version !== input.expectedVersion) throw staleEvent(input.expectedVersion, event);
  assertEventTransition(event.status, input.status);
  const actor = actorOf(ctx.caller);
  const at = ctx.now();
  const change = {
    status: input.status,
    timeline: [...event.timeline, { at, kind: 'STATUS', from: event.status, to: input.status, byName: actor.name }],
  };
  const audit = { action: 'RISK_EVENT_STATUS_CHANGED' as const, changes: { status: [event.status, input.status] } };
  if (input.status !== 'CLOSED') return ctx.store.events.apply(event, change, audit, actor, at);
  return closeEvent(ctx.store, event, change, audit, actor, at);
}

const CLOSE_ATTEMPTS = 3;

/**
 * Closes an event and settles what it leaves open (see lapsesWhenEventCloses): the response obligations not yet due
 * are waived as lapsed, the first LAPSED_WITH_CLOSE of them in the close's own transaction and the rest right after;
 * the others stay owed with their deadlines. The event records how many went each way. A fulfilment that lands while
 * the close is being planned makes the close plan again; anything a close leaves behind (an interrupted batch, an
 * activation racing the close) is waived by the overdue job when it falls due, never recorded late.
 */
async function closeEvent(
  store: Repositories,
  event: StoredRiskEvent,
  change: Pick<StoredRiskEvent, 'status' | 'timeline'>,
  audit: { action: AuditAction; changes: Record<string, unknown> },
  actor: Actor,
  at: string,
): Promise<StoredRiskEvent> {
  for (let attempt = 1; ; attempt++) {
    const open = await store.obligations.openOfEvent(event.clusterId, event.eventId);
    const lapsing = open.filter((obligation) => lapsesWhenEventCloses(obligation, at));
    const closure = { waivedObligations: lapsing.length, stillOwedObligations: open.length - lapsing.length };
    const closing = {
      status: 'WAIVED' as const,
      waivedReason: lapseReason({ closedAt: at }),
      fulfilledAt: undefined,
      evidenceText: undefined,
      evidenceLinks: undefined,
    };
    try {
      const closed = await store.events.close(
        event,
        { ...change, closedAt: at, closure },
        {
          ...audit,
          changes: {
            ...audit.changes,
            obligationsWaived: [null, closure.waivedObligations],
            obligationsStillOwed: [null, closure.stillOwedObligations],
          },
        },
        actor,
        at,
        lapsing.slice(0, LAPSED_WITH_CLOSE).map((read) => ({ read, closing })),
      );
      const rest = lapsing.slice(LAPSED_WITH_CLOSE);
      for (let start = 0; start < rest.length; start += 8) {
        await Promise.all(
          rest.slice(start, start + 8).map((obligation) => lapseWithEvent(store, obligation, closed, actor, at)),
        );
      }
      return closed;
    } catch (error) {
      if (!(error instanceof LapsedObligationChanged) || attempt === CLOSE_ATTEMPTS) {
        throw error instanceof LapsedObligationChanged
          ? new ConflictError(
              'Obligations of this event were being fulfilled while it was closing. Nothing was changed; try again.',
            )
          : error;
      }
    }
  }
}

export { eventFor };
