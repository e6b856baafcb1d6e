import { evaluationOpened } from '../domain/notifications/announcements';
import { ConflictError, InvalidStateError } from '../domain/errors';
import type { AuditAction } from '../domain/audit';
import type { Page, PageRequest } from '../domain/pagination';
import { assessmentTargetId } from '../domain/evaluations/ids';
import type { Actor } from '../domain/roles';
import type { AuditedChange } from './audit';
import {
  AccreditationEntity,
  AssessmentEntity,
  ComplianceRecordEntity,
  EvaluationEntity,
  LessonEntity,
  RubricEntity,
  cursors,
  type StoredAccreditation,
  type StoredAssessment,
  type StoredComplianceRecord,
  type StoredEvaluation,
  type StoredLesson,
  type StoredRubric,
} from './entities';
import { batchGetByIds } from './batch';
import { createOnce, type ScopedRequest } from './idempotency';
import { addTrustTallyMove, trustMoveOf } from './trust-tallies';
import { conditionOn, neverRefused, transaction, versionOf, type Refusal } from './kernel';
import { readPage } from './pagination';
import { exactly, onlyExact } from './exact';
import { auditRecorded } from './compliance';

const stale = (what: string, read: number | undefined, current: number | undefined) =>
  new ConflictError(
    read === undefined
      ? `The ${what} was created by someone else at the same moment. Nothing was changed; read it and try again.`
      : `The ${what} was changed by someone else after you read it (you had version ${read}, it is now version ${current ?? '?'}). Nothing was changed.`,
    { yourVersion: read ?? null, currentVersion: current ?? null },
  );

/** The refusal of a write at the version read (or of a create, when `read` is undefined): `stale`, as stored now. */
function staleAt(what: string, read: { version: number } | undefined): Refusal {
  return (current) => stale(what, read?.version, current && versionOf(current));
}

/** A versioned put: creates when `previous` is undefined (only if absent), else replaces only that version. */
function versionedPut<T extends { version: number }>(previous: T | undefined) {
  return (
    { version }: { version: unknown },
    { eq, notExists }: { eq: (a: never, v: number) => string; notExists: (a: never) => string },
  ) => (previous ? eq(version as never, previous.version) : notExists(version as never));
}

export const evaluationRepository = {
  async rubrics(clusterId: string): Promise<StoredRubric[]> {
    const { data } = await RubricEntity.query.byCluster({ clusterId }).go({ pages: 'all' });
    return onlyExact({ clusterId }, data);
  },

  async rubric(clusterId: string, rubricId: string): Promise<StoredRubric | undefined> {
    const { data } = await RubricEntity.get({ clusterId, rubricId }).go({ consistent: true });
    return exactly({ clusterId, rubricId }, data);
  },

  async putRubric(rubric: StoredRubric, previous: StoredRubric | undefined, actor: Actor, at: string): Promise<void> {
    await transaction()
      .put('rubric', RubricEntity.put(rubric).where(versionedPut(previous)), staleAt('rubric', previous))
      .audit(
        actor,
        {
          clusterId: rubric.clusterId,
          action: previous ? 'RUBRIC_CHANGED' : 'RUBRIC_DEFINED',
          targetType: 'Rubric',
          targetId: rubric.rubricId,
          versionBefore: previous?.version,
          versionAfter: rubric.version,
          changes: {
            criteria: [
              previous?.criteria.map((c) => `${c.name} ${c.weightBp / 10000}`) ?? null,
              rubric.criteria.map((c) => `${c.name} ${c.weightBp / 10000}`),
            ],
          },
        },
        at,
      )
      .commit();
  },

  async accreditations(clusterId: string, consistent = false): Promise<StoredAccreditation[]> {
    const { data } = await AccreditationEntity.query.byCluster({ clusterId }).go({ pages: 'all', consistent });
    return onlyExact({ clusterId }, data);
  },

  async accreditation(clusterId: string, evaluatorId: string): Promise<StoredAccreditation | undefined> {
    const { data } = await AccreditationEntity.get({ clusterId, evaluatorId }).go({ consistent: true });
    return exactly({ clusterId, evaluatorId }, data);
  },

  async putAccreditation(
    accreditation: StoredAccreditation,
    previous: StoredAccreditation | undefined,
    action: AuditAction,
    actor: Actor,
    at: string,
  ): Promise<void> {
    await transaction()
      .put(
        'accreditation',
        AccreditationEntity.put(accreditation).where(versionedPut(previous)),
        staleAt('accreditation', previous),
      )
      .audit(
        actor,
        {
          clusterId: accreditation.clusterId,
          action,
          targetType: 'EvaluatorAccreditation',
          targetId: accreditation.evaluatorId,
          versionBefore: previous?.version,
          versionAfter: accreditation.version,
          changes: {
            kind: [previous?.kind ?? null, accreditation.kind],
            active: [previous?.active ?? null, accreditation.active],
            affiliatedCityId: [previous?.affiliatedCityId ?? null, accreditation.affiliatedCityId ?? null],
          },
        },
        at,
      )
      .commit();
  },

  async getMany(evaluationIds: readonly string[]): Promise<(StoredEvaluation | undefined)[]> {
    return batchGetByIds(evaluationIds, 'evaluationId', (batch) =>
      EvaluationEntity.get(batch.map((evaluationId) => ({ evaluationId }))).go(),
    );
  },

  async get(evaluationId: string): Promise<StoredEvaluation | undefined> {
    const { data } = await EvaluationEntity.get({ evaluationId }).go({ consistent: true });
    return exactly({ evaluationId }, data);
  },

  async list(
    clusterId: string,
    status: StoredEvaluation['status'] | null,
    page: PageRequest,
  ): Promise<Page<StoredEvaluation>> {
    return readPage(
      `evaluations:${clusterId}:${status ?? ''}`,
      page,
      (options) => {
        const query = EvaluationEntity.query.byCluster({ clusterId });
        return (status ? query.where(({ status: s }, { eq }) => eq(s, status)) : query).go({
          order: 'desc',
          ...options,
        });
      },
      (item) => cursors.evaluation.byAccessPattern.byCluster.fromComposite.toCursor(item),
    );
  },

  /** Every evaluation of a cluster whose panel includes the evaluator. */
  async onPanel(clusterId: string, evaluatorId: string): Promise<StoredEvaluation[]> {
    const { data } = await EvaluationEntity.query
      .byCluster({ clusterId })
      .where(({ panel }, { contains }) => contains(panel, evaluatorId))
      .go({ pages: 'all' });
    return data;
  },

  /** Opens an evaluation once per idempotency key, with its audit event. */
  async open(
    evaluation: StoredEvaluation,
    idempotency: ScopedRequest | undefined,
    actor: Actor,
    at: string,
  ): Promise<StoredEvaluation> {
    return createOnce({
      key: idempotency,
      resultId: evaluation.evaluationId,
      at,
      read: (id) => evaluationRepository.get(id),
      created: evaluation,
      conflictMessage:
        'The evaluation could not be opened because of a simultaneous change. Nothing was recorded; try again.',
      steps: (started) =>
        started
          .create('evaluation', EvaluationEntity.create(evaluation), neverRefused)
          .announce(evaluationOpened(evaluation, at))
          .audit(
            actor,
            {
              clusterId: evaluation.clusterId,
              action: 'EVALUATION_OPENED',
              targetType: 'Evaluation',
              targetId: evaluation.evaluationId,
              changes: {
                target: [
                  null,
                  `${evaluation.targetType} ${evaluation.eventId ?? evaluation.agreementId ?? evaluation.obligationId ?? evaluation.cityId ?? ''}`.trim(),
                ],
                panel: [null, evaluation.panel],
              },
            },
            at,
          ),
    });
  },

  /**
   * Finalizes an evaluation still at the version read, together with the compliance record its result earns (if any):
   * the result and its consequence are never recorded apart.
   */
  async finalize(
    read: StoredEvaluation,
    set: Pick<StoredEvaluation, 'finalResult' | 'finalizedAt' | 'finalizedBy' | 'complianceRecordId'>,
    record: StoredComplianceRecord | undefined,
    actor: Actor,
    at: string,
    lessons: readonly StoredLesson[] = [],
  ): Promise<StoredEvaluation> {
    const versionAfter = read.version + 1;
    const trust = record ? await trustMoveOf({ after: record }, at) : undefined;
    const writes = transaction().update(
      'open evaluation at version read',
      EvaluationEntity.patch({ evaluationId: read.evaluationId })
        .set({ ...set, status: 'FINALIZED', version: versionAfter })
        .where(({ version, status }, { eq }) => `${eq(version, read.version)} AND ${eq(status, 'OPEN')}`),
      staleAt('evaluation', read),
    );
    if (record)
      auditRecorded(
        // The record's id is derived from the evaluation: it exists only if the evaluation was finalized meanwhile.
        writes.create(`compliance record ${record.recordId}`, ComplianceRecordEntity.create(record), async () =>
          stale('evaluation', read.version, (await evaluationRepository.get(read.evaluationId))?.version),
        ),
        record,
        { evaluationId: [null, read.evaluationId] },
        actor,
        at,
      );
    // The recommendations become lessons with the result (derived ids: a lessons backfill writes the same items).
    for (const lesson of lessons) writes.put(`lesson ${lesson.lessonId}`, LessonEntity.put(lesson), neverRefused);
    await addTrustTallyMove(writes, trust)
      .audit(
        actor,
        {
          clusterId: read.clusterId,
          action: 'EVALUATION_FINALIZED',
          targetType: 'Evaluation',
          targetId: read.evaluationId,
          versionBefore: read.version,
          versionAfter,
          changes: { status: ['OPEN', 'FINALIZED'] },
        },
        at,
      )
      .commit();
    return { ...read, ...set, status: 'FINALIZED', version: versionAfter };
  },

  async assessments(evaluationId: string): Promise<StoredAssessment[]> {
    const { data } = await AssessmentEntity.query.byEvaluation({ evaluationId }).go({ pages: 'all', consistent: true });
    return onlyExact({ evaluationId }, data);
  },

  /** One evaluator's assessment of each evaluation (undefined where there is none), in one BatchGetItem per 100. */
  async assessmentsBy(
    evaluatorId: string,
    evaluationIds: readonly string[],
  ): Promise<(StoredAssessment | undefined)[]> {
    const found = await batchGetByIds(evaluationIds, 'evaluationId', (batch) =>
      AssessmentEntity.get(batch.map((evaluationId) => ({ evaluationId, evaluatorId }))).go({ consistent: true }),
    );
    // Matched by evaluation id exactly; the evaluator id must match exactly as well.
    return found.map((assessment) => (assessment?.evaluatorId === evaluatorId ? assessment : undefined));
  },

  async assessment(evaluationId: string, evaluatorId: string): Promise<StoredAssessment | undefined> {
    const { data } = await AssessmentEntity.get({ evaluationId, evaluatorId }).go({ consistent: true });
    return exactly({ evaluationId, evaluatorId }, data);
  },

  /**
   * Saves an assessment over the version read (or creates it), only while the evaluation is OPEN. A submission also
   * moves the evaluation's version, so a finalize made on an older read of the submissions is refused, never fixing a
   * result that leaves one out.
   */
  async saveAssessment(
    assessment: StoredAssessment,
    previous: StoredAssessment | undefined,
    evaluation: StoredEvaluation,
    audit: Pick<AuditedChange, 'action' | 'changes'>,
    actor: Actor,
    at: string,
  ): Promise<void> {
    const submitted = assessment.status === 'SUBMITTED';
    const finalizedMeanwhile = () =>
      new InvalidStateError(
        'The evaluation was finalized at the same moment; its results are fixed and your assessment was not saved.',
        { currentState: 'FINALIZED' },
      );
    const writes = transaction();
    // The evaluation's step comes first: when it was finalized meanwhile, that is the answer, whatever else changed.
    if (submitted)
      writes.update(
        'evaluation still open',
        EvaluationEntity.patch({ evaluationId: evaluation.evaluationId })
          .add({ version: 1 })
          .where(({ status }, { eq }) => eq(status, 'OPEN')),
        finalizedMeanwhile,
      );
    else
      writes.check(
        'evaluation still open',
        conditionOn(EvaluationEntity)
          .check({ evaluationId: evaluation.evaluationId })
          .where(({ status }, { eq }) => eq(status, 'OPEN')),
        finalizedMeanwhile,
      );
    await writes
      .put(
        'assessment',
        AssessmentEntity.put(assessment).where(versionedPut(previous)),
        staleAt('assessment', previous),
      )
      .audit(
        actor,
        {
          ...audit,
          clusterId: assessment.clusterId,
          targetType: 'Assessment',
          targetId: assessmentTargetId(assessment.evaluationId, assessment.evaluatorId),
          versionBefore: previous?.version,
          versionAfter: assessment.version,
        },
        at,
      )
      .commit();
  },
};
