import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import type { ConsoleCityEventsQuery } from '../gql/graphql';
import { EMERGENCY_LEVEL, RISK_CATEGORY, RISK_EVENT_STATUS, useLang, useNamer, useWords } from '../i18n';
import { useAction, useLoad, usePager } from '../ui/hooks';
import { instantOf, localInputValue } from '../ui/input';
import { Badge, ErrorBox, PagedList, Panel } from '../ui/parts';
import { EventPicture } from './event-picture';
import { ReportEventForm } from './report-event';

const Submit = graphql(`
  mutation ConsoleSubmitSituationReport($input: SubmitSituationReportInput!) {
    submitSituationReport(input: $input) {
      id
      asOf
    }
  }
`);

type Named = { id: string; name: string; localName?: string | null };

/**
 * A situation report from the field: the figures, what the city needs (one a line) and the instant they speak for
 * (now unless changed). A city officer reports for its own city; the office names the city from `cities`.
 */
export function SituationReportForm({
  eventId,
  cities,
  onDone,
}: {
  eventId: string;
  /** The cities the office may report for (the event's origin and affected cities); left out for a city officer. */
  cities?: Named[];
  onDone: () => void;
}) {
  const { t } = useLang();
  const name = useNamer();
  const [open, setOpen] = useState(false);
  const [cityId, setCityId] = useState('');
  const [asOf, setAsOf] = useState('');
  const [summary, setSummary] = useState('');
  const [figures, setFigures] = useState({ dead: '0', injured: '0', missing: '0', evacuated: '0', affected: '0' });
  const [needs, setNeeds] = useState('');
  // One key per report written: a retry after a lost answer returns the report submitted first.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const run = useAction();
  if (!open)
    return (
      <button
        type="button"
        className="link"
        onClick={() => {
          setAsOf(localInputValue(new Date()));
          setOpen(true);
        }}
      >
        {t('submitReport')}
      </button>
    );
  const number = (key: keyof typeof figures, label: string) => (
    <label>
      {label}
      <input
        className="num"
        inputMode="numeric"
        value={figures[key]}
        onChange={(e) => setFigures({ ...figures, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <form
      className="stack"
      data-testid="situation-report-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            execute(Submit, {
              input: {
                eventId,
                cityId: cities ? cityId || cities[0]?.id : undefined,
                asOf: instantOf(asOf, t('chooseTime')),
                summary,
                casualties: {
                  dead: Number(figures.dead),
                  injured: Number(figures.injured),
                  missing: Number(figures.missing),
                },
                evacuated: Number(figures.evacuated),
                affectedPopulation: Number(figures.affected),
                needs: needs
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean),
                idempotencyKey,
              },
            }),
          )
          .then((done) => {
            if (!done) return;
            setIdempotencyKey(crypto.randomUUID());
            setOpen(false);
            onDone();
          });
      }}
    >
      {cities && (
        <label>
          {t('reportFor')}
          <select aria-label={t('reportFor')} value={cityId} onChange={(e) => setCityId(e.target.value)}>
            {cities.map((city) => (
              <option key={city.id} value={city.id}>
                {name(city)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('asOf')}
        <input type="datetime-local" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
      </label>
      <label>
        {t('summary')}
        <textarea rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <div className="inline">
        {number('dead', t('dead'))} {number('injured', t('injured'))} {number('missing', t('missing'))}{' '}
        {number('evacuated', t('evacuated'))} {number('affected', t('affectedPopulation'))}
      </div>
      <label>
        {t('needsOnePerLine')}
        <textarea rows={2} value={needs} onChange={(e) => setNeeds(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={run.running}>
          {run.running ? t('working') : t('submitReport')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
      <ErrorBox error={run.error} />
    </form>
  );
}

const MyEvents = graphql(`
  query ConsoleCityEvents($clusterId: ID!, $after: String) {
    riskEvents(clusterId: $clusterId, first: 20, after: $after) {
      nodes {
        id
        status
        category
        level
        description
        originCity {
          id
          name
          localName
        }
        affectedCities {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The events a city is party to (origin or affected): report a new one in its own territory, report from the field
 * and see the picture it makes.
 */
export function CityEventsPanel({ clusterId, cityId }: { clusterId: string; cityId: string }) {
  const { t } = useLang();
  const pager = usePager();
  const list = useLoad(() => execute(MyEvents, { clusterId, after: pager.after }), `${clusterId}|${pager.after}`);
  return (
    <Panel title={t('myEvents')} loaded={list} testId="city-events" wide>
      {(data) => (
        <>
          <ReportEventForm clusterId={clusterId} originCityId={cityId} onDone={list.reload} />
          <PagedList
            items={data.riskEvents.nodes.filter(
              (event) => event.originCity.id === cityId || event.affectedCities.some((city) => city.id === cityId),
            )}
            pager={pager}
            pageInfo={data.riskEvents.pageInfo}
            as="blocks"
          >
            {(event) => <CityEvent key={event.id} event={event} />}
          </PagedList>
        </>
      )}
    </Panel>
  );
}

type CityEventRow = ConsoleCityEventsQuery['riskEvents']['nodes'][number];

function CityEvent({ event }: { event: CityEventRow }) {
  const name = useNamer();
  const word = useWords();
  // Bumped by each report sent, so the picture below is read again.
  const [reports, setReports] = useState(0);
  return (
    <div className="group" data-testid="city-event" data-event={event.id} data-status={event.status}>
      <h3>
        <Badge value={event.status} words={RISK_EVENT_STATUS} /> {word(RISK_CATEGORY, event.category)} ·{' '}
        {word(EMERGENCY_LEVEL, event.level)} — {name(event.originCity)}
      </h3>
      <p>{event.description}</p>
      <SituationReportForm eventId={event.id} onDone={() => setReports((n) => n + 1)} />{' '}
      <EventPicture eventId={event.id} refresh={reports} />
    </div>
  );
}
