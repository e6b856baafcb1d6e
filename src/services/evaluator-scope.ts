import type { RequestContext } from '../context';
import { COORDINATION_OFFICE } from '../domain/obligations/activation';
import { obligeeKeyOf } from '../store/obligations';
import { agreementCities, eventCities } from './participants';

/**
 * What an evaluator is accredited to evaluate in a cluster: the open evaluations it is on the panel of, while its
 * accreditation stands. `subjects` are the parties (city ids, or the office's key): a participant evaluation's party,
 * or every city taking part in an activity and the office that coordinates it.
 */
export interface EvaluatorScope {
  subjects: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  agreementIds: ReadonlySet<string>;
}

const scopes = new WeakMap<RequestContext, Map<string, Promise<EvaluatorScope>>>();

/** The caller's scope as an evaluator (read once per request and cluster). */
export function evaluatorScope(ctx: RequestContext, clusterId: string): Promise<EvaluatorScope> {
  const perCluster = scopes.get(ctx) ?? new Map<string, Promise<EvaluatorScope>>();
  scopes.set(ctx, perCluster);
  let scope = perCluster.get(clusterId);
  if (!scope) {
    scope = readScope(ctx, clusterId);
    perCluster.set(clusterId, scope);
  }
  return scope;
}

async function readScope(ctx: RequestContext, clusterId: string): Promise<EvaluatorScope> {
  const subjects = new Set<string>();
  const eventIds = new Set<string>();
  const agreementIds = new Set<string>();
  const accreditation = await ctx.store.evaluations.accreditation(clusterId, ctx.caller.id);
  if (!accreditation?.active) return { subjects, eventIds, agreementIds };
  for (const evaluation of await ctx.store.evaluations.onPanel(clusterId, ctx.caller.id)) {
    // Access serves the work: once the result is fixed, the evaluator's reach into the records ends.
    if (evaluation.status !== 'OPEN') continue;
    if (evaluation.targetKind === 'PARTICIPANT') {
      // A participant is evaluated on its own record, even within an event: not on its partners'.
      subjects.add(obligeeKeyOf(clusterId, evaluation.cityId ?? COORDINATION_OFFICE));
      continue;
    }
    if (evaluation.eventId) eventIds.add(evaluation.eventId);
    if (evaluation.agreementId) agreementIds.add(evaluation.agreementId);
    subjects.add(obligeeKeyOf(clusterId, COORDINATION_OFFICE));
    if (evaluation.eventId) (await eventCities(ctx, clusterId, evaluation.eventId)).forEach((city) => subjects.add(city));
    if (evaluation.agreementId) (await agreementCities(ctx, clusterId, evaluation.agreementId)).forEach((city) => subjects.add(city));
    if (evaluation.obligationId) {
      const obligation = await ctx.loaders.obligation.load(evaluation.obligationId);
      if (obligation) {
        subjects.add(obligation.obligeeKey);
        agreementIds.add(obligation.agreementId);
      }
    }
  }
  return { subjects, eventIds, agreementIds };
}
