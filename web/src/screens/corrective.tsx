import { useState } from 'react';
import { ApiError, execute } from '../api';
import { graphql } from '../gql';
import type { CorrectiveActionStatus, Role } from '../gql/graphql';
import {
  CORRECTIVE_ACTION_STATUS,
  CORRECTIVE_ACTION_STEP_KIND,
  ROLE,
  useDate,
  useLang,
  useNamer,
  useWords,
} from '../i18n';
import { useAction, useLoad, usePager } from '../ui/hooks';
import { instantOf, localInputValue } from '../ui/input';
import { Badge, ErrorBox, PagedList, Panel, Progress } from '../ui/parts';

graphql(`
  fragment ConsoleCorrectiveAction on CorrectiveAction {
    id
    version
    status
    overdue
    dueAt
    action
    recommendation
    percent
    aboutCoordinationOffice
    ownerCity {
      id
      name
      localName
    }
    evaluation {
      id
      title
    }
    evidence {
      text
      links
    }
    completedAt
    verifiedAt
    verifiedByName
    lastRejection {
      at
      reason
      byName
    }
  }
`);

const Actions = graphql(`
  query ConsoleCorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $after: String) {
    correctiveActions(clusterId: $clusterId, filter: $filter, first: 20, after: $after) {
      nodes {
        ...ConsoleCorrectiveAction
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OneAction = graphql(`
  query ConsoleCorrectiveActionWithHistory($id: ID!) {
    correctiveAction(id: $id) {
      ...ConsoleCorrectiveAction
      history(first: 50) {
        nodes {
          kind
          status
          note
          percent
          evidence {
            text
            links
          }
          at
          byName
          byRole
          version
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation ConsoleCreateCorrectiveAction($input: CreateCorrectiveActionInput!) {
    createCorrectiveAction(input: $input) {
      ...ConsoleCorrectiveAction
    }
  }
`);

const ReportProgress = graphql(`
  mutation ConsoleCorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {
    reportCorrectiveActionProgress(input: $input) {
      ...ConsoleCorrectiveAction
    }
  }
`);

const Complete = graphql(`
  mutation ConsoleCorrectiveComplete($input: CompleteCorrectiveActionInput!) {
    completeCorrectiveAction(input: $input) {
      ...ConsoleCorrectiveAction
    }
  }
`);

const Verify = graphql(`
  mutation ConsoleCorrectiveVerify($input: VerifyCorrectiveActionInput!) {
    verifyCorrectiveAction(input: $input) {
      ...ConsoleCorrectiveAction
    }
  }
`);

const Finalized = graphql(`
  query ConsoleFinalizedEvaluations($clusterId: ID!) {
    evaluations(clusterId: $clusterId, status: FINALIZED, first: 50) {
      nodes {
        id
        title
        status
      }
    }
  }
`);

export const Members = graphql(`
  query ConsoleClusterMembers($clusterId: ID!) {
    cluster(id: $clusterId) {
      id
      cities(first: 100) {
        nodes {
          id
          name
          localName
        }
      }
    }
  }
`);

type ActionRow = {
  id: string;
  version: number;
  status: CorrectiveActionStatus;
  overdue: boolean;
  dueAt: string;
  action: string;
  recommendation?: string | null;
  percent?: number | null;
  aboutCoordinationOffice: boolean;
  ownerCity?: { id: string; name: string; localName?: string | null } | null;
  evaluation?: { id: string; title: string } | null;
  evidence?: { text: string; links: string[] } | null;
  verifiedAt?: string | null;
  verifiedByName?: string | null;
  lastRejection?: { at: string; reason: string; byName: string } | null;
};

/** Who is looking: the role decides which steps the screen offers; the API still decides what is allowed. */
export interface Viewer {
  role: Role;
  cityId?: string;
}

/** May this viewer carry out the action (report progress, report it done)? The owner only. */
function works(viewer: Viewer, action: ActionRow): boolean {
  return action.aboutCoordinationOffice
    ? viewer.role === 'COORDINATOR'
    : viewer.role === 'CITY' && action.ownerCity?.id === viewer.cityId;
}

/** May this viewer verify it? Never the owner; an evaluator only when on the panel, which the API checks. */
function verifies(viewer: Viewer, action: ActionRow): boolean {
  if (viewer.role === 'EVALUATOR') return true;
  return action.aboutCoordinationOffice ? viewer.role === 'SUPERIOR' : viewer.role === 'COORDINATOR';
}

const STATUSES: CorrectiveActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'];

/** The cluster's corrective actions (a city's own, for its officers), filtered by status or overdue, soonest due first. */
export function CorrectiveActionsPanel({ clusterId, viewer }: { clusterId: string; viewer: Viewer }) {
  const { t } = useLang();
  const word = useWords();
  const pager = usePager();
  const [status, setStatus] = useState<CorrectiveActionStatus | ''>('');
  const [overdue, setOverdue] = useState<'' | 'yes' | 'no'>('');
  const filter = { status: status || undefined, overdue: overdue === '' ? undefined : overdue === 'yes' };
  const list = useLoad(
    () => execute(Actions, { clusterId, filter, after: pager.after }),
    `${clusterId}|${status}|${overdue}|${pager.after}`,
  );
  return (
    <Panel title={t('correctiveActions')} loaded={list} testId="corrective-actions" wide>
      {(data) => (
        <>
          <div className="inline">
            <label>
              {t('status')}{' '}
              <select
                aria-label={t('status')}
                value={status}
                onChange={(e) => {
                  setStatus(e.target.value as CorrectiveActionStatus | '');
                  pager.reset();
                }}
              >
                <option value="">{t('any')}</option>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {word(CORRECTIVE_ACTION_STATUS, value)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {t('overdue')}{' '}
              <select
                aria-label={t('overdue')}
                value={overdue}
                onChange={(e) => {
                  setOverdue(e.target.value as '' | 'yes' | 'no');
                  pager.reset();
                }}
              >
                <option value="">{t('any')}</option>
                <option value="yes">{t('overdueOnly')}</option>
                <option value="no">{t('notOverdue')}</option>
              </select>
            </label>
          </div>
          {viewer.role === 'COORDINATOR' && <CreateForm clusterId={clusterId} onDone={list.reload} />}
          <PagedList items={data.correctiveActions.nodes} pager={pager} pageInfo={data.correctiveActions.pageInfo}>
            {(action) => <ActionItem key={action.id} action={action} viewer={viewer} onChanged={list.reload} />}
          </PagedList>
        </>
      )}
    </Panel>
  );
}

function ActionItem({ action, viewer, onChanged }: { action: ActionRow; viewer: Viewer; onChanged: () => void }) {
  const { t } = useLang();
  const name = useNamer();
  const date = useDate();
  const [open, setOpen] = useState(false);
  return (
    <li data-testid="corrective-action" data-action={action.id} data-status={action.status}>
      <Badge value={action.status} words={CORRECTIVE_ACTION_STATUS} />{' '}
      {action.overdue && <span className="badge badge-overdue">{t('overdue')}</span>}{' '}
      <strong>{action.aboutCoordinationOffice ? t('office') : name(action.ownerCity)}</strong>: {action.action}{' '}
      <span className="muted">
        {t('dueAt')} {date(action.dueAt)}
        {action.percent != null && ` · ${action.percent}%`}
      </span>
      {action.evaluation && <div className="muted">{action.evaluation.title}</div>}
      <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? t('closeAction') : t('openAction')}
      </button>
      {open && <ActionDetail id={action.id} viewer={viewer} onChanged={onChanged} />}
    </li>
  );
}

/** One action opened: its history, newest first, and the steps this viewer may take on it now. */
function ActionDetail({ id, viewer, onChanged }: { id: string; viewer: Viewer; onChanged: () => void }) {
  const { t } = useLang();
  const word = useWords();
  const date = useDate();
  const loaded = useLoad(() => execute(OneAction, { id }), id);
  // A step refused because someone changed the action first: the version it is at now, explained above the form.
  const [conflict, setConflict] = useState<number | null>(null);
  const stepped = (result: unknown) => {
    if (!result) return;
    setConflict(null);
    loaded.reload();
    onChanged();
  };
  /** Runs a step; a stale version reloads the action and explains, any other refusal shows the API's message. */
  const step = async <T,>(run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.code === 'CONFLICT' &&
        typeof error.extensions.currentVersion === 'number'
      ) {
        setConflict(error.extensions.currentVersion);
        loaded.reload();
        onChanged();
        return undefined;
      }
      throw error;
    }
  };
  if (loaded.error) return <ErrorBox error={loaded.error} />;
  if (!loaded.data) return <Progress />;
  const action = loaded.data.correctiveAction;
  return (
    <div className="detail" data-testid="corrective-detail">
      {conflict !== null && (
        <div className="warning" role="alert">
          {t('actionConflict', { v: conflict, status: word(CORRECTIVE_ACTION_STATUS, action.status) })}
        </div>
      )}
      {action.recommendation && (
        <p>
          {t('recommendations')}: {action.recommendation}
        </p>
      )}
      {action.lastRejection && (
        <p className="warning">
          {t('sentBack')} {date(action.lastRejection.at)} ({action.lastRejection.byName}): {action.lastRejection.reason}
        </p>
      )}
      {works(viewer, action) && (action.status === 'OPEN' || action.status === 'IN_PROGRESS') && (
        <>
          <ProgressForm action={action} step={step} onDone={stepped} />
          <CompleteForm action={action} step={step} onDone={stepped} />
        </>
      )}
      {action.status === 'DONE' && verifies(viewer, action) && (
        <VerifyForm action={action} step={step} onDone={stepped} />
      )}
      <h4>{t('history')}</h4>
      <PagedList items={action.history.nodes} as="table">
        {(entry) => (
          <tr key={entry.version} data-testid="corrective-step">
            <td>
              <Badge value={entry.kind} words={CORRECTIVE_ACTION_STEP_KIND} />
            </td>
            <td className="muted">{date(entry.at)}</td>
            <td>
              {entry.byName} <span className="muted">({word(ROLE, entry.byRole)})</span>
            </td>
            <td>
              {entry.percent != null && `${entry.percent}% `}
              {entry.note}
              {entry.evidence && <div>{entry.evidence.text}</div>}
            </td>
          </tr>
        )}
      </PagedList>
    </div>
  );
}

type Step = <T>(run: () => Promise<T>) => Promise<T | undefined>;

function ProgressForm({ action, step, onDone }: { action: ActionRow; step: Step; onDone: (r: unknown) => void }) {
  const { t } = useLang();
  const [note, setNote] = useState('');
  const [percent, setPercent] = useState(action.percent != null ? String(action.percent) : '');
  const run = useAction();
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            step(() =>
              execute(ReportProgress, {
                input: {
                  correctiveActionId: action.id,
                  expectedVersion: action.version,
                  note,
                  percent: percent === '' ? undefined : Number(percent),
                },
              }),
            ),
          )
          .then((result) => {
            if (result) setNote('');
            onDone(result);
          });
      }}
    >
      <input
        aria-label={t('progressNote')}
        placeholder={t('progressNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <input
        aria-label={t('percent')}
        className="num"
        inputMode="numeric"
        placeholder="%"
        value={percent}
        onChange={(e) => setPercent(e.target.value)}
      />
      <button type="submit" disabled={run.running}>
        {run.running ? t('working') : t('reportProgress')}
      </button>
      <ErrorBox error={run.error} />
    </form>
  );
}

function CompleteForm({ action, step, onDone }: { action: ActionRow; step: Step; onDone: (r: unknown) => void }) {
  const { t } = useLang();
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const run = useAction();
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            step(() =>
              execute(Complete, {
                input: {
                  correctiveActionId: action.id,
                  expectedVersion: action.version,
                  evidence: { text, links: link ? [link] : [] },
                },
              }),
            ),
          )
          .then(onDone);
      }}
    >
      <label>
        {t('evidence')}
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t('link')}
        <input value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://…" />
      </label>
      <button type="submit" disabled={run.running}>
        {run.running ? t('working') : t('reportDone')}
      </button>
      <ErrorBox error={run.error} />
    </form>
  );
}

function VerifyForm({ action, step, onDone }: { action: ActionRow; step: Step; onDone: (r: unknown) => void }) {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  const run = useAction();
  const verify = (accepted: boolean) =>
    void run
      .run(() =>
        step(() =>
          execute(Verify, {
            input: { correctiveActionId: action.id, expectedVersion: action.version, accepted, reason },
          }),
        ),
      )
      .then(onDone);
  return (
    <div className="stack">
      {action.evidence && (
        <p>
          {t('evidence')}: {action.evidence.text}{' '}
          {action.evidence.links.map((link) => (
            <span key={link} className="muted">
              {link}{' '}
            </span>
          ))}
        </p>
      )}
      <label>
        {t('verifyReason')}
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="actions">
        <button type="button" className="primary" disabled={run.running} onClick={() => verify(true)}>
          {t('verify')}
        </button>
        <button type="button" disabled={run.running} onClick={() => verify(false)}>
          {t('sendBack')}
        </button>
      </div>
      <ErrorBox error={run.error} />
    </div>
  );
}

/** The office sets an action for a member city (or the superior for the office) from a finalized evaluation. */
function CreateForm({ clusterId, onDone }: { clusterId: string; onDone: () => void }) {
  const { t } = useLang();
  const name = useNamer();
  const [open, setOpen] = useState(false);
  const choices = useLoad(
    () =>
      open
        ? Promise.all([execute(Finalized, { clusterId }), execute(Members, { clusterId })])
        : Promise.resolve(undefined),
    `${clusterId}|${open}`,
  );
  const [evaluationId, setEvaluationId] = useState('');
  const [ownerCityId, setOwnerCityId] = useState('');
  const [text, setText] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [due, setDue] = useState(() => localInputValue(new Date(Date.now() + 30 * 86_400_000)));
  // One key per form opened: a retry after a lost answer returns the action created first.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const run = useAction();
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('setAction')}
      </button>
    );
  const [evaluations, members] = choices.data ?? [undefined, undefined];
  const evaluationChoices = evaluations?.evaluations.nodes ?? [];
  const cityChoices = members?.cluster.cities.nodes ?? [];
  return (
    <form
      className="stack"
      data-testid="corrective-create"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            execute(Create, {
              input: {
                evaluationId: evaluationId || evaluationChoices[0]?.id || '',
                ownerCityId: ownerCityId || cityChoices[0]?.id,
                action: text,
                recommendation: recommendation || undefined,
                dueAt: instantOf(due, t('chooseTime')),
                idempotencyKey,
              },
            }),
          )
          .then((done) => {
            if (!done) return;
            setText('');
            setRecommendation('');
            setIdempotencyKey(crypto.randomUUID());
            setOpen(false);
            onDone();
          });
      }}
    >
      <ErrorBox error={choices.error} />
      {choices.loading && <Progress />}
      <label>
        {t('evaluation')}
        <select aria-label={t('evaluation')} value={evaluationId} onChange={(e) => setEvaluationId(e.target.value)}>
          {evaluationChoices.map((evaluation) => (
            <option key={evaluation.id} value={evaluation.id}>
              {evaluation.title}
            </option>
          ))}
        </select>
      </label>
      {choices.data && evaluationChoices.length === 0 && <p className="muted">{t('noFinalized')}</p>}
      <label>
        {t('owner')}
        <select aria-label={t('owner')} value={ownerCityId} onChange={(e) => setOwnerCityId(e.target.value)}>
          {cityChoices.map((city) => (
            <option key={city.id} value={city.id}>
              {name(city)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('actionText')}
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t('recommendations')}
        <textarea rows={2} value={recommendation} onChange={(e) => setRecommendation(e.target.value)} />
      </label>
      <label>
        {t('dueAt')}
        <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={run.running || evaluationChoices.length === 0}>
          {run.running ? t('working') : t('setAction')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
      <ErrorBox error={run.error} />
    </form>
  );
}
