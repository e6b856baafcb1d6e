import { randomUUID } from 'node:crypto';
import { actorOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError } from '../domain/errors';
import { validateRubric, type Rubric, type RubricDraft } from '../domain/evaluations/rubric';
import {
  combine,
  outcomeFor,
  validateScores,
  type CombinedResult,
  type GroupWeights,
  type Outcome,
  type ScoreInput,
  type Thresholds,
} from '../domain/evaluations/scoring';
import type { PageRequest } from '../domain/pagination';
import { requiredText } from '../domain/text';
import { disputeDeadline, settingsOf, type ClusterTrustSettings } from '../domain/trust/settings';
import { DEFAULT_SEVERITY } from '../domain/trust/standing';
import type {
  StoredAccreditation,
  StoredAssessment,
  StoredCluster,
  StoredComplianceRecord,
  StoredEvaluation,
  StoredRubric,
} from '../store/entities';
import { agreementCities, eventCities } from './participants';
import { allows, clusterFor, enforce, notFound } from './access';
import { evaluationRecordId, subjectKeyOf } from '../domain/compliance/ids';
import { idempotencyScope, idempotentRequest } from '../domain/idempotency';
import { recommendationLessons } from './lessons';

const ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
const MAX_PANEL = 12;

export function rubricOf(item: Pick<StoredRubric, 'name' | 'targetKind' | 'criteria' | 'scale'>): Rubric {
  return { name: item.name, targetKind: item.targetKind, criteria: item.criteria, scale: item.scale };
}

function evaluationRubric(evaluation: StoredEvaluation): Rubric {
  return rubricOf({
    name: evaluation.rubricName,
    targetKind: evaluation.targetKind,
    criteria: evaluation.criteria,
    scale: evaluation.scale,
  });
}

export async function rubrics(ctx: RequestContext, clusterId: string): Promise<StoredRubric[]> {
  await clusterFor(ctx, clusterId, 'evaluation:read');
  return ctx.store.evaluations.rubrics(clusterId);
}

export interface DefineRubricInput {
  clusterId: string;
  rubricId: string;
  name: string;
  targetKind: Rubric['targetKind'];
  criteria: Array<{ id?: string | null; name: string; description: string; weight: string }>;
  scaleMin: number;
  scaleMax: number;
  expectedVersion?: number | null;
}

export async function defineRubric(ctx: RequestContext, input: DefineRubricInput): Promise<StoredRubric> {
  await clusterFor(ctx, input.clusterId, 'evaluation:manage');
  if (!ID_PATTERN.test(input.rubricId))
    throw new BadInputError(
      `"${input.rubricId}" is not a usable rubric id: use lowercase letters, digits and dashes, starting with a letter (at most 40).`,
    );
  const draft: RubricDraft = {
    name: input.name,
    targetKind: input.targetKind,
    criteria: input.criteria.map((criterion) => ({
      criterionId: criterion.id,
      name: criterion.name,
      description: criterion.description,
      weight: criterion.weight,
    })),
    scale: { min: input.scaleMin, max: input.scaleMax },
  };
  const rubric = validateRubric(draft);
  const previous = await ctx.store.evaluations.rubric(input.clusterId, input.rubricId);
  if (previous && previous.version !== input.expectedVersion) {
    throw new ConflictError(
      input.expectedVersion == null
        ? `A rubric "${input.rubricId}" already exists (version ${previous.version}); pass expectedVersion to change it. Open evaluations keep the rubric they started with.`
        : `The rubric was changed by someone else after you read it (you had version ${input.expectedVersion}, it is now version ${previous.version}). Nothing was changed.`,
      { yourVersion: input.expectedVersion ?? null, currentVersion: previous.version },
    );
  }
  const now = ctx.now();
  const item: StoredRubric = {
    clusterId: input.clusterId,
    rubricId: input.rubricId,
    ...rubric,
    version: (previous?.version ?? 0) + 1,
    updatedAt: now,
  };
  await ctx.store.evaluations.putRubric(item, previous, actorOf(ctx.caller), now);
  return item;
}

export async function accreditations(ctx: RequestContext, clusterId: string): Promise<StoredAccreditation[]> {
  await clusterFor(ctx, clusterId, 'accreditation:read');
  return ctx.store.evaluations.accreditations(clusterId);
}

export interface AccreditInput {
  clusterId: string;
  evaluatorId: string;
  name: string;
  organisation: string;
  kind: StoredAccreditation['kind'];
  affiliatedCityId?: string | null;
  affiliatedWithCoordinationOffice?: boolean | null;
}

export async function accreditEvaluator(ctx: RequestContext, input: AccreditInput): Promise<StoredAccreditation> {
  await clusterFor(ctx, input.clusterId, 'evaluation:manage');
  const evaluatorId = requiredText(input.evaluatorId, 'evaluator account id', 200);
  const withOffice = !!input.affiliatedWithCoordinationOffice;
  if (withOffice && input.affiliatedCityId)
    throw new BadInputError('An evaluator is affiliated with one city or with the coordination office, not both.');
  if (input.affiliatedCityId) {
    const city = await ctx.loaders.city.load(input.affiliatedCityId);
    if (!city || city.clusterId !== input.clusterId) throw notFound('city', input.affiliatedCityId);
  }
  if (input.kind === 'SELF' && !withOffice && !input.affiliatedCityId) {
    throw new BadInputError(
      'A self-assessor assesses its own side: name the city it belongs to, or affiliate it with the coordination office.',
    );
  }
  const previous = await ctx.store.evaluations.accreditation(input.clusterId, evaluatorId);
  if (!previous) {
    // Ids are exact, but the table keys them lower-cased: two that differ only in case cannot both be stored.
    const variant = (await ctx.store.evaluations.accreditations(input.clusterId, true)).find(
      (item) => item.evaluatorId.toLowerCase() === evaluatorId.toLowerCase(),
    );
    if (variant) {
      throw new ConflictError(
        `The evaluator account "${evaluatorId}" differs only in letter case from the accredited account "${variant.evaluatorId}". Account ids are compared exactly; check which one you mean.`,
      );
    }
  }
  const now = ctx.now();
  const item: StoredAccreditation = {
    clusterId: input.clusterId,
    evaluatorId,
    name: requiredText(input.name, 'evaluator name', 200),
    organisation: requiredText(input.organisation, 'organisation', 200),
    kind: input.kind,
    ...(input.affiliatedCityId ? { affiliatedCityId: input.affiliatedCityId } : {}),
    affiliatedWithOffice: withOffice,
    active: true,
    grantedAt: previous?.active ? previous.grantedAt : now,
    version: (previous?.version ?? 0) + 1,
  };
  await ctx.store.evaluations.putAccreditation(
    item,
    previous,
    previous ? 'EVALUATOR_ACCREDITATION_CHANGED' : 'EVALUATOR_ACCREDITED',
    actorOf(ctx.caller),
    now,
  );
  return item;
}

export async function revokeAccreditation(
  ctx: RequestContext,
  input: { clusterId: string; evaluatorId: string; reason: string },
): Promise<StoredAccreditation> {
  await clusterFor(ctx, input.clusterId, 'evaluation:manage');
  const previous = await ctx.store.evaluations.accreditation(input.clusterId, input.evaluatorId);
  if (!previous) throw notFound('evaluator accreditation', input.evaluatorId);
  if (!previous.active)
    throw new InvalidStateError('This accreditation is already withdrawn.', { currentState: 'WITHDRAWN' });
  const item: StoredAccreditation = {
    ...previous,
    active: false,
    revokedReason: requiredText(input.reason, 'reason', 2000),
    version: previous.version + 1,
  };
  await ctx.store.evaluations.putAccreditation(
    item,
    previous,
    'EVALUATOR_ACCREDITATION_WITHDRAWN',
    actorOf(ctx.caller),
    ctx.now(),
  );
  return item;
}

/** The access facts of an evaluation, for the policy. */
export function evaluationAccess(evaluation: StoredEvaluation): Resource {
  return {
    clusterId: evaluation.clusterId,
    evaluation: {
      panelIds: evaluation.panel,
      targetCityId: evaluation.cityId,
      targetKind: evaluation.targetKind,
      finalized: evaluation.status === 'FINALIZED',
    },
  };
}

export async function evaluationFor(ctx: RequestContext, evaluationId: string): Promise<StoredEvaluation> {
  const evaluation = await ctx.store.evaluations.get(evaluationId);
  if (!evaluation) throw notFound('evaluation', evaluationId);
  enforce(ctx, 'evaluation:read', evaluationAccess(evaluation), () => notFound('evaluation', evaluationId));
  return evaluation;
}

/** An evaluation named by another record, or null when none is named or the caller may not read it. */
export async function readableEvaluation(
  ctx: RequestContext,
  clusterId: string,
  evaluationId: string | null | undefined,
): Promise<StoredEvaluation | null> {
  if (!evaluationId) return null;
  const evaluation = await ctx.loaders.evaluation.load(evaluationId);
  if (!evaluation || evaluation.clusterId !== clusterId) return null;
  return allows(ctx, 'evaluation:read', evaluationAccess(evaluation)) ? evaluation : null;
}

/** The panel's accreditations: the same rule as the list of accreditations (a refused caller gets FORBIDDEN). */
export async function panelOf(ctx: RequestContext, evaluation: StoredEvaluation): Promise<StoredAccreditation[]> {
  enforce(ctx, 'accreditation:read', { clusterId: evaluation.clusterId }, () =>
    notFound('evaluation', evaluation.evaluationId),
  );
  const accredited = new Map(
    (await ctx.loaders.accreditations.load(evaluation.clusterId)).map((item) => [item.evaluatorId, item]),
  );
  return evaluation.panel.flatMap((evaluatorId) => accredited.get(evaluatorId) ?? []);
}

/** A page of the evaluations the caller may see; a page may hold fewer than asked when some are not for this caller. */
export async function listEvaluations(
  ctx: RequestContext,
  clusterId: string,
  status: StoredEvaluation['status'] | null,
  page: PageRequest,
) {
  await clusterFor(ctx, clusterId, 'evaluation:read');
  const result = await ctx.store.evaluations.list(clusterId, status, page);
  return {
    ...result,
    items: result.items.filter((evaluation) => allows(ctx, 'evaluation:read', evaluationAccess(evaluation))),
  };
}

/** Who takes part in an activity: a self-assessor of one of these may assess it. */
async function participantsOf(
  ctx: RequestContext,
  evaluation: Pick<StoredEvaluation, 'clusterId' | 'eventId' | 'agreementId' | 'obligationId'>,
): Promise<Set<string>> {
  const cities = new Set<string>();
  if (evaluation.eventId)
    (await eventCities(ctx, evaluation.clusterId, evaluation.eventId)).forEach((city) => cities.add(city));
  if (evaluation.agreementId)
    (await agreementCities(ctx, evaluation.clusterId, evaluation.agreementId)).forEach((city) => cities.add(city));
  if (evaluation.obligationId) {
    const obligation = await ctx.loaders.obligation.load(evaluation.obligationId);
    if (obligation?.cityId) cities.add(obligation.cityId);
  }
  return cities;
}

/** Why an accredited evaluator may not assess this target, or undefined when it may. */
async function conflictOf(
  ctx: RequestContext,
  accreditation: StoredAccreditation,
  evaluation: Pick<
    StoredEvaluation,
    'clusterId' | 'targetKind' | 'targetType' | 'cityId' | 'eventId' | 'agreementId' | 'obligationId'
  >,
): Promise<string | undefined> {
  if (!accreditation.active) return `${accreditation.name}'s accreditation has been withdrawn.`;
  const targetIsOffice = evaluation.targetType === 'COORDINATION_OFFICE';
  if (accreditation.kind === 'THIRD_PARTY') {
    if (
      evaluation.targetKind === 'PARTICIPANT' &&
      ((accreditation.affiliatedCityId && accreditation.affiliatedCityId === evaluation.cityId) ||
        (accreditation.affiliatedWithOffice && targetIsOffice))
    ) {
      return `${accreditation.name} is affiliated with the party evaluated; a third-party evaluator cannot evaluate its own side (that is a self-assessment).`;
    }
    return undefined;
  }
  if (evaluation.targetKind === 'PARTICIPANT') {
    const own = targetIsOffice
      ? accreditation.affiliatedWithOffice
      : accreditation.affiliatedCityId === evaluation.cityId;
    return own
      ? undefined
      : `${accreditation.name} is a self-assessor of another party; a self-assessment is made by the party evaluated.`;
  }
  if (accreditation.affiliatedWithOffice) return undefined;
  const participants = await participantsOf(ctx, evaluation);
  return accreditation.affiliatedCityId && participants.has(accreditation.affiliatedCityId)
    ? undefined
    : `${accreditation.name} is a self-assessor for a city that took no part in this activity.`;
}

export interface OpenEvaluationInput {
  clusterId: string;
  rubricId: string;
  title: string;
  targetType: StoredEvaluation['targetType'];
  eventId?: string | null;
  agreementId?: string | null;
  obligationId?: string | null;
  cityId?: string | null;
  panel: string[];
  idempotencyKey?: string | null;
}

async function targetOf(
  ctx: RequestContext,
  input: OpenEvaluationInput,
): Promise<
  Pick<StoredEvaluation, 'targetKind' | 'targetType' | 'eventId' | 'agreementId' | 'obligationId' | 'cityId'>
> {
  const { clusterId, targetType } = input;
  const only = (allowed: Array<'eventId' | 'agreementId' | 'obligationId' | 'cityId'>) => {
    for (const field of ['eventId', 'agreementId', 'obligationId', 'cityId'] as const) {
      if (input[field] && !allowed.includes(field))
        throw new BadInputError(`A ${targetType} evaluation does not take ${field}.`);
    }
  };
  const event = async (eventId: string) => {
    const found = await ctx.loaders.riskEvent.load(eventId);
    if (!found || found.clusterId !== clusterId) throw notFound('risk event', eventId);
  };
  const need = (value: string | null | undefined, what: string): string => {
    if (!value) throw new BadInputError(`A ${targetType} evaluation needs the ${what}.`);
    return value;
  };
  switch (targetType) {
    case 'EVENT_RESPONSE': {
      only(['eventId']);
      const eventId = need(input.eventId, 'risk event (eventId)');
      await event(eventId);
      return { targetKind: 'ACTIVITY', targetType, eventId };
    }
    case 'AGREEMENT': {
      only(['agreementId']);
      const agreementId = need(input.agreementId, 'agreement (agreementId)');
      const agreement = await ctx.loaders.agreement.load(agreementId);
      if (!agreement || agreement.clusterId !== clusterId) throw notFound('agreement', agreementId);
      return { targetKind: 'ACTIVITY', targetType, agreementId };
    }
    case 'DRILL': {
      only(['obligationId']);
      const obligationId = need(input.obligationId, 'drill obligation (obligationId)');
      const obligation = await ctx.loaders.obligation.load(obligationId);
      if (!obligation || obligation.clusterId !== clusterId) throw notFound('obligation', obligationId);
      if (obligation.kind !== 'JOIN_DRILL')
        throw new BadInputError('The obligation named is not a drill (JOIN_DRILL).');
      return {
        targetKind: 'ACTIVITY',
        targetType,
        obligationId,
        ...(obligation.eventId ? { eventId: obligation.eventId } : {}),
      };
    }
    case 'CITY': {
      only(['cityId', 'eventId']);
      const cityId = need(input.cityId, 'city (cityId)');
      const city = await ctx.loaders.city.load(cityId);
      if (!city || city.clusterId !== clusterId) throw notFound('city', cityId);
      if (input.eventId) {
        // A city is evaluated in an event it took part in: its origin or an affected city (the event's parties).
        const parties = await eventCities(ctx, clusterId, input.eventId);
        if (!parties.has(cityId)) {
          const event = await ctx.loaders.riskEvent.load(input.eventId);
          throw new BadInputError(
            `${city.name} took no part in the event "${event!.description}": it is neither its origin nor an affected city, so it cannot be evaluated in it.`,
          );
        }
      }
      return { targetKind: 'PARTICIPANT', targetType, cityId, ...(input.eventId ? { eventId: input.eventId } : {}) };
    }
    case 'COORDINATION_OFFICE':
      only(['eventId']);
      if (input.eventId) await event(input.eventId);
      return { targetKind: 'PARTICIPANT', targetType, ...(input.eventId ? { eventId: input.eventId } : {}) };
  }
}

/** Who manages an evaluation: the office, except for an evaluation of the office itself, which the superior level runs. */
function assertManages(
  ctx: RequestContext,
  clusterId: string,
  targetType: StoredEvaluation['targetType'],
  missing: () => ReturnType<typeof notFound>,
): void {
  enforce(ctx, 'evaluation:manage', { clusterId, owedByOffice: targetType === 'COORDINATION_OFFICE' }, missing);
}

export async function openEvaluation(ctx: RequestContext, input: OpenEvaluationInput): Promise<StoredEvaluation> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  const cluster = await clusterFor(ctx, input.clusterId, 'evaluation:read');
  assertManages(ctx, input.clusterId, input.targetType, () => notFound('cluster', input.clusterId));
  const rubric = await ctx.store.evaluations.rubric(input.clusterId, input.rubricId);
  if (!rubric) throw notFound('rubric', input.rubricId);
  const target = await targetOf(ctx, input);
  if (rubric.targetKind !== target.targetKind) {
    throw new BadInputError(
      `The rubric "${rubric.name}" is for ${rubric.targetKind === 'ACTIVITY' ? 'activities' : 'participants'}; a ${input.targetType} evaluation needs a ${target.targetKind} rubric.`,
    );
  }
  const panel = [...new Set(input.panel)];
  if (panel.length === 0 || panel.length > MAX_PANEL)
    throw new BadInputError(`Name between 1 and ${MAX_PANEL} accredited evaluators for the panel.`);
  const accredited = new Map(
    (await ctx.store.evaluations.accreditations(input.clusterId)).map((item) => [item.evaluatorId, item]),
  );
  const members: StoredAccreditation[] = [];
  for (const evaluatorId of panel) {
    const accreditation = accredited.get(evaluatorId);
    if (!accreditation) throw notFound('evaluator accreditation', evaluatorId);
    const conflict = await conflictOf(ctx, accreditation, { clusterId: input.clusterId, ...target });
    if (conflict) throw new ForbiddenError(conflict);
    members.push(accreditation);
  }
  if (!members.some((member) => member.kind === 'THIRD_PARTY')) {
    throw new BadInputError('Third-party evaluation comes first: put at least one THIRD_PARTY evaluator on the panel.');
  }
  const now = ctx.now();
  const actor = actorOf(ctx.caller);
  const evaluation: StoredEvaluation = {
    evaluationId: `evl_${randomUUID()}`,
    clusterId: input.clusterId,
    title: requiredText(input.title, 'title', 300),
    ...target,
    rubricId: rubric.rubricId,
    rubricName: rubric.name,
    rubricVersion: rubric.version,
    criteria: rubric.criteria,
    scale: rubric.scale,
    panel,
    status: 'OPEN',
    weighting: weightingOf(cluster),
    openedAt: now,
    openedBy: actor,
    version: 1,
  };
  const idempotency = keyed && { scope: idempotencyScope('openEvaluation', input.clusterId, actor.id), ...keyed };
  return ctx.store.evaluations.open(evaluation, idempotency, actor, now);
}

function weightingOf(cluster: StoredCluster): NonNullable<StoredEvaluation['weighting']> {
  const { groupWeights, thresholds } = settingsOf(cluster.trustSettings);
  return {
    thirdPartyWeightBp: groupWeights.thirdPartyBp,
    selfWeightBp: groupWeights.selfBp,
    rewardAtOrAbove: thresholds.rewardAtOrAbove,
    penaltyBelow: thresholds.penaltyBelow,
  };
}

function finalizedError(evaluation: StoredEvaluation): InvalidStateError {
  return new InvalidStateError(
    `This evaluation was finalized on ${evaluation.finalizedAt}; its results are fixed for good and can no longer be changed.`,
    {
      currentState: 'FINALIZED',
      finalizedAt: evaluation.finalizedAt,
    },
  );
}

export interface AssessmentInput {
  evaluationId: string;
  scores: ScoreInput[];
  findings?: string | null;
  recommendations?: string | null;
}

const optionalText = (value: string | null | undefined, label: string) =>
  value?.trim() ? requiredText(value, label, 10_000) : undefined;

function sameContent(
  assessment: StoredAssessment,
  scores: ScoreInput[],
  findings: string | undefined,
  recommendations: string | undefined,
): boolean {
  return (
    (assessment.findings ?? undefined) === findings &&
    (assessment.recommendations ?? undefined) === recommendations &&
    assessment.scores.length === scores.length &&
    assessment.scores.every(
      (score, index) => score.criterionId === scores[index].criterionId && score.score === scores[index].score,
    )
  );
}

/** Saves a draft, or submits (every criterion scored). Submitting the same content again returns the submission. */
export async function writeAssessment(
  ctx: RequestContext,
  input: AssessmentInput,
  submit: boolean,
): Promise<StoredAssessment> {
  const evaluation = await evaluationFor(ctx, input.evaluationId);
  enforce(ctx, 'assessment:write', evaluationAccess(evaluation), () => notFound('evaluation', input.evaluationId));
  let scores: ScoreInput[];
  try {
    scores = validateScores(evaluationRubric(evaluation), input.scores, { complete: submit });
  } catch (error) {
    // After finalization the answer is that nothing can change, whatever was sent.
    if (evaluation.status === 'FINALIZED') throw finalizedError(evaluation);
    throw error;
  }
  const findings = optionalText(input.findings, 'findings');
  const recommendations = optionalText(input.recommendations, 'recommendations');
  const resubmission = (stored: StoredAssessment | undefined) =>
    submit && stored?.status === 'SUBMITTED' && sameContent(stored, scores, findings, recommendations);
  const previous = await ctx.store.evaluations.assessment(evaluation.evaluationId, ctx.caller.id);
  // A retried submission is answered with what was stored, whatever happened since (even finalization).
  if (resubmission(previous)) return previous!;
  if (evaluation.status === 'FINALIZED') throw finalizedError(evaluation);
  if (previous?.status === 'SUBMITTED')
    throw new InvalidStateError(`Your assessment was submitted on ${previous.submittedAt} and cannot be changed.`, {
      currentState: previous.status,
    });
  // Accreditations change: whether this evaluator may still assess is decided again on fresh facts at every write.
  const accreditation = await ctx.store.evaluations.accreditation(evaluation.clusterId, ctx.caller.id);
  const conflictOfInterest = accreditation
    ? await conflictOf(ctx, accreditation, evaluation)
    : 'You are not accredited to this cluster.';
  enforce(
    ctx,
    'assessment:write',
    { ...evaluationAccess(evaluation), ...(conflictOfInterest ? { conflictOfInterest } : {}) },
    () => notFound('evaluation', input.evaluationId),
  );
  if (!accreditation) throw new Error('unreachable: the policy refuses an evaluator without accreditation');
  const now = ctx.now();
  const assessment: StoredAssessment = {
    evaluationId: evaluation.evaluationId,
    evaluatorId: ctx.caller.id,
    clusterId: evaluation.clusterId,
    evaluatorName: accreditation.name,
    kind: accreditation.kind,
    status: submit ? 'SUBMITTED' : 'DRAFT',
    scores,
    ...(findings ? { findings } : {}),
    ...(recommendations ? { recommendations } : {}),
    savedAt: now,
    ...(submit ? { submittedAt: now } : {}),
    version: (previous?.version ?? 0) + 1,
  };
  const save = () =>
    ctx.store.evaluations.saveAssessment(
      assessment,
      previous,
      evaluation,
      {
        action: submit ? 'ASSESSMENT_SUBMITTED' : 'ASSESSMENT_DRAFT_SAVED',
        changes: { status: [previous?.status ?? null, assessment.status] },
      },
      actorOf(ctx.caller),
      now,
    );
  try {
    await save();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const stored = await ctx.store.evaluations.assessment(evaluation.evaluationId, ctx.caller.id);
    // Two identical submissions at once: the one that lost the race is answered with the one that won.
    if (resubmission(stored)) return stored!;
    // Another evaluator's submission touched the evaluation at the same moment; this assessment is as it was: once more.
    if (stored?.version !== previous?.version) throw error;
    await save();
  }
  return assessment;
}

/** An assessment left out of a result: its author turned out to have a conflict of interest. */
export interface ExcludedAssessment {
  evaluatorId: string;
  evaluatorName: string;
  reason: string;
}

/**
 * Screens submitted assessments against the accreditations as they stand now: an assessment whose author has since
 * been found affiliated with the party evaluated is left out, with the reason. A withdrawal alone does not void an
 * assessment made while accredited.
 */
async function screen(
  ctx: RequestContext,
  evaluation: StoredEvaluation,
  submitted: readonly StoredAssessment[],
  accreditations: readonly StoredAccreditation[],
): Promise<{ counted: StoredAssessment[]; excluded: ExcludedAssessment[] }> {
  const byEvaluator = new Map(accreditations.map((item) => [item.evaluatorId, item]));
  const counted: StoredAssessment[] = [];
  const excluded: ExcludedAssessment[] = [];
  for (const assessment of submitted) {
    const accreditation = byEvaluator.get(assessment.evaluatorId);
    const conflict = accreditation ? await conflictOf(ctx, { ...accreditation, active: true }, evaluation) : undefined;
    if (conflict)
      excluded.push({ evaluatorId: assessment.evaluatorId, evaluatorName: assessment.evaluatorName, reason: conflict });
    else counted.push(assessment);
  }
  return { counted, excluded };
}

/** A combined result with what it was measured against. */
export interface EvaluationResultView extends CombinedResult {
  excluded: ExcludedAssessment[];
  outcome: Outcome;
  groupWeights: GroupWeights;
  thresholds: Thresholds;
  criterionNames: Record<string, string>;
}

function resultOf(
  evaluation: StoredEvaluation,
  submitted: readonly StoredAssessment[],
  excluded: ExcludedAssessment[],
  cluster: StoredCluster,
): EvaluationResultView {
  const weighting = evaluation.weighting ?? weightingOf(cluster);
  const groupWeights: GroupWeights = { thirdPartyBp: weighting.thirdPartyWeightBp, selfBp: weighting.selfWeightBp };
  const thresholds: Thresholds = { rewardAtOrAbove: weighting.rewardAtOrAbove, penaltyBelow: weighting.penaltyBelow };
  const combined = combine(
    evaluationRubric(evaluation),
    submitted.map((a) => ({ evaluatorId: a.evaluatorId, kind: a.kind, scores: a.scores })),
    groupWeights,
  );
  return {
    ...combined,
    outcome: evaluation.targetKind === 'PARTICIPANT' ? outcomeFor(combined.normalized, thresholds) : 'NONE',
    excluded,
    groupWeights,
    thresholds,
    criterionNames: Object.fromEntries(evaluation.criteria.map((criterion) => [criterion.criterionId, criterion.name])),
  };
}

/** The fixed result of a finalized evaluation; the provisional one (supervisors only) of an open one; null before any submission. */
export async function resultFor(
  ctx: RequestContext,
  evaluation: StoredEvaluation,
): Promise<EvaluationResultView | null> {
  if (evaluation.finalResult) return JSON.parse(evaluation.finalResult) as EvaluationResultView;
  if (!seesProvisional(ctx, evaluation)) return null;
  const submitted = (await ctx.loaders.assessments.load(evaluation.evaluationId)).filter(
    (a) => a.status === 'SUBMITTED',
  );
  const { counted, excluded } = await screen(
    ctx,
    evaluation,
    submitted,
    await ctx.loaders.accreditations.load(evaluation.clusterId),
  );
  return counted.length
    ? resultOf(evaluation, counted, excluded, await clusterFor(ctx, evaluation.clusterId, 'evaluation:read'))
    : null;
}

/** Who follows an open evaluation as it comes in: the policy's `evaluation:readProvisional`. */
function seesProvisional(ctx: RequestContext, evaluation: StoredEvaluation): boolean {
  return allows(ctx, 'evaluation:readProvisional', {
    clusterId: evaluation.clusterId,
    owedByOffice: evaluation.targetType === 'COORDINATION_OFFICE',
  });
}

/** Submitted assessments: those who run the evaluation see them as they come in, panel members and cities once finalized. */
export async function visibleAssessments(
  ctx: RequestContext,
  evaluation: StoredEvaluation,
): Promise<StoredAssessment[]> {
  if (evaluation.status !== 'FINALIZED' && !seesProvisional(ctx, evaluation)) return [];
  return (await ctx.loaders.assessments.load(evaluation.evaluationId)).filter((a) => a.status === 'SUBMITTED');
}

export async function finalizeEvaluation(
  ctx: RequestContext,
  input: { evaluationId: string; expectedVersion: number },
): Promise<StoredEvaluation> {
  const evaluation = await evaluationFor(ctx, input.evaluationId);
  assertManages(ctx, evaluation.clusterId, evaluation.targetType, () => notFound('evaluation', input.evaluationId));
  if (evaluation.status === 'FINALIZED') throw finalizedError(evaluation);
  if (evaluation.version !== input.expectedVersion) {
    throw new ConflictError(
      `The evaluation was changed after you read it (you had version ${input.expectedVersion}, it is now version ${evaluation.version}). Nothing was changed.`,
      {
        yourVersion: input.expectedVersion,
        currentVersion: evaluation.version,
      },
    );
  }
  const submitted = (await ctx.store.evaluations.assessments(evaluation.evaluationId)).filter(
    (a) => a.status === 'SUBMITTED',
  );
  const { counted, excluded } = await screen(
    ctx,
    evaluation,
    submitted,
    await ctx.store.evaluations.accreditations(evaluation.clusterId, true),
  );
  if (!counted.some((a) => a.kind === 'THIRD_PARTY')) {
    throw new InvalidStateError(
      `Third-party evaluation comes first: at least one third-party assessment must count before the result is finalized${excluded.length ? ` (${excluded.length} left out for a conflict of interest)` : ''}.`,
      { currentState: evaluation.status },
    );
  }
  const cluster = await clusterFor(ctx, evaluation.clusterId, 'evaluation:read');
  const result = resultOf(evaluation, counted, excluded, cluster);
  const now = ctx.now();
  const actor = actorOf(ctx.caller);
  const record =
    result.outcome === 'NONE'
      ? undefined
      : outcomeRecord(evaluation, result, settingsOf(cluster.trustSettings), actor, now);
  return ctx.store.evaluations.finalize(
    evaluation,
    {
      finalResult: JSON.stringify(result),
      finalizedAt: now,
      finalizedBy: actor,
      ...(record ? { complianceRecordId: record.recordId } : {}),
    },
    record,
    actor,
    now,
    await recommendationLessons(ctx, evaluation, counted, now),
  );
}

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;

/** The reward or penalty record a finalized participant result earns; its id is derived, so it exists once. */
function outcomeRecord(
  evaluation: StoredEvaluation,
  result: EvaluationResultView,
  settings: ClusterTrustSettings,
  actor: StoredComplianceRecord['recordedBy'],
  now: string,
): StoredComplianceRecord {
  const reward = result.outcome === 'REWARD';
  const kind = reward ? 'EVALUATION_REWARD' : 'EVALUATION_PENALTY';
  const threshold = reward
    ? `at or above the reward threshold of ${percent(result.thresholds.rewardAtOrAbove)}`
    : `below the penalty threshold of ${percent(result.thresholds.penaltyBelow)}`;
  return {
    recordId: evaluationRecordId(evaluation.evaluationId),
    clusterId: evaluation.clusterId,
    kind,
    subjectKey: subjectKeyOf(evaluation.clusterId, evaluation.cityId),
    ...(evaluation.cityId ? { cityId: evaluation.cityId } : {}),
    ...(evaluation.eventId ? { eventId: evaluation.eventId } : {}),
    evaluationId: evaluation.evaluationId,
    supervision: 'VERTICAL',
    severity: DEFAULT_SEVERITY[kind],
    note: `Evaluation "${evaluation.title}" finalized at ${result.overall.toFixed(2)} of ${evaluation.scale.max} (${percent(result.normalized)}), ${threshold}.`,
    evidence: {
      text: `${result.thirdPartyCount} third-party and ${result.selfCount} self-assessment(s), weighted ${percent(result.appliedWeights.thirdParty)} / ${percent(result.appliedWeights.self)}.`,
      links: [],
    },
    at: now,
    recordedAt: now,
    recordedBy: actor,
    automatic: true,
    disputeWindowEndsAt: disputeDeadline(settings, now),
    status: 'STANDING',
    consequence: { kind: reward ? 'COMMENDATION' : 'FORMAL_WARNING' },
    version: 1,
  };
}
