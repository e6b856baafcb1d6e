import { agreementProposed } from '../domain/notifications/announcements';
import { randomUUID } from 'node:crypto';
import { agreementVersionKey } from '../domain/agreements/ids';
import { actorOf, ownCityOf } from '../auth/caller';
import type { RequestContext } from '../context';
import {
  assertAllowed,
  statusWhenDeclined,
  statusWhenRatified,
  type AgreementAction,
  type LifecycleState,
} from '../domain/agreements/lifecycle';
import { validateTerms, type AgreementTerms, type TermsDraft } from '../domain/agreements/terms';
import { ConflictError, InvalidStateError } from '../domain/errors';
import { asRiskCategories } from '../domain/levels';
import {
  compensationDraftOf,
  validateCompensationTerms,
  type CompensationTermsDraft,
} from '../domain/compensation/terms';
import { requiredText } from '../domain/text';
import { staleAgreement } from '../store/agreements';
import type { StoredAgreement, StoredAgreementVersion } from '../store/entities';
import { clusterFor, enforce, notFound } from './access';
import { membersWithNames } from './members';
import { idempotentRequest } from '../domain/idempotency';

const MAX_RATIFY_ATTEMPTS = 5;

/** The terms of a stored version, as the domain sees them (the stored compensation JSON is checked again on read). */
export function termsOf(version: StoredAgreementVersion): AgreementTerms {
  return {
    ...(version.compensation
      ? {
          compensation: validateCompensationTerms(
            JSON.parse(version.compensation) as CompensationTermsDraft,
            version.partyCityIds,
            'stored',
          ),
        }
      : {}),
    title: version.title,
    partyCityIds: version.partyCityIds,
    categories: asRiskCategories(version.categories),
    ...(version.minimumLevel ? { minimumLevel: version.minimumLevel } : {}),
    effectiveFrom: version.effectiveFrom,
    ...(version.effectiveUntil ? { effectiveUntil: version.effectiveUntil } : {}),
    duties: version.duties.map((duty) => ({ ...duty, categories: asRiskCategories(duty.categories) })),
  };
}

/** Loads an agreement the caller may act on (consistent read, for read-check-write). */
/** The terms as a version item stores them (compensation as JSON). */
function storedTerms(terms: AgreementTerms): Omit<AgreementTerms, 'compensation'> & { compensation?: string } {
  const { compensation, ...rest } = terms;
  return { ...rest, ...(compensation ? { compensation: JSON.stringify(compensationDraftOf(compensation)) } : {}) };
}

async function agreementFor(ctx: RequestContext, agreementId: string, action: 'agreement:manage' | 'agreement:read') {
  const agreement = await ctx.store.agreements.get(agreementId);
  if (!agreement) throw notFound('agreement', agreementId);
  enforce(ctx, action, { clusterId: agreement.clusterId }, () => notFound('agreement', agreementId));
  return agreement;
}

function assertVersion(agreement: StoredAgreement, expectedVersion: number): void {
  if (agreement.version !== expectedVersion) throw staleAgreement(expectedVersion, agreement.version);
}

async function pendingVersion(
  ctx: RequestContext,
  agreement: StoredAgreement,
): Promise<StoredAgreementVersion | undefined> {
  if (agreement.pendingVersionNo === undefined) return undefined;
  const [version] = await ctx.store.agreements.getVersions([
    agreementVersionKey(agreement.agreementId, agreement.pendingVersionNo),
  ]);
  return version;
}

function lifecycleOf(agreement: StoredAgreement, pending: StoredAgreementVersion | undefined): LifecycleState {
  const status = pending?.status;
  return { status: agreement.status, pending: status === 'DRAFT' || status === 'PROPOSED' ? status : undefined };
}

export interface DraftInput extends TermsDraft {
  clusterId: string;
  idempotencyKey?: string | null;
}

export async function draftAgreement(ctx: RequestContext, input: DraftInput): Promise<StoredAgreement> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  await clusterFor(ctx, input.clusterId, 'agreement:manage');
  const terms = validateTerms(input, ...(await membersWithNames(ctx, input.clusterId)));
  const at = ctx.now();
  const agreementId = `agr_${randomUUID()}`;
  const agreement: StoredAgreement = {
    agreementId,
    clusterId: input.clusterId,
    status: 'DRAFT',
    pendingVersionNo: 1,
    latestVersionNo: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const firstVersion: StoredAgreementVersion = {
    agreementId,
    versionNo: 1,
    clusterId: input.clusterId,
    status: 'DRAFT',
    ...storedTerms(terms),
    ratifications: [],
  };
  return ctx.store.agreements.create(agreement, firstVersion, actorOf(ctx.caller), at, keyed);
}

export interface UpdateDraftInput extends Partial<TermsDraft> {
  agreementId: string;
  expectedVersion: number;
  clearMinimumLevel?: boolean | null;
  clearCompensation?: boolean | null;
}

export async function updateAgreementDraft(ctx: RequestContext, input: UpdateDraftInput): Promise<StoredAgreement> {
  const agreement = await agreementFor(ctx, input.agreementId, 'agreement:manage');
  assertVersion(agreement, input.expectedVersion);
  const pending = await pendingVersion(ctx, agreement);
  assertAllowed(lifecycleOf(agreement, pending), 'updateDraft');
  const current = termsOf(pending!);
  const merged: TermsDraft = {
    title: input.title ?? current.title,
    partyCityIds: input.partyCityIds ?? current.partyCityIds,
    categories: input.categories ?? current.categories,
    minimumLevel: input.clearMinimumLevel ? undefined : (input.minimumLevel ?? current.minimumLevel),
    effectiveFrom: input.effectiveFrom ?? current.effectiveFrom,
    effectiveUntil: input.effectiveUntil ?? current.effectiveUntil,
    duties: input.duties ?? current.duties,
    compensation: input.clearCompensation
      ? undefined
      : (input.compensation ?? (current.compensation ? compensationDraftOf(current.compensation) : undefined)),
  };
  const terms = validateTerms(merged, ...(await membersWithNames(ctx, agreement.clusterId)));
  const versionNo = pending!.versionNo;
  return ctx.store.agreements.apply({
    read: agreement,
    set: {},
    updateVersions: [
      {
        versionNo,
        expectStatus: 'DRAFT',
        set: storedTerms(terms),
        // Optional terms left out of the new draft are removed, so a cleared minimum level or end date really clears.
        clear: (['minimumLevel', 'effectiveUntil', 'compensation'] as const).filter(
          (field) => terms[field] === undefined,
        ),
      },
    ],
    audit: {
      action: 'AGREEMENT_DRAFT_UPDATED',
      changes: { versionNo: [versionNo, versionNo], title: [current.title, terms.title] },
    },
    actor: actorOf(ctx.caller),
    at: ctx.now(),
  });
}

export async function proposeAgreement(
  ctx: RequestContext,
  input: { agreementId: string; expectedVersion: number },
): Promise<StoredAgreement> {
  const agreement = await agreementFor(ctx, input.agreementId, 'agreement:manage');
  assertVersion(agreement, input.expectedVersion);
  const pending = await pendingVersion(ctx, agreement);
  assertAllowed(lifecycleOf(agreement, pending), 'propose');
  const at = ctx.now();
  return ctx.store.agreements.apply({
    read: agreement,
    set: agreement.status === 'DRAFT' ? { status: 'PROPOSED' } : {},
    updateVersions: [
      {
        versionNo: pending!.versionNo,
        expectStatus: 'DRAFT',
        set: { status: 'PROPOSED', proposedAt: at, ratifications: [] },
      },
    ],
    audit: { action: 'AGREEMENT_PROPOSED', changes: { versionNo: [null, pending!.versionNo] } },
    actor: actorOf(ctx.caller),
    at,
    announce: agreementProposed(pending!, at),
  });
}

/**
 * A party city ratifies the proposed version. Ratifications by several cities at once are all kept: a lost race is
 * retried on fresh data (ratifying commutes), and the last one puts the version in force.
 */
export async function ratifyAgreement(
  ctx: RequestContext,
  input: { agreementId: string; versionNumber: number },
): Promise<StoredAgreement> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ratifyOnce(ctx, input);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= MAX_RATIFY_ATTEMPTS) throw error;
    }
  }
}

async function proposedVersionFor(
  ctx: RequestContext,
  input: { agreementId: string; versionNumber: number },
  action: AgreementAction,
) {
  const agreement = await ctx.store.agreements.get(input.agreementId);
  if (!agreement) throw notFound('agreement', input.agreementId);
  const pending = await pendingVersion(ctx, agreement);
  // With nothing proposed, the parties are those of the version in force (so a party hears "nothing to ratify").
  const [current] = pending
    ? [pending]
    : await ctx.store.agreements.getVersions([
        agreementVersionKey(agreement.agreementId, agreement.inForceVersionNo ?? agreement.latestVersionNo),
      ]);
  enforce(ctx, 'agreement:ratify', { clusterId: agreement.clusterId, partyCityIds: current?.partyCityIds ?? [] }, () =>
    notFound('agreement', input.agreementId),
  );
  assertAllowed(lifecycleOf(agreement, pending), action);
  if (pending!.versionNo !== input.versionNumber) {
    throw new ConflictError(
      `Version ${input.versionNumber} is no longer the one proposed (version ${pending!.versionNo} is). Read the new version before you ${action === 'ratify' ? 'ratify' : 'decline'} it.`,
      { proposedVersion: pending!.versionNo },
    );
  }
  return { agreement, pending: pending! };
}

async function ratifyOnce(
  ctx: RequestContext,
  input: { agreementId: string; versionNumber: number },
): Promise<StoredAgreement> {
  const { agreement, pending } = await proposedVersionFor(ctx, input, 'ratify');
  const cityId = ownCityOf(ctx.caller);
  if (!cityId) throw new Error('unreachable: the policy lets only city officers ratify');
  if (pending.ratifications.some((ratification) => ratification.cityId === cityId)) {
    throw new InvalidStateError(`Your city already ratified version ${pending.versionNo}.`, {
      currentState: agreement.status,
      pendingVersionStatus: pending.status,
    });
  }
  const at = ctx.now();
  const ratifications = [
    ...pending.ratifications,
    { cityId, at, actorId: ctx.caller.id, actorName: ctx.caller.displayName },
  ];
  const complete = pending.partyCityIds.every((party) =>
    ratifications.some((ratification) => ratification.cityId === party),
  );
  const actor = actorOf(ctx.caller);
  if (!complete) {
    return ctx.store.agreements.apply({
      read: agreement,
      set: {},
      updateVersions: [{ versionNo: pending.versionNo, expectStatus: 'PROPOSED', set: { ratifications } }],
      audit: {
        action: 'AGREEMENT_RATIFIED',
        changes: { ratifiedBy: [null, cityId], versionNo: [null, pending.versionNo] },
      },
      actor,
      at,
    });
  }
  const superseded = agreement.inForceVersionNo;
  return ctx.store.agreements.apply({
    read: agreement,
    set: { status: statusWhenRatified(agreement.status), inForceVersionNo: pending.versionNo },
    clear: ['pendingVersionNo'],
    updateVersions: [
      {
        versionNo: pending.versionNo,
        expectStatus: 'PROPOSED',
        set: { ratifications, status: 'IN_FORCE', inForceSince: at },
      },
      ...(superseded !== undefined
        ? [
            {
              versionNo: superseded,
              expectStatus: 'IN_FORCE' as const,
              set: { status: 'SUPERSEDED' as const, supersededAt: at },
            },
          ]
        : []),
    ],
    audit: {
      action: 'AGREEMENT_IN_FORCE',
      changes: {
        ratifiedBy: [null, cityId],
        inForceVersionNo: [superseded ?? null, pending.versionNo],
        status: [agreement.status, statusWhenRatified(agreement.status)],
      },
    },
    actor,
    at,
  });
}

export async function declineAgreement(
  ctx: RequestContext,
  input: { agreementId: string; versionNumber: number; reason: string },
): Promise<StoredAgreement> {
  const reason = requiredText(input.reason, 'reason for declining');
  const { agreement, pending } = await proposedVersionFor(ctx, input, 'decline');
  const cityId = ownCityOf(ctx.caller);
  if (!cityId) throw new Error('unreachable: the policy lets only city officers decline');
  const at = ctx.now();
  return ctx.store.agreements.apply({
    read: agreement,
    set: { status: statusWhenDeclined(agreement.status) },
    updateVersions: [
      {
        versionNo: pending.versionNo,
        expectStatus: 'PROPOSED',
        set: { status: 'DRAFT', ratifications: [], lastDecline: { cityId, at, reason } },
      },
    ],
    audit: { action: 'AGREEMENT_DECLINED', changes: { declinedBy: [null, cityId], reason: [null, reason] } },
    actor: actorOf(ctx.caller),
    at,
  });
}

export async function amendAgreement(
  ctx: RequestContext,
  input: { agreementId: string; expectedVersion: number },
): Promise<StoredAgreement> {
  const agreement = await agreementFor(ctx, input.agreementId, 'agreement:manage');
  assertVersion(agreement, input.expectedVersion);
  const pending = await pendingVersion(ctx, agreement);
  assertAllowed(lifecycleOf(agreement, pending), 'amend');
  const [inForce] = await ctx.store.agreements.getVersions([
    agreementVersionKey(agreement.agreementId, agreement.inForceVersionNo!),
  ]);
  const versionNo = agreement.latestVersionNo + 1;
  return ctx.store.agreements.apply({
    read: agreement,
    set: { pendingVersionNo: versionNo, latestVersionNo: versionNo },
    createVersion: {
      agreementId: agreement.agreementId,
      versionNo,
      clusterId: agreement.clusterId,
      status: 'DRAFT',
      ...storedTerms(termsOf(inForce!)),
      ratifications: [],
    },
    audit: { action: 'AGREEMENT_AMENDMENT_STARTED', changes: { pendingVersionNo: [null, versionNo] } },
    actor: actorOf(ctx.caller),
    at: ctx.now(),
  });
}

const STATUS_CHANGES = {
  suspend: { to: 'SUSPENDED', action: 'AGREEMENT_SUSPENDED' },
  resume: { to: 'ACTIVE', action: 'AGREEMENT_RESUMED' },
  terminate: { to: 'TERMINATED', action: 'AGREEMENT_TERMINATED' },
} as const;

export async function changeAgreementStatus(
  ctx: RequestContext,
  change: keyof typeof STATUS_CHANGES,
  input: { agreementId: string; expectedVersion: number; reason: string },
): Promise<StoredAgreement> {
  const reason = requiredText(input.reason, 'reason');
  const agreement = await agreementFor(ctx, input.agreementId, 'agreement:manage');
  assertVersion(agreement, input.expectedVersion);
  assertAllowed(lifecycleOf(agreement, await pendingVersion(ctx, agreement)), change);
  const { to, action } = STATUS_CHANGES[change];
  return ctx.store.agreements.apply({
    read: agreement,
    set: { status: to, statusReason: reason },
    audit: { action, changes: { status: [agreement.status, to], reason: [null, reason] } },
    actor: actorOf(ctx.caller),
    at: ctx.now(),
  });
}
