import type { ObligationSpec } from '../domain/obligations/activation';
import { COORDINATION_OFFICE, obligeeKeyOf } from '../domain/obligations/ids';
import type { ObligationStatus } from '../domain/obligations/status';
import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { batchGetByIds } from './batch';
import {
  ComplianceRecordEntity,
  ObligationEntity,
  RiskEventEntity,
  cursors,
  type StoredComplianceRecord,
  type StoredObligation,
} from './entities';
import { conditionOn, transaction, versionOf, type Refusal, type WriteTransaction } from './kernel';
import type { Announcement } from '../domain/notifications';
import { readPage, type PageQueryOptions } from './pagination';
import { recordVersion } from './compliance';
import { exactly, onlyExact } from './exact';
import { cityRepository } from './cities';
import { closedCounts, tallyClosings } from './obligation-tallies';
import { addTrustTallyMove, trustMoveOf } from './trust-tallies';
import { recordOnce, withMarkedRecord } from './marked-records';
import { obligationCreated, obligationOverdue } from '../domain/notifications/announcements';

const WRITE_CONCURRENCY = 8;

export interface ObligationQuery {
  /** Statuses as the API shows them; OPEN means open and not yet due, OVERDUE open and past due at `now`. */
  statuses?: ObligationStatus[];
  now: string;
  obligeeKey?: string;
  eventId?: string;
  agreementId?: string;
  kind?: StoredObligation['kind'];
  dueBefore?: string;
  dueAfter?: string;
}

// The shape the three obligation indexes share once keyed: a due-time range, a filter, a page.
type RunOptions = PageQueryOptions;
type Runnable = { go(options: RunOptions): Promise<{ data: StoredObligation[]; cursor: string | null }> };
type WhereAttributes = Record<
  'clusterId' | 'status' | 'dueAt' | 'eventId' | 'agreementId' | 'kind' | 'obligeeKey',
  unknown
>;
type WhereOperations = {
  eq(attribute: unknown, value: unknown): string;
  lt(attribute: unknown, value: unknown): string;
  gte(attribute: unknown, value: unknown): string;
};
type FilterCallback = (attributes: WhereAttributes, operations: WhereOperations) => string;
type Filterable = Runnable & { where(callback: FilterCallback): Runnable };
type KeyedQuery = Filterable & {
  between(start: { dueAt: string }, end: { dueAt: string }): Filterable;
  gte(start: { dueAt: string }): Filterable;
  lt(end: { dueAt: string }): Filterable;
};

export type Closing = Pick<
  StoredObligation,
  'status' | 'fulfilledAt' | 'evidenceText' | 'evidenceLinks' | 'waivedReason'
>;

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += WRITE_CONCURRENCY) {
    await Promise.all(items.slice(start, start + WRITE_CONCURRENCY).map(work));
  }
}

export const obligationRepository = {
  async get(obligationId: string): Promise<StoredObligation | undefined> {
    const { data } = await ObligationEntity.get({ obligationId }).go({ consistent: true });
    return exactly({ obligationId }, data);
  },

  async getMany(ids: readonly string[]): Promise<(StoredObligation | undefined)[]> {
    return batchGetByIds(ids, 'obligationId', (batch) =>
      ObligationEntity.get(batch.map((obligationId) => ({ obligationId }))).go(),
    );
  },

  /**
   * Writes each obligation unless it already exists, each with its audit event in one transaction. Ids are
   * deterministic, so repeating an activation (retry, second coordinator, later affected city) never duplicates.
   * Returns how many were new.
   */
  async createMissing(specs: ObligationSpec[], actor: Actor, at: string): Promise<number> {
    let created = 0;
    const shown = await shownWith(specs);
    await inBatches(specs, async (spec) => {
      const city = spec.obligee === COORDINATION_OFFICE ? undefined : shown.cities.get(spec.obligee);
      const event = spec.eventId ? shown.events.get(spec.eventId) : undefined;
      const item: StoredObligation = {
        obligationId: spec.obligationId,
        clusterId: spec.clusterId,
        eventId: spec.eventId,
        agreementId: spec.agreementId,
        agreementVersionNo: spec.agreementVersionNo,
        dutyId: spec.dutyId,
        obligeeKey: obligeeKeyOf(spec.clusterId, spec.obligee),
        ...(spec.obligee === COORDINATION_OFFICE ? {} : { cityId: spec.obligee }),
        role: spec.role,
        kind: spec.kind,
        action: spec.action,
        ...(city ? { cityName: city.name } : {}),
        ...(event ? { eventCategory: event.category, eventDescription: event.description } : {}),
        ...(spec.resourceType ? { resourceType: spec.resourceType, quantity: spec.quantity } : {}),
        ...(spec.amount ? { amount: spec.amount } : {}),
        triggeredAt: spec.triggeredAt,
        dueAt: spec.dueAt,
        status: 'OPEN',
        openState: 'OPEN',
        version: 1,
      };
      const alreadyThere = new AlreadyThere();
      try {
        await transaction()
          .create('obligation', ObligationEntity.create(item), () => alreadyThere)
          .announce(obligationCreated(item, at))
          .audit(
            actor,
            {
              clusterId: spec.clusterId,
              action: 'OBLIGATION_CREATED',
              targetType: 'Obligation',
              targetId: spec.obligationId,
              versionAfter: 1,
              changes: { eventId: [null, spec.eventId], obligee: [null, spec.obligee], dueAt: [null, spec.dueAt] },
            },
            at,
          )
          .commit();
        created += 1;
      } catch (error) {
        // Already there: activation was repeated. Anything else is retried by the next activation.
        if (error !== alreadyThere) throw error;
      }
    });
    return created;
  },

  /**
   * One keyed query per call, in due order. Only-open requests ("overdue in my cluster", "my open obligations") use
   * the open partitions, where overdue is simply a due-time range; everything else uses the cluster's due-time index
   * with a filter (see docs/ARCHITECTURE.md).
   */
  async list(clusterId: string, query: ObligationQuery, page: PageRequest): Promise<Page<StoredObligation>> {
    const statuses = query.statuses?.length ? [...new Set(query.statuses)] : undefined;
    const onlyOpen = !!statuses && statuses.every((status) => status === 'OPEN' || status === 'OVERDUE');
    // On the open partitions OVERDUE is "due before now" and OPEN "due from now on": a key range, not a filter.
    let dueAfter = query.dueAfter;
    let dueBefore = query.dueBefore;
    if (onlyOpen && statuses.length === 1) {
      if (statuses[0] === 'OVERDUE') dueBefore = dueBefore && dueBefore < query.now ? dueBefore : query.now;
      else dueAfter = dueAfter && dueAfter > query.now ? dueAfter : query.now;
    }
    // Clamping to now can leave nothing to ask for (e.g. OVERDUE but due after next year): an empty page, not a query.
    if (dueAfter && dueBefore && dueAfter >= dueBefore) return { items: [], hasNextPage: false, endCursor: null };
    const scope = `obligations:${clusterId}:${JSON.stringify({ ...query, now: undefined })}`;
    const statusFilter = !onlyOpen && !!statuses;
    const obligeeFilter = !!query.obligeeKey && !onlyOpen;
    // gsi2 is keyed by obligee alone: pin the cluster too, so no filter value can reach another cluster's items.
    const clusterFilter = onlyOpen && !!query.obligeeKey;
    const hasFilter =
      clusterFilter || statusFilter || obligeeFilter || !!query.eventId || !!query.agreementId || !!query.kind;
    const run = (keyed: KeyedQuery) => (options: RunOptions) => {
      const ranged =
        dueAfter && dueBefore
          ? keyed.between({ dueAt: dueAfter }, { dueAt: dueBefore })
          : dueAfter
            ? keyed.gte({ dueAt: dueAfter })
            : dueBefore
              ? keyed.lt({ dueAt: dueBefore })
              : keyed;
      return (hasFilter ? ranged.where(filter) : ranged).go(options);
    };
    const filter: FilterCallback = (
      { clusterId: cluster, status, dueAt, eventId, agreementId, kind, obligeeKey },
      op,
    ) =>
      [
        clusterFilter ? op.eq(cluster, clusterId) : '',
        statusFilter
          ? `(${statuses
              .map((wanted) =>
                wanted === 'OVERDUE'
                  ? `(${op.eq(status, 'OPEN')} AND ${op.lt(dueAt, query.now)})`
                  : wanted === 'OPEN'
                    ? `(${op.eq(status, 'OPEN')} AND ${op.gte(dueAt, query.now)})`
                    : op.eq(status, wanted),
              )
              .join(' OR ')})`
          : '',
        query.eventId ? op.eq(eventId, query.eventId) : '',
        query.agreementId ? op.eq(agreementId, query.agreementId) : '',
        query.kind ? op.eq(kind, query.kind) : '',
        obligeeFilter ? op.eq(obligeeKey, query.obligeeKey) : '',
      ]
        .filter(Boolean)
        .join(' AND ');

    if (onlyOpen && query.obligeeKey) {
      return readPage(
        scope,
        page,
        run(ObligationEntity.query.byObligeeState({ obligeeKey: query.obligeeKey, openState: 'OPEN' })),
        (item) => cursors.obligation.byAccessPattern.byObligeeState.fromComposite.toCursor(item),
      );
    }
    if (onlyOpen) {
      return readPage(
        scope,
        page,
        run(ObligationEntity.query.byClusterState({ clusterId, openState: 'OPEN' })),
        (item) => cursors.obligation.byAccessPattern.byClusterState.fromComposite.toCursor(item),
      );
    }
    return readPage(scope, page, run(ObligationEntity.query.byClusterDue({ clusterId })), (item) =>
      cursors.obligation.byAccessPattern.byClusterDue.fromComposite.toCursor(item),
    );
  },

  /** Per obligee, the obligations closed in the cluster or one of its events, as the tallies keep them. */
  closedCounts,

  /**
   * The open obligations of a cluster (or of one event), reduced to what a summary counts: one query on the open
   * partition, whose size does not grow with the closed history (closed ones are counted by the tallies).
   */
  async openForSummary(
    clusterId: string,
    eventId?: string | null,
  ): Promise<Pick<StoredObligation, 'cityId' | 'dueAt'>[]> {
    const query = ObligationEntity.query.byClusterState({ clusterId, openState: 'OPEN' });
    const { data } = await (eventId ? query.where(({ eventId: e }, { eq }) => eq(e, eventId)) : query).go({
      pages: 'all',
      attributes: ['clusterId', 'cityId', 'dueAt'],
    });
    // The index's keys are lower-cased: a cluster whose id differs only in letter case shares the partition.
    return onlyExact({ clusterId }, data);
  },

  /** Open obligations past due that the overdue job has not recorded yet (one query on the open partition). */
  async overdueNotRecorded(clusterId: string, now: string): Promise<StoredObligation[]> {
    const { data } = await ObligationEntity.query
      .byClusterState({ clusterId, openState: 'OPEN' })
      .lt({ dueAt: now })
      .where(({ lateRecordedAt }, { notExists }) => notExists(lateRecordedAt))
      .go({ pages: 'all' });
    return data;
  },

  /** Open obligations falling due in [from, until) (one query on the open partition): the reminders' candidates. */
  async dueBetween(clusterId: string, from: string, until: string): Promise<StoredObligation[]> {
    const { data } = await ObligationEntity.query
      .byClusterState({ clusterId, openState: 'OPEN' })
      .between({ dueAt: from }, { dueAt: until })
      .go({ pages: 'all' });
    return data.filter((obligation) => obligation.dueAt < until);
  },

  /**
   * Announces that an open obligation is due soon, once per obligation and lead time: the announcement's id is derived
   * from both and its outbox item must not exist yet, and the obligation must still be open. Returns false when it was
   * already announced (another run, at the same moment or before) or the obligation closed meanwhile.
   */
  async remind(read: StoredObligation, announcement: Announcement): Promise<boolean> {
    const notNow = new AlreadyThere();
    try {
      await transaction()
        .check(
          'obligation still open',
          conditionOn(ObligationEntity)
            .check({ obligationId: read.obligationId })
            .where(({ openState }, { eq }) => eq(openState, 'OPEN')),
          () => notNow,
        )
        .announce(announcement, () => notNow)
        .commit();
      return true;
    } catch (error) {
      if (error === notNow) return false;
      throw error;
    }
  },

  /**
   * Closes an obligation (fulfilled, late or waived) if nobody changed it since it was read, with its audit event and
   * the compliance record it writes (fulfilled on time or late) or withdraws (a waived obligation's LATE record): all
   * or nothing, and a record can be written only once.
   */
  async close(
    read: StoredObligation,
    closing: Closing,
    actor: Actor,
    at: string,
    records: { create?: StoredComplianceRecord; withdraw?: StoredComplianceRecord } = {},
  ): Promise<StoredObligation> {
    const { create, withdraw } = records;
    const obligationEventId = read.eventId ?? null;
    const trust = create
      ? await trustMoveOf({ after: create, obligationEventId }, at)
      : withdraw
        ? await trustMoveOf(
            {
              before: withdraw,
              after: { ...withdraw, withdrawal: { at, reason: closing.waivedReason ?? '', by: actor } },
              obligationEventId,
            },
            at,
          )
        : undefined;
    // A record's step fails when it was written or changed meanwhile: refused with the obligation as it is now.
    const obligationChanged = async () =>
      staleObligation(read.version, await obligationRepository.get(read.obligationId));
    const writes = closeSteps(transaction(), read, closing, actor, at, (current) =>
      staleObligation(
        read.version,
        current && { version: versionOf(current), status: current.status as StoredObligation['status'] },
      ),
    );
    await tallyClosings(writes, [{ read, status: closing.status }]);
    if (create)
      writes.create(`compliance record ${create.recordId}`, ComplianceRecordEntity.create(create), obligationChanged);
    if (withdraw)
      writes
        .update(
          `withdrawal of compliance record ${withdraw.recordId}`,
          ComplianceRecordEntity.patch({ recordId: withdraw.recordId })
            .set({
              withdrawal: { at, reason: closing.waivedReason ?? '', by: actor },
              version: recordVersion(withdraw) + 1,
            })
            .where(({ version }, { eq, notExists }) =>
              withdraw.version === undefined ? notExists(version) : eq(version, withdraw.version),
            ),
          obligationChanged,
        )
        .audit(
          actor,
          {
            clusterId: read.clusterId,
            action: 'COMPLIANCE_WITHDRAWN',
            targetType: 'ComplianceRecord',
            targetId: withdraw.recordId,
            versionBefore: recordVersion(withdraw),
            versionAfter: recordVersion(withdraw) + 1,
            changes: { counts: [true, false], reason: [null, closing.waivedReason ?? null] },
          },
          at,
        );
    addTrustTallyMove(writes, trust);
    await writes.commit();
    return closedState(read, closing, actor, at);
  },

  /** The open obligations of one event (one query on the cluster's open partition). */
  async openOfEvent(clusterId: string, eventId: string): Promise<StoredObligation[]> {
    const { data } = await ObligationEntity.query
      .byClusterState({ clusterId, openState: 'OPEN' })
      .where(({ eventId: e }, { eq }) => eq(e, eventId))
      .go({ pages: 'all' });
    return data;
  },

  /**
   * Marks an overdue obligation as recorded and writes its LATE record, exactly once. The mark moves the version and
   * is conditioned on the version read, so a fulfilment or waiver decided on the unmarked obligation fails its own
   * condition and is decided again (a backdated on-time claim can never commit beside a LATE record).
   */
  async recordLate(read: StoredObligation, record: StoredComplianceRecord, actor: Actor, at: string): Promise<boolean> {
    const versionAfter = read.version + 1;
    // Closed, marked or recorded meanwhile: nothing to record.
    return recordOnce(async (nothingToRecord) =>
      (
        await withMarkedRecord(
          transaction().update(
            'open obligation at version read, not yet marked late',
            ObligationEntity.patch({ obligationId: read.obligationId })
              .set({ lateRecordedAt: at, lateMarkVersion: versionAfter, version: versionAfter })
              .where(
                ({ status, lateRecordedAt, version }, { eq, notExists }) =>
                  `${eq(status, 'OPEN')} AND ${notExists(lateRecordedAt)} AND ${eq(version, read.version)}`,
              ),
            nothingToRecord,
          ),
          record,
          at,
          nothingToRecord,
          read.eventId ?? null,
        )
      )
        .announce(obligationOverdue(read, at))
        .audit(
          actor,
          {
            clusterId: read.clusterId,
            action: 'COMPLIANCE_RECORDED',
            targetType: 'Obligation',
            targetId: read.obligationId,
            versionBefore: read.version,
            versionAfter,
            changes: { kind: [null, record.kind] },
          },
          at,
        ),
    );
  },
};

/** The obligation as `close` leaves it. */
function closedState(read: StoredObligation, closing: Closing, actor: Actor, at: string): StoredObligation {
  return { ...read, ...closing, openState: 'CLOSED', closedBy: actor, closedAt: at, version: read.version + 1 };
}

/**
 * The two steps that close an obligation read at its version: the obligation (moved to the closed partitions) and its
 * audit event. Shared by `close` and by the event close that lapses obligations in its own transaction.
 */
export function closeSteps(
  writes: WriteTransaction,
  read: StoredObligation,
  closing: Closing,
  actor: Actor,
  at: string,
  refused: Refusal,
): WriteTransaction {
  const versionAfter = read.version + 1;
  return writes
    .update(
      `obligation ${read.obligationId} at version read`,
      ObligationEntity.patch({ obligationId: read.obligationId })
        .set({ ...closing, openState: 'CLOSED', closedBy: actor, closedAt: at, tallied: true, version: versionAfter })
        .composite({ clusterId: read.clusterId, obligeeKey: read.obligeeKey, dueAt: read.dueAt })
        .where(({ version }, { eq }) => eq(version, read.version)),
      refused,
    )
    .audit(
      actor,
      {
        clusterId: read.clusterId,
        action: closing.status === 'WAIVED' ? 'OBLIGATION_WAIVED' : 'OBLIGATION_FULFILLED',
        targetType: 'Obligation',
        targetId: read.obligationId,
        versionBefore: read.version,
        versionAfter,
        changes: { status: [read.status, closing.status] },
      },
      at,
    );
}

/** A stale obligation version: refused with both versions and the obligation's status now. */
export function staleObligation(
  yourVersion: number,
  current: Pick<StoredObligation, 'version' | 'status'> | undefined,
): ConflictError {
  return new ConflictError(
    `The obligation was changed by someone else after you read it (you had version ${yourVersion}, it is now version ${current?.version}, ${current?.status}). Nothing was changed.`,
    { yourVersion, currentVersion: current?.version },
  );
}

/** The obligee cities' names and the events' category and description, which a new obligation carries. */
async function shownWith(specs: readonly ObligationSpec[]): Promise<{
  cities: Map<string, { name: string }>;
  events: Map<string, { category: string; description: string }>;
}> {
  const cityIds = [...new Set(specs.map((spec) => spec.obligee).filter((obligee) => obligee !== COORDINATION_OFFICE))];
  const eventIds = [...new Set(specs.flatMap((spec) => (spec.eventId ? [spec.eventId] : [])))];
  const [cities, events] = await Promise.all([
    cityIds.length ? cityRepository.getMany(cityIds) : [],
    eventIds.length
      ? batchGetByIds(eventIds, 'eventId', (ids) => RiskEventEntity.get(ids.map((eventId) => ({ eventId }))).go())
      : [],
  ]);
  return {
    cities: new Map(cities.flatMap((city) => (city ? [[city.cityId, city] as const] : []))),
    events: new Map(events.flatMap((event) => (event ? [[event.eventId, event] as const] : []))),
  };
}

/** A create or mark that finds its work already done (the record exists, the obligation moved on). */
class AlreadyThere extends Error {}

export { closedState };
