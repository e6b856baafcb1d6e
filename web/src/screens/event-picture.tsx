import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import { useDate, useLang, useNamer } from '../i18n';
import { useLoad } from '../ui/hooks';
import { PagedList, Panel } from '../ui/parts';

const Picture = graphql(`
  query ConsoleEventPicture($eventId: ID!) {
    eventPicture(eventId: $eventId) {
      at
      staleAfter
      totals {
        dead
        injured
        missing
        evacuated
        affectedPopulation
        citiesReporting
      }
      cities {
        city {
          id
          name
          localName
        }
        party
        ageMinutes
        stale
        latest {
          id
          asOf
          summary
          casualties {
            dead
            injured
            missing
          }
          evacuated
          affectedPopulation
          needs
        }
      }
      notReported {
        id
        name
        localName
      }
    }
  }
`);

/** An age in minutes as hours and minutes ("2 h 05 min"). */
function age(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The event's situation picture on demand: each city's latest report, the totals, and who has not reported. */
export function EventPicture({ eventId, refresh = 0 }: { eventId: string; refresh?: number }) {
  const [shown, setShown] = useState(false);
  const { t } = useLang();
  // A report just sent (refresh > 0) opens the picture, read again with it.
  return shown || refresh > 0 ? (
    <EventPicturePanel eventId={eventId} refresh={refresh} />
  ) : (
    <button type="button" className="link" onClick={() => setShown(true)}>
      {t('showPicture')}
    </button>
  );
}

/** Where `refresh` changes (a report was sent), the picture is read again. */
function EventPicturePanel({ eventId, refresh }: { eventId: string; refresh: number }) {
  const { t } = useLang();
  const name = useNamer();
  const date = useDate();
  const picture = useLoad(() => execute(Picture, { eventId }), `${eventId}|${refresh}`);
  return (
    <Panel title={t('picture')} loaded={picture} testId="event-picture">
      {({ eventPicture: p }) => (
        <>
          <p className="muted">
            {date(p.at)} · {t('staleAfter')} {p.staleAfter}
          </p>
          <p data-testid="picture-totals">
            {t('totals')} ({t('citiesReporting', { n: p.totals.citiesReporting })}): {t('dead')} {p.totals.dead} ·{' '}
            {t('injured')} {p.totals.injured} · {t('missing')} {p.totals.missing} · {t('evacuated')}{' '}
            {p.totals.evacuated} · {t('affectedPopulation')} {p.totals.affectedPopulation}
          </p>
          <PagedList items={p.cities} as="table">
            {(situation) => (
              <tr key={situation.city.id} data-testid="picture-city">
                <td>
                  <strong>{name(situation.city)}</strong>
                  {!situation.party && <span className="muted"> ({t('noLongerParty')})</span>}
                </td>
                <td>
                  {age(situation.ageMinutes)}{' '}
                  {situation.stale && <span className="badge badge-overdue">{t('stale')}</span>}
                  <div className="muted">{date(situation.latest.asOf)}</div>
                </td>
                <td>
                  {situation.latest.summary}
                  <div className="muted">
                    {t('dead')} {situation.latest.casualties.dead} · {t('injured')}{' '}
                    {situation.latest.casualties.injured} · {t('missing')} {situation.latest.casualties.missing} ·{' '}
                    {t('evacuated')} {situation.latest.evacuated} · {t('affectedPopulation')}{' '}
                    {situation.latest.affectedPopulation}
                  </div>
                  {situation.latest.needs.length > 0 && (
                    <div>
                      {t('needs')}: {situation.latest.needs.join('; ')}
                    </div>
                  )}
                </td>
              </tr>
            )}
          </PagedList>
          {p.notReported.length > 0 && (
            <p data-testid="not-reported">
              {t('notReported')}: {p.notReported.map((city) => name(city)).join(', ')}
            </p>
          )}
        </>
      )}
    </Panel>
  );
}
