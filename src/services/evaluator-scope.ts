import type { RequestContext } from '../context';
import { COORDINATION_OFFICE, obligeeKeyOf } from '../domain/obligations/ids';
import type { StoredClaim, StoredComplianceRecord, StoredEvaluation, StoredObligation } from '../store/entities';

/**
 * What a record, an obligation, a claim or a list's filter concerns. `subject` is a party's key (a city id, or the
 * office's key in its cluster).
 */
export interface Concern {
  eventId?: string;
  agreementId?: string;
  obligationId?: string;
  subject?: string;
}

/**
 * One thing an evaluator is evaluating, as the concern it reaches: everything of an event (EVENT_RESPONSE), of an
 * agreement (AGREEMENT), one drill obligation (DRILL), a party's whole record (CITY or COORDINATION_OFFICE), or a
 * party's record within one event (a participant evaluation that names the event).
 */
export type Grant = Concern;

/** What an evaluator is accredited to evaluate in a cluster: the open evaluations it is on the panel of. */
export interface EvaluatorScope {
  grants: readonly Grant[];
}

const NONE: EvaluatorScope = { grants: [] };
const scopes = new WeakMap<RequestContext, Map<string, Promise<EvaluatorScope>>>();

/** The caller's scope as an evaluator (read once per request and cluster); empty for anyone else, without a read. */
export function evaluatorScope(ctx: RequestContext, clusterId: string): Promise<EvaluatorScope> {
  // Only evaluators have a scope to gather: skip the reads for everyone else (the policy decides with or without it).
  if (ctx.caller.role !== 'EVALUATOR') return Promise.resolve(NONE);
  const perCluster = scopes.get(ctx) ?? new Map<string, Promise<EvaluatorScope>>();
  scopes.set(ctx, perCluster);
  let scope = perCluster.get(clusterId);
  if (!scope) {
    scope = readScope(ctx, clusterId);
    perCluster.set(clusterId, scope);
  }
  return scope;
}

/** The grant an evaluation gives its panel (none for a malformed one: an empty grant would reach everything). */
export function grantOf(evaluation: StoredEvaluation): Grant | undefined {
  if (evaluation.targetKind === 'PARTICIPANT') {
    // A participant is evaluated on its own record (within the event, when one is named): not on its partners'.
    return {
      subject: obligeeKeyOf(evaluation.clusterId, evaluation.cityId ?? COORDINATION_OFFICE),
      ...(evaluation.eventId ? { eventId: evaluation.eventId } : {}),
    };
  }
  if (evaluation.targetType === 'DRILL' && evaluation.obligationId) return { obligationId: evaluation.obligationId };
  if (evaluation.agreementId) return { agreementId: evaluation.agreementId };
  return evaluation.eventId ? { eventId: evaluation.eventId } : undefined;
}

async function readScope(ctx: RequestContext, clusterId: string): Promise<EvaluatorScope> {
  const accreditation = await ctx.store.evaluations.accreditation(clusterId, ctx.caller.id);
  if (!accreditation?.active) return NONE;
  const grants: Grant[] = [];
  for (const evaluation of await ctx.store.evaluations.onPanel(clusterId, ctx.caller.id)) {
    // Access serves the work: once the result is fixed, the evaluator's reach into the records ends.
    const grant = evaluation.status === 'OPEN' ? grantOf(evaluation) : undefined;
    if (grant) grants.push(grant);
  }
  return { grants };
}

const FIELDS = ['eventId', 'agreementId', 'obligationId', 'subject'] as const;

/** True when some grant reaches the concern: every field the grant names is the concern's too. */
export function covers(scope: EvaluatorScope, concern: Concern): boolean {
  return scope.grants.some((grant) =>
    FIELDS.every((field) => grant[field] === undefined || grant[field] === concern[field]),
  );
}

/** True when the party's whole record is evaluated (a participant evaluation naming no event): its standing's drivers. */
export function coversWholeRecordOf(scope: EvaluatorScope, subject: string): boolean {
  return scope.grants.some(
    (grant) => grant.subject === subject && FIELDS.every((field) => field === 'subject' || grant[field] === undefined),
  );
}

export function obligationConcern(obligation: StoredObligation): Concern {
  return {
    eventId: obligation.eventId,
    agreementId: obligation.agreementId,
    obligationId: obligation.obligationId,
    subject: obligation.obligeeKey,
  };
}

export function claimConcern(claim: StoredClaim): Concern {
  return { eventId: claim.eventId, agreementId: claim.agreementId, subject: claim.claimantCityId };
}

/** A compliance record concerns what it names, and the event and agreement of the obligation or claim it names. */
export async function recordConcern(ctx: RequestContext, record: StoredComplianceRecord): Promise<Concern> {
  const [obligation, claim] = await Promise.all([
    record.obligationId ? ctx.loaders.obligation.load(record.obligationId) : undefined,
    record.claimId ? ctx.loaders.claim.load(record.claimId) : undefined,
  ]);
  return {
    eventId: record.eventId ?? obligation?.eventId ?? claim?.eventId,
    agreementId: record.agreementId ?? obligation?.agreementId ?? claim?.agreementId,
    obligationId: record.obligationId,
    subject: record.subjectKey,
  };
}

/**
 * Whether the calling evaluator's scope reaches a concern (false for everyone else: the policy asks it of evaluators
 * only). The concern is worked out only when there is a scope to match it against.
 */
export async function inEvaluatorScope(
  ctx: RequestContext,
  clusterId: string,
  concern: () => Concern | Promise<Concern>,
): Promise<boolean> {
  const scope = await evaluatorScope(ctx, clusterId);
  return scope.grants.length > 0 && covers(scope, await concern());
}
