import type { Announcement } from '../domain/notifications';
import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import type { AuditedChange } from './audit';
import { batchGetByIds } from './batch';
import { RiskEventEntity, cursors, type StoredObligation, type StoredRiskEvent } from './entities';
import { closeSteps, type Closing } from './obligations';
import { tallyClosings } from './obligation-tallies';
import { createOnce } from './idempotency';
import { neverRefused, transaction, versionOf } from './kernel';
import { readPage } from './pagination';
import { exactly } from './exact';
import { idempotencyScope, type IdempotentRequest } from '../domain/idempotency';

type EventChanges = Partial<Omit<StoredRiskEvent, 'eventId' | 'clusterId' | 'version'>>;

export const riskEventRepository = {
  async get(eventId: string): Promise<StoredRiskEvent | undefined> {
    const { data } = await RiskEventEntity.get({ eventId }).go({ consistent: true });
    return exactly({ eventId }, data);
  },

  async getMany(eventIds: readonly string[]): Promise<(StoredRiskEvent | undefined)[]> {
    return batchGetByIds(eventIds, 'eventId', (ids) => RiskEventEntity.get(ids.map((eventId) => ({ eventId }))).go());
  },

  async listByCluster(
    clusterId: string,
    status: StoredRiskEvent['status'] | null | undefined,
    page: PageRequest,
  ): Promise<Page<StoredRiskEvent>> {
    return readPage(
      `events:${clusterId}:${status ?? ''}`,
      page,
      (options) => {
        const query = RiskEventEntity.query.byCluster({ clusterId });
        return (status ? query.where(({ status: s }, { eq }) => eq(s, status)) : query).go({
          order: 'desc',
          ...options,
        });
      },
      (event) => cursors.riskEvent.byAccessPattern.byCluster.fromComposite.toCursor(event),
    );
  },

  /** Escalated events of a cluster (escalations are rare: the cluster's events are filtered, not indexed). */
  async escalatedInCluster(clusterId: string): Promise<StoredRiskEvent[]> {
    const { data } = await RiskEventEntity.query
      .byCluster({ clusterId })
      .where(({ escalation }, { exists }) => exists(escalation))
      .go({ pages: 'all' });
    return data;
  },

  /** Creates a reported event with its audit event; an idempotency key makes a retried report return the first. */
  async create(
    event: StoredRiskEvent,
    actor: Actor,
    at: string,
    idempotency?: IdempotentRequest,
  ): Promise<StoredRiskEvent> {
    const scope = idempotencyScope('reportRiskEvent', event.clusterId, actor.id);
    return createOnce({
      key: idempotency && { scope, ...idempotency },
      resultId: event.eventId,
      at,
      read: (id) => riskEventRepository.get(id),
      created: event,
      conflictMessage:
        'The report could not be saved because of a simultaneous change. Nothing was recorded; try again.',
      steps: (started) =>
        started.create('risk event', RiskEventEntity.create(event), neverRefused).audit(
          actor,
          {
            clusterId: event.clusterId,
            action: 'RISK_EVENT_REPORTED',
            targetType: 'RiskEvent',
            targetId: event.eventId,
            versionAfter: event.version,
            changes: {
              category: [null, event.category],
              level: [null, event.level],
              originCityId: [null, event.originCityId],
            },
          },
          at,
        ),
    });
  },

  /** Applies a change if nobody changed the event since it was read, with its audit event, in one transaction. */
  async apply(
    read: StoredRiskEvent,
    set: EventChanges,
    audit: Pick<AuditedChange, 'action' | 'changes'>,
    actor: Actor,
    at: string,
    /** What the change announces (an escalation), written in the same transaction. */
    announcements: readonly Announcement[] = [],
  ): Promise<StoredRiskEvent> {
    return changeEvent(read, set, audit, actor, at, [], announcements);
  },

  /**
   * Closes an event read at its version and, in the same transaction, lapses (waives) up to LAPSED_WITH_CLOSE of its
   * open obligations, each conditioned on the version read. Throws LapsedObligationChanged when one of those changed.
   */
  async close(
    read: StoredRiskEvent,
    set: EventChanges,
    audit: Pick<AuditedChange, 'action' | 'changes'>,
    actor: Actor,
    at: string,
    lapsing: { read: StoredObligation; closing: Closing }[],
  ): Promise<StoredRiskEvent> {
    if (lapsing.length > LAPSED_WITH_CLOSE)
      throw new Error(`At most ${LAPSED_WITH_CLOSE} obligations lapse in the close's transaction`);
    return changeEvent(read, set, audit, actor, at, lapsing);
  },
};

/**
 * Obligations lapsed in the close's own transaction: 2 writes each, beside the event's 2 and the tallies they move (the
 * event's, and at most one per obligee), within DynamoDB's 100.
 */
export const LAPSED_WITH_CLOSE = 32;

/** The close's transaction failed because one of the obligations it lapses changed meanwhile: plan again. */
export class LapsedObligationChanged extends Error {}

/** The event's change at the version read and its audit event, with any obligations lapsing beside it, in one transaction. */
async function changeEvent(
  read: StoredRiskEvent,
  set: EventChanges,
  audit: Pick<AuditedChange, 'action' | 'changes'>,
  actor: Actor,
  at: string,
  lapsing: { read: StoredObligation; closing: Closing }[],
  announcements: readonly Announcement[] = [],
): Promise<StoredRiskEvent> {
  const versionAfter = read.version + 1;
  const writes = transaction()
    .update(
      'event at version read',
      RiskEventEntity.patch({ eventId: read.eventId })
        .set({ ...set, version: versionAfter })
        .where(({ version }, { eq }) => eq(version, read.version)),
      (current) =>
        staleEvent(
          read.version,
          current && { version: versionOf(current), status: current.status as StoredRiskEvent['status'] },
        ),
    )
    .audit(
      actor,
      {
        ...audit,
        clusterId: read.clusterId,
        targetType: 'RiskEvent',
        targetId: read.eventId,
        versionBefore: read.version,
        versionAfter,
      },
      at,
    );
  // The event's own step comes first: when it held, a lapsing obligation is what changed.
  for (const lapse of lapsing)
    closeSteps(writes, lapse.read, lapse.closing, actor, at, () => new LapsedObligationChanged());
  await tallyClosings(
    writes,
    lapsing.map((lapse) => ({ read: lapse.read, status: lapse.closing.status })),
  );
  for (const announcement of announcements) writes.announce(announcement);
  await writes.commit();
  return { ...read, ...set, version: versionAfter };
}

export function staleEvent(
  yourVersion: number,
  current: Pick<StoredRiskEvent, 'version' | 'status'> | undefined,
): ConflictError {
  return new ConflictError(
    `The event was changed by someone else after you read it (you had version ${yourVersion}, it is now version ${current?.version}, status ${current?.status}). Nothing was changed: reload it and try again.`,
    { yourVersion, currentVersion: current?.version, currentStatus: current?.status },
  );
}
