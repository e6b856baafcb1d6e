import { ConflictError, InvalidStateError } from '../domain/errors';
import type { AuditAction } from '../domain/audit';
import type { Page, PageRequest } from '../domain/pagination';
import { assessmentTargetId } from '../domain/evaluations/ids';
import type { Actor } from '../domain/roles';
import { auditItem, type AuditedChange } from './audit';
import {
  AccreditationEntity,
  AssessmentEntity,
  EvaluationEntity,
  RubricEntity,
  citypact,
  cursors,
  type StoredAccreditation,
  type StoredAssessment,
  type StoredComplianceRecord,
  type StoredEvaluation,
  type StoredRubric,
} from './entities';
import { batchGetByIds } from './batch';
import { createOnce, type ScopedRequest } from './idempotency';
import { readPage } from './pagination';
import { commitTransaction } from './transactions';
import { exactly, onlyExact } from './exact';

const stale = (what: string, read: number | undefined, current: number | undefined) =>
  new ConflictError(
    read === undefined
      ? `The ${what} was created by someone else at the same moment. Nothing was changed; read it and try again.`
      : `The ${what} was changed by someone else after you read it (you had version ${read}, it is now version ${current ?? '?'}). Nothing was changed.`,
    { yourVersion: read ?? null, currentVersion: current ?? null },
  );

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
    const transaction = citypact.transaction.write(({ rubric: rubrics, auditEvent }) => [
      rubrics.put(rubric).where(versionedPut(previous)).commit(),
      auditEvent
        .create(
          auditItem(
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
          ),
        )
        .commit(),
    ]);
    await commitTransaction(transaction, async () =>
      stale(
        'rubric',
        previous?.version,
        (await evaluationRepository.rubric(rubric.clusterId, rubric.rubricId))?.version,
      ),
    );
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
    const transaction = citypact.transaction.write(({ accreditation: accreditations, auditEvent }) => [
      accreditations.put(accreditation).where(versionedPut(previous)).commit(),
      auditEvent
        .create(
          auditItem(
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
          ),
        )
        .commit(),
    ]);
    await commitTransaction(transaction, async () =>
      stale(
        'accreditation',
        previous?.version,
        (await evaluationRepository.accreditation(accreditation.clusterId, accreditation.evaluatorId))?.version,
      ),
    );
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
      write: (keyRecord) =>
        citypact.transaction
          .write(({ evaluation: evaluations, auditEvent, idempotency: keys }) => [
            evaluations.create(evaluation).commit(),
            auditEvent
              .create(
                auditItem(
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
              )
              .commit(),
            ...(keyRecord ? [keys.create(keyRecord).commit()] : []),
          ])
          .go(),
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
  ): Promise<StoredEvaluation> {
    const versionAfter = read.version + 1;
    const transaction = citypact.transaction.write(({ evaluation, complianceRecord, auditEvent }) => [
      evaluation
        .patch({ evaluationId: read.evaluationId })
        .set({ ...set, status: 'FINALIZED', version: versionAfter })
        .where(({ version, status }, { eq }) => `${eq(version, read.version)} AND ${eq(status, 'OPEN')}`)
        .commit(),
      ...(record
        ? [
            complianceRecord.create(record).commit(),
            auditEvent
              .create(
                auditItem(
                  actor,
                  {
                    clusterId: record.clusterId,
                    action: 'COMPLIANCE_RECORDED',
                    targetType: 'ComplianceRecord',
                    targetId: record.recordId,
                    changes: {
                      kind: [null, record.kind],
                      subject: [null, record.subjectKey],
                      evaluationId: [null, read.evaluationId],
                    },
                  },
                  at,
                ),
              )
              .commit(),
          ]
        : []),
      auditEvent
        .create(
          auditItem(
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
          ),
        )
        .commit(),
    ]);
    await commitTransaction(transaction, async () =>
      stale('evaluation', read.version, (await evaluationRepository.get(read.evaluationId))?.version),
    );
    return { ...read, ...set, status: 'FINALIZED', version: versionAfter };
  },

  async assessments(evaluationId: string): Promise<StoredAssessment[]> {
    const { data } = await AssessmentEntity.query.byEvaluation({ evaluationId }).go({ pages: 'all', consistent: true });
    return onlyExact({ evaluationId }, data);
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
    const transaction = citypact.transaction.write(
      ({ assessment: assessments, evaluation: evaluations, auditEvent }) => [
        assessments.put(assessment).where(versionedPut(previous)).commit(),
        submitted
          ? evaluations
              .patch({ evaluationId: evaluation.evaluationId })
              .add({ version: 1 })
              .where(({ status }, { eq }) => eq(status, 'OPEN'))
              .commit()
          : evaluations
              .check({ evaluationId: evaluation.evaluationId })
              .where(({ status }, { eq }) => eq(status, 'OPEN'))
              .commit(),
        auditEvent
          .create(
            auditItem(
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
            ),
          )
          .commit(),
      ],
    );
    await commitTransaction(transaction, async (codes) =>
      codes[1] === 'ConditionalCheckFailed'
        ? new InvalidStateError(
            'The evaluation was finalized at the same moment; its results are fixed and your assessment was not saved.',
            { currentState: 'FINALIZED' },
          )
        : stale(
            'assessment',
            previous?.version,
            (await evaluationRepository.assessment(assessment.evaluationId, assessment.evaluatorId))?.version,
          ),
    );
  },
};
