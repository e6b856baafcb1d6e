import type { RequestContext } from '../context';
import { agreementVersionKey } from '../domain/agreements/ids';
import { foldedText, recommendationLessonId } from '../domain/corrective/actions';
import { RISK_CATEGORIES, type RiskCategory } from '../domain/levels';
import type { Page, PageRequest } from '../domain/pagination';
import type { StoredAssessment, StoredEvaluation, StoredLesson } from '../store/entities';
import { allows, clusterFor } from './access';
import { evaluationAccess } from './evaluations';
import { BadInputError } from '../domain/errors';
import { subjectKeyOf } from '../domain/compliance/ids';

/**
 * Lessons: what a finalized evaluation leaves for the next agreement or drill to start from. Each is kept as its own
 * item when it arises (an evaluator's recommendation when the evaluation is finalized, a corrective action when it is
 * verified), carrying the evaluation's risk categories and a folded copy of its text, so the list is one Query of the
 * cluster's lessons filtered in DynamoDB, never a walk over evaluations, assessments and actions.
 */

/** The risk categories of what an evaluation looked at: its event's, else its agreement's (in force), else none. */
export async function evaluationCategories(
  ctx: RequestContext,
  evaluation: Pick<StoredEvaluation, 'eventId' | 'agreementId' | 'obligationId'>,
): Promise<RiskCategory[]> {
  const obligation = evaluation.obligationId ? await ctx.loaders.obligation.load(evaluation.obligationId) : undefined;
  const eventId = evaluation.eventId ?? obligation?.eventId;
  if (eventId) {
    const event = await ctx.loaders.riskEvent.load(eventId);
    return event ? [event.category] : [];
  }
  const agreementId = evaluation.agreementId ?? obligation?.agreementId;
  const agreement = agreementId ? await ctx.loaders.agreement.load(agreementId) : undefined;
  const versionNo = agreement?.inForceVersionNo ?? agreement?.latestVersionNo;
  if (!agreement || versionNo === undefined) return [];
  const version = await ctx.loaders.agreementVersion.load(agreementVersionKey(agreement.agreementId, versionNo));
  return (version?.categories ?? []).filter((category): category is RiskCategory =>
    (RISK_CATEGORIES as readonly string[]).includes(category),
  );
}

/** The search form of a lesson: its evaluation's title and its text. */
export function lessonSearchText(evaluationTitle: string, text: string): string {
  return foldedText(`${evaluationTitle}\n${text}`);
}

/** The recommendation lessons of an evaluation finalized at `at`: one per counted assessment that recommends something. */
export async function recommendationLessons(
  ctx: RequestContext,
  evaluation: StoredEvaluation,
  counted: readonly StoredAssessment[],
  at: string,
): Promise<StoredLesson[]> {
  const recommending = counted.filter((assessment) => assessment.recommendations?.trim());
  if (recommending.length === 0) return [];
  const categories = await evaluationCategories(ctx, evaluation);
  return recommending.map((assessment) => ({
    clusterId: evaluation.clusterId,
    lessonId: recommendationLessonId(evaluation.evaluationId, assessment.evaluatorId),
    kind: 'RECOMMENDATION',
    evaluationId: evaluation.evaluationId,
    evaluationTitle: evaluation.title,
    categories,
    text: assessment.recommendations!,
    searchText: lessonSearchText(evaluation.title, assessment.recommendations!),
    byName: assessment.evaluatorName,
    at,
  }));
}

/** Clusters whose lessons are known to be kept (the marker never goes away): no read for them again. */
const keptClusters = new Set<string>();

/**
 * Evaluations finalized before lessons were kept have their recommendations written once, the first time the
 * cluster's lessons are read: every lesson has a derived id, so a backfill running twice, or beside a finalization
 * writing its own, writes the same items; the marker is written last.
 */
async function ensureLessons(ctx: RequestContext, clusterId: string): Promise<void> {
  if (keptClusters.has(clusterId)) return;
  if (!(await ctx.store.correctiveActions.lessonsKept(clusterId))) {
    const lessons: StoredLesson[] = [];
    let after: string | null = null;
    do {
      const page = await ctx.store.evaluations.list(clusterId, 'FINALIZED', { first: 100, after });
      for (const evaluation of page.items) {
        if (evaluation.status !== 'FINALIZED') continue;
        const excluded = new Set(
          (
            (JSON.parse(evaluation.finalResult ?? '{}') as { excluded?: Array<{ evaluatorId: string }> }).excluded ?? []
          ).map((each) => each.evaluatorId),
        );
        const counted = (await ctx.store.evaluations.assessments(evaluation.evaluationId)).filter(
          (assessment) => assessment.status === 'SUBMITTED' && !excluded.has(assessment.evaluatorId),
        );
        lessons.push(
          ...(await recommendationLessons(ctx, evaluation, counted, evaluation.finalizedAt ?? evaluation.openedAt)),
        );
      }
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    await ctx.store.correctiveActions.backfillLessons(clusterId, lessons, ctx.now());
  }
  keptClusters.add(clusterId);
}

/** A page of the cluster's lessons, newest first; every member, evaluator and overseeing superior reads them. */
export async function listLessons(
  ctx: RequestContext,
  clusterId: string,
  filter: { category?: RiskCategory | null; search?: string | null },
  page: PageRequest,
): Promise<Page<StoredLesson>> {
  await clusterFor(ctx, clusterId, 'lesson:read');
  await ensureLessons(ctx, clusterId);
  const search = filter.search?.trim() ? filter.search.trim() : null;
  if (search && search.length > MAX_SEARCH)
    throw new BadInputError(`Search for at most ${MAX_SEARCH} characters (got ${search.length}).`, {
      field: 'search',
      limit: MAX_SEARCH,
    });
  const result = await ctx.store.correctiveActions.lessons(clusterId, { category: filter.category, search }, page);
  // One rule on every path: a lesson shows only to those who may read its evaluation, and its corrective action.
  const evaluations = await ctx.loaders.evaluation.loadMany(result.items.map((lesson) => lesson.evaluationId));
  const readable = result.items.filter((lesson, index) => {
    const evaluation = evaluations[index];
    if (!evaluation || evaluation instanceof Error || evaluation.clusterId !== clusterId) return false;
    if (!allows(ctx, 'evaluation:read', evaluationAccess(evaluation))) return false;
    if (!lesson.ownerKey) return true;
    const ownerCityId = lesson.ownerKey === subjectKeyOf(clusterId, null) ? undefined : lesson.ownerKey;
    return allows(ctx, 'correctiveAction:read', {
      clusterId,
      ...(ownerCityId ? { cityId: ownerCityId } : { owedByOffice: true }),
    });
  });
  return { ...result, items: readable };
}

/** Long enough for any phrase an official looks for; a search is a filter DynamoDB applies, not a document. */
const MAX_SEARCH = 200;
