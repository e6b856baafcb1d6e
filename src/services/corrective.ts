import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { actorOf, ownCityOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { correctiveActionOverdueRecordId, subjectKeyOf } from '../domain/compliance/ids';
import {
  actionLessonId,
  assertStep,
  checkDueAt,
  checkPercent,
  isOverdue,
  type CorrectiveActionStatus,
} from '../domain/corrective/actions';
import { BadInputError, InvalidStateError } from '../domain/errors';
import { idempotencyScope, idempotentRequest } from '../domain/idempotency';
import { validateEvidence } from '../domain/obligations/status';
import type { Page, PageRequest } from '../domain/pagination';
import { SYSTEM_JOBS, type Actor } from '../domain/roles';
import { requiredText } from '../domain/text';
import { parseDateTime } from '../domain/time';
import { settingsOf, type ClusterTrustSettings } from '../domain/trust/settings';
import { logger } from '../logger';
import type { ActionStep } from '../store/corrective';
import type { StoredComplianceRecord, StoredCorrectiveAction, StoredLesson } from '../store/entities';
import { retryLostRaces, staleVersion } from '../store/kernel';
import { allows, clusterFor, enforce, notFound } from './access';
import { evaluationAccess, evaluationFor } from './evaluations';
import type { UpkeepStep } from './upkeep';
import { automaticRecord } from './automatic-records';
import { evaluationCategories, lessonSearchText } from './lessons';

/** The access facts of a corrective action: its owner. */
export function correctiveActionAccess(action: Pick<StoredCorrectiveAction, 'clusterId' | 'ownerCityId'>): Resource {
  return {
    clusterId: action.clusterId,
    ...(action.ownerCityId ? { cityId: action.ownerCityId } : { owedByOffice: true }),
  };
}

/** A corrective action the caller may read (a city: its own), or NOT_FOUND. */
export async function correctiveActionFor(ctx: RequestContext, id: string): Promise<StoredCorrectiveAction> {
  const action = await ctx.store.correctiveActions.get(id);
  if (!action) throw notFound('corrective action', id);
  enforce(ctx, 'correctiveAction:read', correctiveActionAccess(action), () => notFound('corrective action', id));
  return action;
}

const actionLoaders = new WeakMap<RequestContext, DataLoader<string, StoredCorrectiveAction | undefined>>();

/** A corrective action named by another record (one BatchGetItem per page), or null when the caller may not read it. */
export async function readableCorrectiveAction(
  ctx: RequestContext,
  clusterId: string,
  id: string | null | undefined,
): Promise<StoredCorrectiveAction | null> {
  if (!id) return null;
  let loader = actionLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => ctx.store.correctiveActions.getMany(ids));
    actionLoaders.set(ctx, loader);
  }
  const action = await loader.load(id);
  if (!action || action.clusterId !== clusterId) return null;
  return allows(ctx, 'correctiveAction:read', correctiveActionAccess(action)) ? action : null;
}

export interface CreateCorrectiveActionInput {
  evaluationId: string;
  ownerCityId?: string | null;
  aboutCoordinationOffice?: boolean | null;
  action: string;
  dueAt: string;
  recommendation?: string | null;
  idempotencyKey: string;
}

/**
 * The office sets a corrective action for a member city (the superior level for the office itself) from the findings
 * of a finalized evaluation of its cluster.
 */
export async function createCorrectiveAction(
  ctx: RequestContext,
  input: CreateCorrectiveActionInput,
): Promise<StoredCorrectiveAction> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  if (!keyed)
    throw new BadInputError('Give an idempotency key, so that sending the same action again creates it once.', {
      field: 'idempotencyKey',
    });
  const evaluation = await evaluationFor(ctx, input.evaluationId);
  const aboutOffice = !!input.aboutCoordinationOffice;
  if (aboutOffice === !!input.ownerCityId)
    throw new BadInputError(
      'Name who owns the corrective action: a member city (ownerCityId) or the coordination office (aboutCoordinationOffice), not both.',
    );
  enforce(ctx, 'correctiveAction:create', { clusterId: evaluation.clusterId, owedByOffice: aboutOffice }, () =>
    notFound('evaluation', input.evaluationId),
  );
  const owner = input.ownerCityId ? await ctx.loaders.city.load(input.ownerCityId) : undefined;
  if (input.ownerCityId && (!owner || owner.clusterId !== evaluation.clusterId))
    throw notFound('city', input.ownerCityId);
  const action = requiredText(input.action, 'corrective action', 2000);
  const recommendation = input.recommendation?.trim()
    ? requiredText(input.recommendation, 'recommendation', 10_000)
    : undefined;
  const now = ctx.now();
  const dueAt = parseDateTime(input.dueAt, 'due time');
  checkDueAt(dueAt, now);
  if (evaluation.status !== 'FINALIZED')
    throw new InvalidStateError(
      `The evaluation "${evaluation.title}" is not finalized yet: corrective actions answer the findings of a finalized evaluation.`,
      { currentState: evaluation.status },
    );
  const actor = actorOf(ctx.caller);
  const created: StoredCorrectiveAction = {
    correctiveActionId: `cact_${randomUUID()}`,
    clusterId: evaluation.clusterId,
    evaluationId: evaluation.evaluationId,
    evaluationTitle: evaluation.title,
    categories: await evaluationCategories(ctx, evaluation),
    ownerKey: subjectKeyOf(evaluation.clusterId, owner?.cityId),
    ...(owner ? { ownerCityId: owner.cityId } : {}),
    action,
    ...(recommendation ? { recommendation } : {}),
    dueAt,
    status: 'OPEN',
    openState: 'OPEN',
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    version: 1,
  };
  const idempotency = { scope: idempotencyScope('createCorrectiveAction', evaluation.clusterId, actor.id), ...keyed };
  return ctx.store.correctiveActions.create(created, idempotency, actor);
}

/** A stale `expectedVersion`: CONFLICT with both versions, as every versioned change answers. */
async function assertVersion(read: StoredCorrectiveAction, expectedVersion: number): Promise<void> {
  if (read.version !== expectedVersion) throw await staleVersion('corrective action', expectedVersion)(read);
}

/** The action's owner for the policy, to work on it. */
async function workedAction(ctx: RequestContext, id: string): Promise<StoredCorrectiveAction> {
  const read = await correctiveActionFor(ctx, id);
  enforce(ctx, 'correctiveAction:work', correctiveActionAccess(read), () => notFound('corrective action', id));
  return read;
}

/**
 * Reads the action again (consistently) and applies a step decided on it, as many times as the step loses a race to
 * the overdue job's mark (which does not move the version, so the caller's version still holds).
 */
async function applyStep(
  ctx: RequestContext,
  first: StoredCorrectiveAction,
  expectedVersion: number,
  decide: (action: StoredCorrectiveAction, now: string) => ActionStep,
): Promise<StoredCorrectiveAction> {
  let read: StoredCorrectiveAction | undefined = first;
  const actor = actorOf(ctx.caller);
  return retryLostRaces(async () => {
    read ??= await ctx.store.correctiveActions.get(first.correctiveActionId);
    if (!read) throw notFound('corrective action', first.correctiveActionId);
    const action = read;
    read = undefined;
    await assertVersion(action, expectedVersion);
    const now = ctx.now();
    return ctx.store.correctiveActions.change(action, decide(action, now), actor, now);
  });
}

export async function reportCorrectiveActionProgress(
  ctx: RequestContext,
  input: { correctiveActionId: string; expectedVersion: number; note: string; percent?: number | null },
): Promise<StoredCorrectiveAction> {
  const read = await workedAction(ctx, input.correctiveActionId);
  const note = requiredText(input.note, 'progress note', 2000);
  if (input.percent != null) checkPercent(input.percent);
  return applyStep(ctx, read, input.expectedVersion, (action) => {
    assertStep('PROGRESS', action.status);
    return {
      change: { status: 'IN_PROGRESS', ...(input.percent != null ? { percent: input.percent } : {}) },
      history: { kind: 'PROGRESS', note, ...(input.percent != null ? { percent: input.percent } : {}) },
      action: 'CORRECTIVE_ACTION_PROGRESS_REPORTED',
    };
  });
}

export async function completeCorrectiveAction(
  ctx: RequestContext,
  input: { correctiveActionId: string; expectedVersion: number; evidence: { text: string; links?: string[] | null } },
): Promise<StoredCorrectiveAction> {
  const read = await workedAction(ctx, input.correctiveActionId);
  const evidence = validateEvidence(input.evidence.text, input.evidence.links ?? []);
  const settings = settingsOf((await clusterFor(ctx, read.clusterId, 'cluster:read')).trustSettings);
  return applyStep(ctx, read, input.expectedVersion, (action, now) => {
    assertStep('COMPLETE', action.status);
    // Done after its due time and not yet on record as overdue (the job runs every few minutes): the record is
    // written with the completion, so an action not done by its due time is on record once either way.
    const late = isOverdue(action, now) && !action.overdueRecordedAt;
    return {
      change: { status: 'DONE', evidence, completedAt: now },
      history: { kind: 'COMPLETED', evidence },
      action: 'CORRECTIVE_ACTION_COMPLETED',
      ...(late ? { overdueRecord: overdueRecordFor(action, settings, actorOf(ctx.caller), now) } : {}),
    };
  });
}

/** Why this evaluator may not verify the action: it is not accredited now, or it is on the owner's side. */
async function verifierConflict(ctx: RequestContext, action: StoredCorrectiveAction): Promise<string | undefined> {
  if (ctx.caller.role !== 'EVALUATOR') return undefined;
  const accreditation = await ctx.store.evaluations.accreditation(action.clusterId, ctx.caller.id);
  if (!accreditation?.active) return 'Your accreditation to this cluster has been withdrawn.';
  const ownSide = action.ownerCityId
    ? accreditation.affiliatedCityId === action.ownerCityId
    : accreditation.affiliatedWithOffice;
  return ownSide
    ? `${accreditation.name} is affiliated with the owner of this corrective action; a fix is verified by someone other than the side that made it.`
    : undefined;
}

export async function verifyCorrectiveAction(
  ctx: RequestContext,
  input: { correctiveActionId: string; expectedVersion: number; accepted: boolean; reason: string },
): Promise<StoredCorrectiveAction> {
  const read = await correctiveActionFor(ctx, input.correctiveActionId);
  const evaluation = await ctx.store.evaluations.get(read.evaluationId);
  if (!evaluation)
    throw new Error(`Evaluation ${read.evaluationId} of corrective action ${read.correctiveActionId} is missing`);
  const conflictOfInterest = await verifierConflict(ctx, read);
  enforce(
    ctx,
    'correctiveAction:verify',
    {
      ...correctiveActionAccess(read),
      evaluation: evaluationAccess(evaluation).evaluation,
      ...(conflictOfInterest ? { conflictOfInterest } : {}),
    },
    () => notFound('corrective action', input.correctiveActionId),
  );
  const reason = requiredText(input.reason, 'reason', 2000);
  const actor = actorOf(ctx.caller);
  const ownerName = read.ownerCityId
    ? ((await ctx.loaders.city.load(read.ownerCityId))?.name ?? read.ownerCityId)
    : 'The coordination office';
  return applyStep(ctx, read, input.expectedVersion, (action, now) => {
    assertStep('VERIFY', action.status);
    if (!input.accepted)
      return {
        change: { status: 'IN_PROGRESS', rejection: { at: now, reason, by: actor } },
        history: { kind: 'VERIFICATION_FAILED', note: reason },
        action: 'CORRECTIVE_ACTION_VERIFICATION_FAILED',
      };
    return {
      change: { status: 'VERIFIED', verifiedAt: now, verifiedBy: actor },
      history: { kind: 'VERIFIED', note: reason },
      action: 'CORRECTIVE_ACTION_VERIFIED',
      lesson: verifiedLesson(action, ownerName, now),
    };
  });
}

/** The lesson a verified action leaves: what was done, found to work. */
function verifiedLesson(action: StoredCorrectiveAction, ownerName: string, at: string): StoredLesson {
  const searchable = [action.recommendation, action.action, action.evidence?.text].filter(Boolean).join('\n');
  return {
    clusterId: action.clusterId,
    lessonId: actionLessonId(action.correctiveActionId),
    kind: 'VERIFIED_ACTION',
    evaluationId: action.evaluationId,
    evaluationTitle: action.evaluationTitle,
    categories: action.categories,
    text: action.action,
    searchText: lessonSearchText(action.evaluationTitle, searchable),
    byName: ownerName,
    correctiveActionId: action.correctiveActionId,
    ownerKey: action.ownerKey,
    at,
  };
}

export interface CorrectiveActionListFilter {
  ownerCityId?: string | null;
  aboutCoordinationOffice?: boolean | null;
  evaluationId?: string | null;
  status?: CorrectiveActionStatus | null;
  overdue?: boolean | null;
}

/** A page of a cluster's corrective actions, soonest due first. A city asking for no owner gets its own. */
export async function listCorrectiveActions(
  ctx: RequestContext,
  clusterId: string,
  filter: CorrectiveActionListFilter,
  page: PageRequest,
): Promise<Page<StoredCorrectiveAction>> {
  await clusterFor(ctx, clusterId, 'cluster:read');
  if (filter.ownerCityId && filter.aboutCoordinationOffice)
    throw new BadInputError('Ask for the actions of one city or of the coordination office, not both.');
  if (filter.ownerCityId) {
    const city = await ctx.loaders.city.load(filter.ownerCityId);
    if (!city || city.clusterId !== clusterId) throw notFound('city', filter.ownerCityId);
  }
  if (filter.evaluationId) {
    const evaluation = await ctx.loaders.evaluation.load(filter.evaluationId);
    if (!evaluation || evaluation.clusterId !== clusterId) throw notFound('evaluation', filter.evaluationId);
  }
  const aboutOffice = !!filter.aboutCoordinationOffice;
  let ownerKey = aboutOffice ? subjectKeyOf(clusterId, null) : (filter.ownerCityId ?? null);
  const requested: Resource = {
    clusterId,
    selection: true,
    ...(filter.ownerCityId ? { cityId: filter.ownerCityId } : {}),
    ...(aboutOffice ? { owedByOffice: true } : {}),
  };
  const own = ownCityOf(ctx.caller);
  if (!ownerKey && own && !allows(ctx, 'correctiveAction:read', requested)) ownerKey = own;
  else enforce(ctx, 'correctiveAction:read', requested, () => notFound('cluster', clusterId));
  const result = await ctx.store.correctiveActions.list(
    clusterId,
    { ownerKey, evaluationId: filter.evaluationId, status: filter.status, overdue: filter.overdue },
    ctx.now(),
    page,
  );
  return {
    ...result,
    items: result.items.filter((action) => allows(ctx, 'correctiveAction:read', correctiveActionAccess(action))),
  };
}

/** The record of an action not done by its due time; its id is derived from the action, so it exists once. */
function overdueRecordFor(
  action: StoredCorrectiveAction,
  settings: ClusterTrustSettings,
  recordedBy: Actor,
  at: string,
): StoredComplianceRecord {
  return automaticRecord(
    {
      recordId: correctiveActionOverdueRecordId(action.correctiveActionId),
      clusterId: action.clusterId,
      subjectKey: action.ownerKey,
      ...(action.ownerCityId ? { cityId: action.ownerCityId } : {}),
      evaluationId: action.evaluationId,
      correctiveActionId: action.correctiveActionId,
    },
    'CORRECTIVE_ACTION_OVERDUE',
    `Corrective action not done by its due time ${action.dueAt}: ${action.action}`,
    recordedBy,
    at,
    settings,
  );
}

/**
 * The job's step for corrective actions: every action of the cluster still owed past its due time gets one
 * CORRECTIVE_ACTION_OVERDUE record against its owner. The mark and the record are one transaction conditioned on the
 * action being unmarked, and the record's id is derived from the action: two runs at once, or a run beside a late
 * completion, record it once.
 */
export const recordOverdueCorrectiveActions: UpkeepStep<'correctiveActionsRecorded'> = {
  name: 'recording overdue corrective actions',
  async run({ store, clusterId, cluster, now }) {
    let recorded = 0;
    let failed = 0;
    const settings = settingsOf(cluster?.trustSettings);
    for (const action of await store.correctiveActions.overdueNotRecorded(clusterId, now)) {
      try {
        const record = overdueRecordFor(action, settings, SYSTEM_JOBS.overdue, now);
        if (await store.correctiveActions.recordOverdue(action, record, SYSTEM_JOBS.overdue, now)) recorded += 1;
      } catch (error) {
        failed += 1;
        logger.error('Recording an overdue corrective action failed; the next run retries', {
          correctiveActionId: action.correctiveActionId,
          error: error as Error,
        });
      }
    }
    return { correctiveActionsRecorded: recorded, failed };
  },
};
