import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import type { ClusterMode } from '../gql/graphql';
import {
  CLUSTER_MODE,
  EMERGENCY_LEVEL,
  FORMATION_MODE,
  RISK_CATEGORY,
  RISK_EVENT_STATUS,
  useDate,
  useLang,
  useNamer,
  useWords,
} from '../i18n';
import { useAction, useLoad, usePager } from '../ui/hooks';
import { Badge, ErrorBox, PagedList, Panel } from '../ui/parts';
import { CorrectiveActionsPanel } from './corrective';
import { LessonsPanel } from './lessons';
import { MapPanel, ShortfallsPanel, WhoIsLate } from './office';

const Overseen = graphql(`
  query ConsoleOverseen {
    clusters(first: 50) {
      nodes {
        id
        name
        localName
        formationMode
        mode
        modeSince
        version
      }
    }
  }
`);

const Escalations = graphql(`
  query ConsoleEscalations($after: String) {
    escalations(first: 20, after: $after) {
      nodes {
        id
        category
        level
        warning
        status
        description
        cluster {
          id
          name
          localName
        }
        originCity {
          id
          name
          localName
        }
        escalation {
          at
          reason
          automatic
          byName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SetMode = graphql(`
  mutation ConsoleSetMode($input: SetClusterModeInput!) {
    setClusterMode(input: $input) {
      id
      mode
      modeSince
      version
    }
  }
`);

export function EscalationsPanel() {
  const { t } = useLang();
  const name = useNamer();
  const date = useDate();
  const word = useWords();
  const pager = usePager();
  const list = useLoad(() => execute(Escalations, { after: pager.after }), `${pager.after}`);
  return (
    <Panel title={t('escalations')} loaded={list} testId="escalations">
      {(data) => (
        <PagedList items={data.escalations.nodes} pager={pager} pageInfo={data.escalations.pageInfo}>
          {(event) => (
            <li key={event.id} data-testid="escalation">
              <Badge value={event.status} words={RISK_EVENT_STATUS} /> <strong>{name(event.cluster)}</strong> ·{' '}
              {word(RISK_CATEGORY, event.category)} · {word(EMERGENCY_LEVEL, event.level)} — {name(event.originCity)}:{' '}
              {event.description}
              {event.escalation && (
                <div className="muted">
                  ⇧ {date(event.escalation.at)} {event.escalation.byName}: {event.escalation.reason}
                </div>
              )}
            </li>
          )}
        </PagedList>
      )}
    </Panel>
  );
}

function ModeSwitch({
  cluster,
  onDone,
}: {
  cluster: { id: string; mode: ClusterMode; version: number };
  onDone: () => void;
}) {
  const { t } = useLang();
  const word = useWords();
  const [reason, setReason] = useState('');
  const action = useAction();
  const target: ClusterMode = cluster.mode === 'NORMAL' ? 'EMERGENCY' : 'NORMAL';
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action
          .run(() =>
            execute(SetMode, {
              input: { clusterId: cluster.id, mode: target, reason, expectedVersion: cluster.version },
            }),
          )
          .then((done) => done && onDone());
      }}
    >
      <input
        aria-label={t('reason')}
        placeholder={t('reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" disabled={action.running}>
        {t('switchTo', { mode: word(CLUSTER_MODE, target) })}
      </button>
      <ErrorBox error={action.error} />
    </form>
  );
}

/** The superior level: its clusters (mode, who is late in the chosen one) and the escalations queue. */
export function SuperiorScreen() {
  const { t } = useLang();
  const name = useNamer();
  const date = useDate();
  const word = useWords();
  const clusters = useLoad(() => execute(Overseen), 'overseen');
  const [chosen, setChosen] = useState<string | null>(null);
  const clusterId = chosen ?? clusters.data?.clusters.nodes[0]?.id ?? null;
  return (
    <div className="screen">
      <EscalationsPanel />
      <Panel title={t('overseen')} loaded={clusters} testId="overseen">
        {(data) => (
          <PagedList items={data.clusters.nodes}>
            {(cluster) => (
              <li key={cluster.id} data-testid="overseen-cluster" data-cluster={cluster.id}>
                <label>
                  <input
                    type="radio"
                    name="cluster"
                    checked={cluster.id === clusterId}
                    onChange={() => setChosen(cluster.id)}
                  />{' '}
                  <strong>{name(cluster)}</strong>
                </label>{' '}
                <span className="muted">{word(FORMATION_MODE, cluster.formationMode)}</span> · {t('mode')}:{' '}
                <Badge value={cluster.mode} words={CLUSTER_MODE} />{' '}
                <span className="muted">{date(cluster.modeSince)}</span>
                <ModeSwitch cluster={cluster} onDone={clusters.reload} />
              </li>
            )}
          </PagedList>
        )}
      </Panel>
      {clusterId && (
        <div key={clusterId}>
          <WhoIsLate clusterId={clusterId} canWaive={false} />
          <ShortfallsPanel clusterId={clusterId} />
          <MapPanel clusterId={clusterId} />
          <CorrectiveActionsPanel clusterId={clusterId} viewer={{ role: 'SUPERIOR' }} />
          <LessonsPanel clusterId={clusterId} />
        </div>
      )}
    </div>
  );
}
