import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import { ASSESSMENT_STATUS, EVALUATION_STATUS, useDate, useLang } from '../i18n';
import type { AssessmentStatus, EvaluationStatus } from '../gql/graphql';
import { useAction, useLoad, usePager } from '../ui/hooks';
import { Badge, ErrorBox, PagedList, Panel } from '../ui/parts';
import { LessonsPanel } from './lessons';
import { CorrectiveActionsPanel } from './corrective';

const MyEvaluations = graphql(`
  query ConsoleMyEvaluations($clusterId: ID!, $after: String) {
    evaluations(clusterId: $clusterId, first: 10, after: $after) {
      nodes {
        id
        title
        status
        targetType
        openedAt
        rubric {
          name
          scaleMin
          scaleMax
          criteria {
            id
            name
            description
            weight
          }
        }
        myAssessment {
          status
          findings
          recommendations
          submittedAt
          savedAt
          scores {
            criterionId
            score
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SaveDraft = graphql(`
  mutation ConsoleSaveDraft($input: AssessmentInput!) {
    saveAssessmentDraft(input: $input) {
      status
      savedAt
    }
  }
`);

const Submit = graphql(`
  mutation ConsoleSubmitAssessment($input: AssessmentInput!) {
    submitAssessment(input: $input) {
      status
      submittedAt
    }
  }
`);

type EvaluationRow = {
  id: string;
  title: string;
  status: EvaluationStatus;
  rubric: {
    name: string;
    scaleMin: number;
    scaleMax: number;
    criteria: Array<{ id: string; name: string; description: string; weight: string }>;
  };
  myAssessment?: {
    status: AssessmentStatus;
    findings?: string | null;
    recommendations?: string | null;
    submittedAt?: string | null;
    scores: Array<{ criterionId: string; score: number }>;
  } | null;
};

export function EvaluatorScreen({ clusterId }: { clusterId: string }) {
  const { t } = useLang();
  const pager = usePager();
  const list = useLoad(() => execute(MyEvaluations, { clusterId, after: pager.after }), `${clusterId}|${pager.after}`);
  return (
    <div className="screen">
      <Panel title={t('myEvaluations')} loaded={list} testId="my-evaluations">
        {(data) => (
          <PagedList items={data.evaluations.nodes} as="blocks" pager={pager} pageInfo={data.evaluations.pageInfo}>
            {(evaluation) => <AssessmentForm key={evaluation.id} evaluation={evaluation} onDone={list.reload} />}
          </PagedList>
        )}
      </Panel>
      <CorrectiveActionsPanel clusterId={clusterId} viewer={{ role: 'EVALUATOR' }} />
      <LessonsPanel clusterId={clusterId} />
    </div>
  );
}

/** Scoring against the rubric: one choice per criterion on its scale, findings, then a draft or the submission. */
function AssessmentForm({ evaluation, onDone }: { evaluation: EvaluationRow; onDone: () => void }) {
  const { t } = useLang();
  const date = useDate();
  const mine = evaluation.myAssessment;
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.scores ?? []).map((score) => [score.criterionId, String(score.score)])),
  );
  const [findings, setFindings] = useState(mine?.findings ?? '');
  const [recommendations, setRecommendations] = useState(mine?.recommendations ?? '');
  const action = useAction();
  const submitted = mine?.status === 'SUBMITTED';
  const scale: number[] = [];
  for (let value = evaluation.rubric.scaleMin; value <= evaluation.rubric.scaleMax; value++) scale.push(value);
  const input = () => ({
    evaluationId: evaluation.id,
    scores: Object.entries(scores)
      .filter(([, score]) => score !== '')
      .map(([criterionId, score]) => ({ criterionId, score: Number(score) })),
    findings: findings || undefined,
    recommendations: recommendations || undefined,
  });
  return (
    <div className="group" data-testid="evaluation">
      <h3>
        <Badge value={evaluation.status} words={EVALUATION_STATUS} /> {evaluation.title}{' '}
        {mine && <Badge value={mine.status} words={ASSESSMENT_STATUS} />}
      </h3>
      <p className="muted">
        {evaluation.rubric.name} ({evaluation.rubric.scaleMin}–{evaluation.rubric.scaleMax})
        {submitted && ` · ${t('submitted')} ${date(mine?.submittedAt)}`}
      </p>
      <table>
        <tbody>
          {evaluation.rubric.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <td>
                <strong>{criterion.name}</strong> <span className="muted">×{criterion.weight}</span>
                <div className="muted">{criterion.description}</div>
              </td>
              <td>
                <select
                  aria-label={criterion.name}
                  value={scores[criterion.id] ?? ''}
                  disabled={submitted}
                  onChange={(e) => setScores({ ...scores, [criterion.id]: e.target.value })}
                >
                  <option value="">—</option>
                  {scale.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        {t('findings')}
        <textarea rows={3} value={findings} disabled={submitted} onChange={(e) => setFindings(e.target.value)} />
      </label>
      <label>
        {t('recommendations')}
        <textarea
          rows={2}
          value={recommendations}
          disabled={submitted}
          onChange={(e) => setRecommendations(e.target.value)}
        />
      </label>
      {!submitted && evaluation.status === 'OPEN' && (
        <div className="actions">
          <button
            type="button"
            disabled={action.running}
            onClick={() =>
              void action.run(() => execute(SaveDraft, { input: input() })).then((done) => done && onDone())
            }
          >
            {t('saveDraft')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={action.running}
            onClick={() => void action.run(() => execute(Submit, { input: input() })).then((done) => done && onDone())}
          >
            {action.running ? t('working') : t('submit')}
          </button>
        </div>
      )}
      <ErrorBox error={action.error} />
    </div>
  );
}
