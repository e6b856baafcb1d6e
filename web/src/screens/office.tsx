import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import type { ConsoleEventsQuery, ConsoleMapStockQuery, ObligationStatus } from '../gql/graphql';
import {
  AID_OFFER_STATUS,
  AID_REQUEST_STATUS,
  EMERGENCY_LEVEL,
  OBLIGATION_STATUS,
  RESOURCE_TIER,
  RISK_CATEGORY,
  RISK_EVENT_STATUS,
  TRUST_DIRECTION,
  WARNING_LEVEL,
  useDate,
  useLang,
  useNamer,
  useWords,
} from '../i18n';
import { BarChart, ClusterMap, Sparkline, StackedBars } from '../ui/charts';
import { useAction, useLoad, usePager } from '../ui/hooks';
import { instantOf, required } from '../ui/input';
import { Badge, Empty, ErrorBox, FormActions, PagedList, Panel } from '../ui/parts';
import { ClaimsPanel } from './claims';
import { CorrectiveActionsPanel } from './corrective';
import { EventPicture } from './event-picture';
import { LessonsPanel } from './lessons';
import { ReportEventForm } from './report-event';
import { SituationReportForm } from './situation-report';
import { WebhooksPanel } from './webhooks';

const ObligationsPage = graphql(`
  query ConsoleObligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {
    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        version
        status
        action
        kind
        dueAt
        owedByCoordinationOffice
        city {
          id
          name
          localName
        }
        event {
          id
          description
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Summary = graphql(`
  query ConsoleObligationSummary($clusterId: ID!) {
    obligationSummary(clusterId: $clusterId) {
      city {
        id
        name
        localName
      }
      open
      overdue
      fulfilledOnTime
      fulfilledLate
      waived
    }
  }
`);

const Waive = graphql(`
  mutation ConsoleWaiveObligation($input: WaiveObligationInput!) {
    waiveObligation(input: $input) {
      id
      status
      version
    }
  }
`);

/** Who is late: overdue obligations grouped by city, what falls due in the next 24 hours, and the per-city chart. */
export function WhoIsLate({ clusterId, canWaive }: { clusterId: string; canWaive: boolean }) {
  const { t } = useLang();
  const name = useNamer();
  const date = useDate();
  const pager = usePager();
  const overdue = useLoad(
    () => execute(ObligationsPage, { clusterId, filter: { status: ['OVERDUE'] }, first: 50, after: pager.after }),
    `${clusterId}|${pager.after}`,
  );
  const soonUntil = new Date(Date.now() + 24 * 3_600_000).toISOString();
  const dueSoon = useLoad(
    () => execute(ObligationsPage, { clusterId, filter: { status: ['OPEN'], dueBefore: soonUntil }, first: 20 }),
    clusterId,
  );
  const summary = useLoad(() => execute(Summary, { clusterId }), clusterId);
  const office = t('office');

  return (
    <>
      <Panel title={t('overdueByCity')} loaded={overdue} testId="who-is-late">
        {(data) => {
          const byCity = new Map<string, typeof data.obligations.nodes>();
          for (const obligation of data.obligations.nodes) {
            const key = obligation.city ? name(obligation.city) : office;
            byCity.set(key, [...(byCity.get(key) ?? []), obligation]);
          }
          return (
            <PagedList items={[...byCity]} as="blocks" pager={pager} pageInfo={data.obligations.pageInfo}>
              {([city, obligations]) => (
                <div key={city} className="group" data-testid="late-city">
                  <h3>
                    {city} <span className="count">{obligations.length}</span>
                  </h3>
                  <ul>
                    {obligations.map((obligation) => (
                      <ObligationRow
                        key={obligation.id}
                        obligation={obligation}
                        canWaive={canWaive}
                        onDone={overdue.reload}
                        due={date(obligation.dueAt)}
                      />
                    ))}
                  </ul>
                </div>
              )}
            </PagedList>
          );
        }}
      </Panel>
      <Panel title={t('dueSoon')} loaded={dueSoon}>
        {(data) => (
          <PagedList items={data.obligations.nodes}>
            {(obligation) => (
              <li key={obligation.id}>
                <strong>{obligation.city ? name(obligation.city) : office}</strong> — {obligation.action}{' '}
                <span className="muted">{date(obligation.dueAt)}</span>
              </li>
            )}
          </PagedList>
        )}
      </Panel>
      <Panel title={t('perCitySummary')} loaded={summary}>
        {(data) => (
          <StackedBars
            title={t('perCitySummary')}
            rows={data.obligationSummary
              .filter((row) => row.open + row.overdue + row.fulfilledOnTime + row.fulfilledLate + row.waived > 0)
              .map((row) => ({
                label: row.city ? name(row.city) : office,
                segments: [
                  { key: t('overdue'), value: row.overdue, className: 's-overdue' },
                  { key: t('open'), value: row.open, className: 's-open' },
                  { key: t('fulfilledLate'), value: row.fulfilledLate, className: 's-late' },
                  { key: t('fulfilledOnTime'), value: row.fulfilledOnTime, className: 's-ontime' },
                  { key: t('waived'), value: row.waived, className: 's-waived' },
                ],
              }))}
            legend={[
              { className: 's-overdue', label: t('overdue') },
              { className: 's-open', label: t('open') },
              { className: 's-late', label: t('fulfilledLate') },
              { className: 's-ontime', label: t('fulfilledOnTime') },
              { className: 's-waived', label: t('waived') },
            ]}
          />
        )}
      </Panel>
    </>
  );
}

function ObligationRow({
  obligation,
  canWaive,
  onDone,
  due,
}: {
  obligation: {
    id: string;
    version: number;
    status: ObligationStatus;
    action: string;
    event?: { description: string } | null;
  };
  canWaive: boolean;
  onDone: () => void;
  due: string;
}) {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const action = useAction();
  return (
    <li>
      <Badge value={obligation.status} words={OBLIGATION_STATUS} /> {obligation.action}{' '}
      <span className="muted">{due}</span>
      {canWaive && !open && (
        <button type="button" className="link" onClick={() => setOpen(true)}>
          {t('waive')}
        </button>
      )}
      {open && (
        <form
          className="inline"
          onSubmit={(event) => {
            event.preventDefault();
            void action
              .run(() =>
                execute(Waive, { input: { obligationId: obligation.id, expectedVersion: obligation.version, reason } }),
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
            {action.running ? t('working') : t('waive')}
          </button>
          <ErrorBox error={action.error} />
        </form>
      )}
    </li>
  );
}

const Events = graphql(`
  query ConsoleEvents($clusterId: ID!, $first: Int, $after: String) {
    riskEvents(clusterId: $clusterId, first: $first, after: $after) {
      nodes {
        id
        version
        category
        level
        warning
        status
        description
        confirmedAt
        originCity {
          id
          name
          localName
        }
        affectedCities {
          id
          name
          localName
        }
        escalation {
          at
          reason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Escalate = graphql(`
  mutation ConsoleEscalate($input: EscalateRiskEventInput!) {
    escalateRiskEvent(input: $input) {
      id
      escalation {
        at
        reason
      }
    }
  }
`);

/**
 * Events, each with its obligations and its situation picture on demand; the office may escalate one to the superior
 * level and submit a situation report naming the city.
 */
export function EventsPanel({ clusterId, canAct }: { clusterId: string; canAct: boolean }) {
  const { t } = useLang();
  const pager = usePager();
  const events = useLoad(
    () => execute(Events, { clusterId, first: 10, after: pager.after }),
    `${clusterId}|${pager.after}`,
  );
  return (
    <Panel title={t('events')} loaded={events} testId="events">
      {(data) => (
        <>
          {canAct && <ReportEventForm clusterId={clusterId} onDone={events.reload} />}
          <PagedList items={data.riskEvents.nodes} as="blocks" pager={pager} pageInfo={data.riskEvents.pageInfo}>
            {(event) => (
              <EventBlock
                key={event.id}
                clusterId={clusterId}
                event={event}
                canAct={canAct}
                onChanged={events.reload}
              />
            )}
          </PagedList>
        </>
      )}
    </Panel>
  );
}

function EventBlock({
  clusterId,
  event,
  canAct,
  onChanged,
}: {
  clusterId: string;
  event: ConsoleEventsQuery['riskEvents']['nodes'][number];
  canAct: boolean;
  onChanged: () => void;
}) {
  const name = useNamer();
  const date = useDate();
  const word = useWords();
  // Bumped by each report the office sends, so the picture is read again.
  const [reports, setReports] = useState(0);
  return (
    <div className="group" data-testid="event" data-event={event.id} data-status={event.status}>
      <h3>
        <Badge value={event.status} words={RISK_EVENT_STATUS} /> {word(RISK_CATEGORY, event.category)} ·{' '}
        {word(EMERGENCY_LEVEL, event.level)} · {word(WARNING_LEVEL, event.warning)} — {name(event.originCity)}
      </h3>
      <p>{event.description}</p>
      {canAct && event.status === 'REPORTED' && <ConfirmForm eventId={event.id} onDone={onChanged} />}
      {event.escalation ? (
        <p className="muted">
          ⇧ {date(event.escalation.at)}: {event.escalation.reason}
        </p>
      ) : (
        canAct && event.status !== 'CLOSED' && <EscalateForm eventId={event.id} onDone={onChanged} />
      )}
      <EventObligations clusterId={clusterId} eventId={event.id} />{' '}
      {canAct && (
        <SituationReportForm
          eventId={event.id}
          cities={[event.originCity, ...event.affectedCities]}
          onDone={() => setReports((n) => n + 1)}
        />
      )}{' '}
      <EventPicture eventId={event.id} refresh={reports} />
    </div>
  );
}

const Confirm = graphql(`
  mutation ConsoleConfirmRiskEvent($input: ConfirmRiskEventInput!) {
    confirmRiskEvent(input: $input) {
      id
      status
      confirmedAt
    }
  }
`);

/**
 * The office confirms a reported event, now or at the time it was confirmed by other means (entered after the fact).
 * Confirming activates the cluster's agreements; confirming again is safe, so no version is passed.
 */
function ConfirmForm({ eventId, onDone }: { eventId: string; onDone: () => void }) {
  const { t } = useLang();
  const [at, setAt] = useState('');
  const action = useAction();
  return (
    <form
      className="inline"
      data-testid="confirm-event"
      onSubmit={(event) => {
        event.preventDefault();
        void action
          .run(() =>
            execute(Confirm, { input: { eventId, confirmedAt: at ? instantOf(at, t('chooseTime')) : undefined } }),
          )
          .then((done) => done && onDone());
      }}
    >
      <label>
        {t('confirmedAt')} <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={action.running}>
        {action.running ? t('working') : t('confirm')}
      </button>
      <ErrorBox error={action.error} />
    </form>
  );
}

function EscalateForm({ eventId, onDone }: { eventId: string; onDone: () => void }) {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  const action = useAction();
  const label = t('escalate');
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => execute(Escalate, { input: { eventId, reason } })).then((done) => done && onDone());
      }}
    >
      <input
        aria-label={t('reason')}
        placeholder={t('reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" disabled={action.running}>
        {action.running ? t('working') : label}
      </button>
      <ErrorBox error={action.error} />
    </form>
  );
}

function EventObligations({ clusterId, eventId }: { clusterId: string; eventId: string }) {
  const [shown, setShown] = useState(false);
  const { t } = useLang();
  return shown ? (
    <EventObligationList clusterId={clusterId} eventId={eventId} />
  ) : (
    <button type="button" className="link" onClick={() => setShown(true)}>
      {t('showObligations')}
    </button>
  );
}

function EventObligationList({ clusterId, eventId }: { clusterId: string; eventId: string }) {
  const name = useNamer();
  const date = useDate();
  const { t } = useLang();
  const pager = usePager();
  const list = useLoad(
    () => execute(ObligationsPage, { clusterId, filter: { eventId }, first: 20, after: pager.after }),
    `${eventId}|${pager.after}`,
  );
  return (
    <Panel title={t('obligations')} loaded={list}>
      {(data) => (
        <PagedList
          items={data.obligations.nodes}
          as="table"
          showEmpty={false}
          pager={pager}
          pageInfo={data.obligations.pageInfo}
        >
          {(obligation) => (
            <tr key={obligation.id}>
              <td>
                <Badge value={obligation.status} words={OBLIGATION_STATUS} />
              </td>
              <td>{obligation.city ? name(obligation.city) : '—'}</td>
              <td>{obligation.action}</td>
              <td className="muted">{date(obligation.dueAt)}</td>
            </tr>
          )}
        </PagedList>
      )}
    </Panel>
  );
}

const Proposed = graphql(`
  query ConsoleProposedAgreements($clusterId: ID!) {
    agreements(clusterId: $clusterId, status: PROPOSED, first: 20) {
      nodes {
        ...ConsoleAwaitingAgreement
      }
    }
    inForce: agreements(clusterId: $clusterId, status: ACTIVE, first: 10) {
      nodes {
        ...ConsoleAwaitingAgreement
      }
    }
  }
  fragment ConsoleAwaitingAgreement on Agreement {
    id
    pending {
      number
      title
      status
      proposedAt
      parties {
        id
      }
      awaiting {
        id
        name
        localName
      }
    }
  }
`);

const Ratify = graphql(`
  mutation ConsoleRatifyAgreement($input: RatifyAgreementInput!) {
    ratifyAgreement(input: $input) {
      id
      status
    }
  }
`);

const Decline = graphql(`
  mutation ConsoleDeclineAgreement($input: DeclineAgreementInput!) {
    declineAgreement(input: $input) {
      id
      status
    }
  }
`);

/**
 * Agreements put to the parties (new ones, and amendments of one in force), with who has yet to ratify. A city officer (`cityId`) of a party still awaited
 * ratifies or declines the version shown, naming its number so a newer proposal is never ratified unread.
 */
export function AgreementsAwaiting({ clusterId, cityId }: { clusterId: string; cityId?: string }) {
  const { t } = useLang();
  const name = useNamer();
  const list = useLoad(() => execute(Proposed, { clusterId }), clusterId);
  return (
    <Panel title={t('agreementsAwaiting')} loaded={list} testId="agreements-awaiting">
      {(data) => (
        <PagedList
          items={[...data.agreements.nodes, ...data.inForce.nodes].filter(
            (agreement) => agreement.pending?.status === 'PROPOSED',
          )}
        >
          {(agreement) => {
            const pending = agreement.pending;
            const party = !!cityId && !!pending?.parties.some((city) => city.id === cityId);
            const awaited = party && !!pending?.awaiting.some((city) => city.id === cityId);
            return (
              <li key={agreement.id} data-testid="agreement" data-agreement={agreement.id}>
                <strong>{pending?.title}</strong> (v{pending?.number}) — {t('awaiting')}:{' '}
                {pending?.awaiting.map((city) => name(city)).join(', ')}
                {party && !awaited && <div className="ok">{t('ratifiedByYou')}</div>}
                {awaited && pending && (
                  <RatifyForm agreementId={agreement.id} versionNumber={pending.number} onDone={list.reload} />
                )}
              </li>
            );
          }}
        </PagedList>
      )}
    </Panel>
  );
}

function RatifyForm({
  agreementId,
  versionNumber,
  onDone,
}: {
  agreementId: string;
  versionNumber: number;
  onDone: () => void;
}) {
  const { t } = useLang();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  const input = { agreementId, versionNumber };
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void action
          .run(() =>
            execute(Decline, {
              input: { ...input, reason: required(reason, t('fillIn', { field: t('declineReason') })) },
            }),
          )
          .then((done) => done && onDone());
      }}
    >
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={action.running}
          onClick={() => void action.run(() => execute(Ratify, { input })).then((done) => done && onDone())}
        >
          {action.running ? t('working') : t('ratify')}
        </button>
        {!declining && (
          <button type="button" onClick={() => setDeclining(true)}>
            {t('decline')}
          </button>
        )}
      </div>
      {declining && (
        <>
          <label>
            {t('declineReason')}
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <FormActions
            label={t('decline')}
            running={action.running}
            onCancel={() => setDeclining(false)}
            error={undefined}
          />
        </>
      )}
      <ErrorBox error={action.error} />
    </form>
  );
}

const Shortfalls = graphql(`
  query ConsoleShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      resourceType {
        id
        name
        localName
        unit
      }
      minimumTier
      required
      available
      shortfall
      coverage
    }
  }
`);

export function ShortfallsPanel({ clusterId }: { clusterId: string }) {
  const { t } = useLang();
  const name = useNamer();
  const word = useWords();
  const list = useLoad(() => execute(Shortfalls, { clusterId }), clusterId);
  return (
    <Panel title={t('shortfalls')} loaded={list} testId="shortfalls">
      {(data) => (
        <>
          <Empty when={data.clusterShortfalls.length === 0} />
          <BarChart
            title={t('shortfalls')}
            bars={data.clusterShortfalls.map((row) => ({
              label: `${name(row.resourceType)} (≥ ${word(RESOURCE_TIER, row.minimumTier)})`,
              value: Math.min(100, Math.round(row.coverage * 100)),
              target: 100,
              text: `${row.available} / ${row.required} ${row.resourceType.unit} (${Math.round(row.coverage * 100)}%)`,
            }))}
          />
          <p className="legend">
            <span>
              <i className="chart-bar" /> {t('available')}
            </span>
            <span>
              <i className="chart-target" /> {t('required')}
            </span>
          </p>
        </>
      )}
    </Panel>
  );
}

const Trust = graphql(`
  query ConsoleTrust($clusterId: ID!) {
    clusterTrust(clusterId: $clusterId) {
      members {
        rank
        ranked
        note
        standing {
          city {
            id
            name
            localName
          }
          score
          lowerBound
          direction
          change
          trend {
            month
            score
          }
        }
      }
    }
  }
`);

export function TrustPanel({ clusterId }: { clusterId: string }) {
  const { t } = useLang();
  const name = useNamer();
  const word = useWords();
  const list = useLoad(() => execute(Trust, { clusterId }), clusterId);
  return (
    <Panel title={t('trust')} loaded={list}>
      {(data) => (
        <PagedList
          items={data.clusterTrust.members}
          as="table"
          showEmpty={false}
          head={
            <tr>
              <th>#</th>
              <th />
              <th title="lowerBound">{t('trustBound')}</th>
              <th>{t('trend')}</th>
              <th />
            </tr>
          }
        >
          {(member) => (
            <tr key={member.standing.city?.id} title={member.note}>
              <td>{member.rank ?? '—'}</td>
              <td>{name(member.standing.city)}</td>
              <td>{(member.standing.lowerBound * 100).toFixed(0)}</td>
              <td>
                <Sparkline
                  points={member.standing.trend.map((point) => point.score)}
                  label={word(TRUST_DIRECTION, member.standing.direction)}
                />
              </td>
              <td title={word(TRUST_DIRECTION, member.standing.direction)}>
                {member.standing.direction === 'IMPROVING'
                  ? '↑'
                  : member.standing.direction === 'DECLINING'
                    ? '↓'
                    : '→'}{' '}
                {(member.standing.change * 100).toFixed(1)}
              </td>
            </tr>
          )}
        </PagedList>
      )}
    </Panel>
  );
}

export const AidRequests = graphql(`
  query ConsoleAidRequests($clusterId: ID!, $status: AidRequestStatus, $after: String) {
    aidRequests(clusterId: $clusterId, status: $status, first: 20, after: $after) {
      nodes {
        id
        version
        status
        quantity
        acceptedQuantity
        minimumTier
        neededBy
        requester {
          id
          name
          localName
        }
        resourceType {
          id
          name
          localName
          unit
        }
        offers {
          id
          status
          quantity
          tier
          fromCity {
            id
            name
            localName
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

const AcceptOffer = graphql(`
  mutation ConsoleAcceptOffer($input: AidOfferActionInput!) {
    acceptAidOffer(input: $input) {
      id
      status
    }
  }
`);

/** Requests and their offers; the office accepts an offer on the requesting city's behalf. */
export function AidPanel({ clusterId, canAccept }: { clusterId: string; canAccept: boolean }) {
  const { t } = useLang();
  const name = useNamer();
  const date = useDate();
  const pager = usePager();
  const word = useWords();
  const list = useLoad(() => execute(AidRequests, { clusterId, after: pager.after }), `${clusterId}|${pager.after}`);
  const action = useAction();
  return (
    <Panel title={t('aid')} loaded={list}>
      {(data) => (
        <>
          <ErrorBox error={action.error} />
          <PagedList items={data.aidRequests.nodes} pager={pager} pageInfo={data.aidRequests.pageInfo}>
            {(request) => (
              <li key={request.id}>
                <Badge value={request.status} words={AID_REQUEST_STATUS} /> {name(request.requester)}:{' '}
                {request.quantity} {request.resourceType.unit} {name(request.resourceType)} (≥{' '}
                {word(RESOURCE_TIER, request.minimumTier)}), {request.acceptedQuantity} / {request.quantity}{' '}
                <span className="muted">{date(request.neededBy)}</span>
                {request.offers.length > 0 && (
                  <ul>
                    {request.offers.map((offer) => (
                      <li key={offer.id}>
                        <Badge value={offer.status} words={AID_OFFER_STATUS} /> {name(offer.fromCity)}: {offer.quantity}{' '}
                        ({word(RESOURCE_TIER, offer.tier)})
                        {canAccept && offer.status === 'OFFERED' && request.status === 'OPEN' && (
                          <button
                            type="button"
                            disabled={action.running}
                            onClick={() =>
                              void action
                                .run(() => execute(AcceptOffer, { input: { offerId: offer.id } }))
                                .then((done) => done && list.reload())
                            }
                          >
                            {t('accept')}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            )}
          </PagedList>
        </>
      )}
    </Panel>
  );
}

const MapCities = graphql(`
  query ConsoleMapCities($clusterId: ID!) {
    cluster(id: $clusterId) {
      id
      cities(first: 100) {
        nodes {
          id
          name
          localName
          location {
            latitude
            longitude
          }
        }
      }
    }
  }
`);

const MapStock = graphql(`
  query ConsoleMapStock($clusterId: ID!, $after: String) {
    inventory(clusterId: $clusterId, first: 50, after: $after) {
      nodes {
        city {
          id
        }
        shareable
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Loads every inventory page (showing progress) and draws each city with its shareable stock. */
export function MapPanel({ clusterId }: { clusterId: string }) {
  const { t } = useLang();
  const name = useNamer();
  const [pages, setPages] = useState(0);
  const map = useLoad(async () => {
    const { cluster } = await execute(MapCities, { clusterId });
    const stock = new Map<string, number>();
    let after: string | null | undefined = null;
    let count = 0;
    do {
      const page: ConsoleMapStockQuery = await execute(MapStock, { clusterId, after });
      for (const item of page.inventory.nodes) stock.set(item.city.id, (stock.get(item.city.id) ?? 0) + item.shareable);
      after = page.inventory.pageInfo.hasNextPage ? page.inventory.pageInfo.endCursor : null;
      setPages(++count);
    } while (after);
    return { cities: cluster.cities.nodes, stock };
  }, clusterId);
  return (
    <Panel title={`${t('map')} · ${t('stock')}`} loaded={map} testId="map">
      {(data) => (
        <>
          {map.loading && <p className="muted">{pages}…</p>}
          <ClusterMap
            title={t('map')}
            cities={data.cities.map((city) => ({
              id: city.id,
              label: name(city),
              latitude: city.location.latitude,
              longitude: city.location.longitude,
              stock: data.stock.get(city.id) ?? 0,
            }))}
          />
        </>
      )}
    </Panel>
  );
}

/** The coordination office's day: every panel of its cluster. */
export function OfficeScreen({ clusterId }: { clusterId: string }) {
  const { t } = useLang();
  return (
    <div className="screen">
      <WhoIsLate clusterId={clusterId} canWaive />
      <EventsPanel clusterId={clusterId} canAct />
      <AgreementsAwaiting clusterId={clusterId} />
      <ClaimsPanel clusterId={clusterId} title={t('claims')} canReview />
      <ShortfallsPanel clusterId={clusterId} />
      <TrustPanel clusterId={clusterId} />
      <AidPanel clusterId={clusterId} canAccept />
      <CorrectiveActionsPanel clusterId={clusterId} viewer={{ role: 'COORDINATOR' }} />
      <LessonsPanel clusterId={clusterId} />
      <WebhooksPanel clusterId={clusterId} />
      <MapPanel clusterId={clusterId} />
    </div>
  );
}
