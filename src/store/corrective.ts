import { foldedText, isOverdue, stillOwed, type CorrectiveActionStatus } from '../domain/corrective/actions';
import type { AuditAction } from '../domain/audit';
import type { Page, PageRequest } from '../domain/pagination';
import type { RiskCategory } from '../domain/levels';
import type { Actor } from '../domain/roles';
import {
  CorrectiveActionEntity,
  CorrectiveActionStepEntity,
  LessonEntity,
  cursors,
  type StoredComplianceRecord,
  type StoredCorrectiveAction,
  type StoredCorrectiveActionStep,
  type StoredLesson,
} from './entities';
import { auditRecorded } from './compliance';
import { batchGetByIds } from './batch';
import { exactly, onlyExact } from './exact';
import { createOnce, type ScopedRequest } from './idempotency';
import {
  neverRefused,
  RaceLost,
  staleVersion,
  transaction,
  versionOf,
  type Refusal,
  type WriteTransaction,
} from './kernel';
import { recordOnce, withMarkedRecord } from './marked-records';
import { encodeCursor, readPage } from './pagination';
import { readTotal, type TotalKey } from './totals';

export interface CorrectiveActionFilter {
  ownerKey?: string | null;
  evaluationId?: string | null;
  status?: CorrectiveActionStatus | null;
  overdue?: boolean | null;
}

/** What a step changes on the action (the status, and what the step records). */
export type ActionChange = Partial<
  Pick<
    StoredCorrectiveAction,
    | 'status'
    | 'percent'
    | 'evidence'
    | 'completedAt'
    | 'verifiedAt'
    | 'verifiedBy'
    | 'rejection'
    | 'overdueRecordedAt'
    | 'overdueRecordId'
  >
>;

export interface ActionStep {
  change: ActionChange;
  history: Pick<StoredCorrectiveActionStep, 'kind' | 'note' | 'percent' | 'evidence'>;
  action: AuditAction;
  /** The overdue record a completion after the due time writes, when the job has not written it yet. */
  overdueRecord?: StoredComplianceRecord;
  /** The lesson a verification writes. */
  lesson?: StoredLesson;
}

const openStateOf = (status: CorrectiveActionStatus) => (stillOwed(status) ? 'OPEN' : 'CLOSED');

const stale = (read: StoredCorrectiveAction) => staleVersion('corrective action', read.version);

/** The history entry of a step, keyed by the version the step produced. */
function historyItem(
  action: StoredCorrectiveAction,
  step: ActionStep['history'],
  actor: Actor,
  at: string,
): StoredCorrectiveActionStep {
  return {
    correctiveActionId: action.correctiveActionId,
    clusterId: action.clusterId,
    version: action.version,
    statusAfter: action.status,
    ...step,
    at,
    by: actor,
  };
}

/** Lessons are kept once the cluster's recommendations up to now are written (see `ensureLessons`). */
export const lessonsMarker = (clusterId: string): TotalKey => ({
  pk: `$citypact#lessons#${clusterId}`,
  sk: 'kept',
});

export const correctiveActionRepository = {
  async get(correctiveActionId: string): Promise<StoredCorrectiveAction | undefined> {
    const { data } = await CorrectiveActionEntity.get({ correctiveActionId }).go({ consistent: true });
    return exactly({ correctiveActionId }, data);
  },

  async getMany(ids: readonly string[]): Promise<(StoredCorrectiveAction | undefined)[]> {
    return batchGetByIds(ids, 'correctiveActionId', (batch) =>
      CorrectiveActionEntity.get(batch.map((correctiveActionId) => ({ correctiveActionId }))).go(),
    );
  },

  /** Creates an action once per idempotency key, with the first entry of its history and its audit event. */
  async create(
    action: StoredCorrectiveAction,
    idempotency: ScopedRequest | undefined,
    actor: Actor,
  ): Promise<StoredCorrectiveAction> {
    const at = action.createdAt;
    return createOnce({
      key: idempotency,
      resultId: action.correctiveActionId,
      at,
      read: (id) => correctiveActionRepository.get(id),
      created: action,
      conflictMessage:
        'The corrective action could not be created because of a simultaneous change. Nothing was recorded; try again.',
      steps: (started) =>
        started
          .create('corrective action', CorrectiveActionEntity.create(action), neverRefused)
          .create(
            'history 1',
            CorrectiveActionStepEntity.create(historyItem(action, { kind: 'CREATED' }, actor, at)),
            neverRefused,
          )
          .audit(
            actor,
            {
              clusterId: action.clusterId,
              action: 'CORRECTIVE_ACTION_CREATED',
              targetType: 'CorrectiveAction',
              targetId: action.correctiveActionId,
              versionAfter: 1,
              changes: {
                evaluationId: [null, action.evaluationId],
                owner: [null, action.ownerKey],
                dueAt: [null, action.dueAt],
                status: [null, action.status],
              },
            },
            at,
          ),
    });
  },

  /**
   * One step of an action at the version read: the action, the history entry of the version it produces and the audit
   * event, all or nothing. A step that writes the overdue record also requires the action not to be on record as
   * overdue yet; when only the overdue job's mark landed meanwhile (it does not move the version), the step lost a race
   * (`RaceLost`) and is decided again on the marked action.
   */
  async change(read: StoredCorrectiveAction, step: ActionStep, actor: Actor, at: string) {
    const status = step.change.status ?? read.status;
    const after: StoredCorrectiveAction = {
      ...read,
      ...step.change,
      ...(step.overdueRecord ? { overdueRecordedAt: at, overdueRecordId: step.overdueRecord.recordId } : {}),
      status,
      openState: openStateOf(status),
      updatedAt: at,
      version: read.version + 1,
    };
    const writesRecord = !!step.overdueRecord;
    const refused = (current: Record<string, unknown> | undefined) =>
      writesRecord && current && versionOf(current) === read.version && current.overdueRecordedAt
        ? new RaceLost()
        : stale(read)(current);
    const { correctiveActionId, clusterId, ownerKey, dueAt } = read;
    const tx = transaction()
      .update(
        'corrective action at version read',
        CorrectiveActionEntity.patch({ correctiveActionId })
          .set({
            ...step.change,
            ...(writesRecord ? { overdueRecordedAt: at, overdueRecordId: after.overdueRecordId } : {}),
            status,
            openState: after.openState,
            updatedAt: at,
            version: after.version,
          })
          .composite({ clusterId, ownerKey, dueAt })
          .where(({ version, overdueRecordedAt }, { eq, notExists }) =>
            writesRecord
              ? `${eq(version, read.version)} AND ${notExists(overdueRecordedAt)}`
              : eq(version, read.version),
          ),
        refused,
      )
      .create(
        `history ${after.version}`,
        CorrectiveActionStepEntity.create(historyItem(after, step.history, actor, at)),
        stale(read),
      )
      .audit(
        actor,
        {
          clusterId,
          action: step.action,
          targetType: 'CorrectiveAction',
          targetId: correctiveActionId,
          versionBefore: read.version,
          versionAfter: after.version,
          changes: {
            status: [read.status, status],
            ...(step.change.percent !== undefined ? { percent: [read.percent ?? null, step.change.percent] } : {}),
            ...(step.history.note ? { note: step.history.note } : {}),
          },
        },
        at,
      );
    if (step.overdueRecord) await overdueRecordSteps(tx, step.overdueRecord, read, actor, at, stale(read));
    if (step.lesson) tx.create(`lesson ${step.lesson.lessonId}`, LessonEntity.create(step.lesson), stale(read));
    await tx.commit();
    return after;
  },

  /** Actions still owed and past due, not yet on record as overdue: what the scheduled job records. */
  async overdueNotRecorded(clusterId: string, now: string): Promise<StoredCorrectiveAction[]> {
    const { data } = await CorrectiveActionEntity.query
      .byClusterState({ clusterId, openState: 'OPEN' })
      .lt({ dueAt: now })
      .where(({ overdueRecordedAt }, { notExists }) => notExists(overdueRecordedAt))
      .go({ pages: 'all', consistent: false });
    return onlyExact({ clusterId }, data);
  },

  /**
   * Marks an action overdue with its compliance record, if it is still owed, unmarked and at the version read. The
   * mark does not move the version: it changes nothing the owner set, so the owner's next step is not refused as stale.
   * Returns false when there was nothing to record any more (done, or recorded by another run).
   */
  async recordOverdue(
    read: StoredCorrectiveAction,
    record: StoredComplianceRecord,
    actor: Actor,
    at: string,
  ): Promise<boolean> {
    return recordOnce((nothingToRecord) =>
      overdueRecordSteps(
        transaction().update(
          'owed corrective action, not yet recorded overdue',
          CorrectiveActionEntity.patch({ correctiveActionId: read.correctiveActionId })
            .set({ overdueRecordedAt: at, overdueRecordId: record.recordId })
            .where(
              ({ version, overdueRecordedAt, openState }, { eq, notExists }) =>
                `${eq(version, read.version)} AND ${notExists(overdueRecordedAt)} AND ${eq(openState, 'OPEN')}`,
            ),
          nothingToRecord,
        ),
        record,
        read,
        actor,
        at,
        nothingToRecord,
      ),
    );
  },

  async list(
    clusterId: string,
    filter: CorrectiveActionFilter,
    now: string,
    page: PageRequest,
  ): Promise<Page<StoredCorrectiveAction>> {
    const { ownerKey, evaluationId, status, overdue } = filter;
    const scope = `corrective-actions:${clusterId}:${ownerKey ?? ''}:${evaluationId ?? ''}:${status ?? ''}:${overdue ?? ''}`;
    // The open partition, read up to now, is exactly the overdue actions: no filter needed for the common question.
    const fromOpenPartition = overdue === true && !ownerKey;
    const matches = (action: StoredCorrectiveAction) =>
      action.clusterId === clusterId &&
      (!ownerKey || action.ownerKey === ownerKey) &&
      (!evaluationId || action.evaluationId === evaluationId) &&
      (!status || action.status === status) &&
      (overdue == null || isOverdue(action, now) === overdue);
    const result = await readPage(
      scope,
      page,
      async (options) => {
        const query = ownerKey
          ? CorrectiveActionEntity.query.byOwner({ ownerKey })
          : fromOpenPartition
            ? CorrectiveActionEntity.query.byClusterState({ clusterId, openState: 'OPEN' }).lt({ dueAt: now })
            : CorrectiveActionEntity.query.byCluster({ clusterId });
        const filtered = query.where((attributes, { eq }) => {
          const conditions = [eq(attributes.clusterId, clusterId)];
          if (evaluationId) conditions.push(eq(attributes.evaluationId, evaluationId));
          if (status) conditions.push(eq(attributes.status, status));
          return conditions.join(' AND ');
        });
        const { data, cursor } = await filtered.go(options);
        // Overdue depends on the time of reading: decided here, after the key and attribute filters.
        return { data: data.filter(matches), cursor };
      },
      (item) =>
        ownerKey
          ? cursors.correctiveAction.byAccessPattern.byOwner.fromComposite.toCursor(item)
          : fromOpenPartition
            ? cursors.correctiveAction.byAccessPattern.byClusterState.fromComposite.toCursor(item)
            : cursors.correctiveAction.byAccessPattern.byCluster.fromComposite.toCursor(item),
    );
    return result;
  },

  /** An action's history, newest first. */
  async history(correctiveActionId: string, page: PageRequest): Promise<Page<StoredCorrectiveActionStep>> {
    const result = await readPage(
      `corrective-action-history:${correctiveActionId}`,
      page,
      (options) => CorrectiveActionStepEntity.query.byAction({ correctiveActionId }).go({ order: 'desc', ...options }),
      (item) => cursors.correctiveActionStep.byAccessPattern.byAction.fromComposite.toCursor(item),
    );
    return { ...result, items: onlyExact({ correctiveActionId }, result.items) };
  },

  /**
   * The first page of each action's history, newest first, as `history` reads it, for many actions in one
   * BatchGetItem (per 100 steps). An action at version V has exactly the steps 1..V (each written in the transaction
   * that produced its version), so a page's keys follow from the action as read; its cursor is the one `history`
   * gives, for the pages after it.
   */
  async firstHistoryPages(
    requests: ReadonlyArray<{ action: StoredCorrectiveAction; first: number }>,
  ): Promise<Page<StoredCorrectiveActionStep>[]> {
    const versionsOf = ({ action, first }: { action: StoredCorrectiveAction; first: number }) =>
      Array.from({ length: Math.max(0, Math.min(first, action.version)) }, (_, i) => action.version - i);
    const keyOf = (correctiveActionId: string, version: number) => `${correctiveActionId}\u0000${version}`;
    const wanted = new Map<string, { correctiveActionId: string; version: number }>();
    for (const request of requests)
      for (const version of versionsOf(request)) {
        const { correctiveActionId } = request.action;
        wanted.set(keyOf(correctiveActionId, version), { correctiveActionId, version });
      }
    const found = new Map<string, StoredCorrectiveActionStep>();
    const keys = [...wanted.values()];
    for (let start = 0; start < keys.length; start += 100) {
      let pending = keys.slice(start, start + 100);
      for (let round = 0; pending.length > 0 && round < 5; round++) {
        const { data, unprocessed } = await CorrectiveActionStepEntity.get(pending).go();
        for (const step of data) found.set(keyOf(step.correctiveActionId, step.version), step);
        pending = unprocessed.map((key) => ({
          correctiveActionId: String(key.correctiveActionId),
          version: Number(key.version),
        }));
      }
    }
    return requests.map((request) => {
      const { correctiveActionId } = request.action;
      const items = onlyExact(
        { correctiveActionId },
        versionsOf(request).flatMap((version) => found.get(keyOf(correctiveActionId, version)) ?? []),
      );
      const last = items[items.length - 1];
      return {
        items,
        hasNextPage: request.action.version > request.first,
        endCursor: last
          ? encodeCursor(
              `corrective-action-history:${correctiveActionId}`,
              cursors.correctiveActionStep.byAccessPattern.byAction.fromComposite.toCursor(last),
            )
          : null,
      };
    });
  },

  /** The cluster's lessons, newest first, of a category and containing a text (both optional). */
  async lessons(
    clusterId: string,
    filter: { category?: RiskCategory | null; search?: string | null },
    page: PageRequest,
  ): Promise<Page<StoredLesson>> {
    const search = filter.search ? foldedText(filter.search) : null;
    const result = await readPage(
      `lessons:${clusterId}:${filter.category ?? ''}:${search ?? ''}`,
      page,
      (options) => {
        const query = LessonEntity.query.byCluster({ clusterId });
        return (
          filter.category || search
            ? query.where(({ categories, searchText }, { contains }) =>
                [
                  ...(filter.category ? [contains(categories, filter.category)] : []),
                  ...(search ? [contains(searchText, search)] : []),
                ].join(' AND '),
              )
            : query
        ).go({ order: 'desc', ...options });
      },
      (item) => cursors.lesson.byAccessPattern.byCluster.fromComposite.toCursor(item),
    );
    return { ...result, items: onlyExact({ clusterId }, result.items) };
  },

  /** Whether the cluster's lessons are kept (the backfill of earlier evaluations has finished). */
  async lessonsKept(clusterId: string): Promise<boolean> {
    return !!(await readTotal(lessonsMarker(clusterId)));
  },

  /** Writes lessons of earlier evaluations (each with its derived id, so a lesson written meanwhile is the same). */
  async backfillLessons(clusterId: string, lessons: readonly StoredLesson[], at: string): Promise<void> {
    for (const lesson of lessons) await LessonEntity.put(lesson).go();
    await transaction()
      .putTotal('lessons kept', { ...lessonsMarker(clusterId), keptSince: at }, () => new Error('unreachable'))
      .commit();
  },
};

/** The overdue record with its trust tally move (`withMarkedRecord`) and its audit event, beside the action's mark. */
async function overdueRecordSteps(
  marked: WriteTransaction,
  record: StoredComplianceRecord,
  read: StoredCorrectiveAction,
  actor: Actor,
  at: string,
  refused: Refusal,
): Promise<WriteTransaction> {
  return auditRecorded(
    await withMarkedRecord(marked, record, at, refused),
    record,
    { correctiveActionId: [null, read.correctiveActionId] },
    actor,
    at,
  );
}
