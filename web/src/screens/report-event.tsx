import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import type { EmergencyLevel, RiskCategory, WarningLevel } from '../gql/graphql';
import { EMERGENCY_LEVEL, RISK_CATEGORY, WARNING_LEVEL, useLang, useNamer } from '../i18n';
import { useAction, useIdempotencyKey, useLoad } from '../ui/hooks';
import { instantOf, localInputValue, required } from '../ui/input';
import { EnumSelect, ErrorBox, FormActions, Progress } from '../ui/parts';
import { Members } from './corrective';

const Report = graphql(`
  mutation ConsoleReportRiskEvent($input: ReportRiskEventInput!) {
    reportRiskEvent(input: $input) {
      id
      status
    }
  }
`);

/**
 * Reports a risk event: a city officer for its own territory (`originCityId`), the office for any member city (it
 * chooses the origin). The affected cities are the other members ticked; one idempotency key per event reported.
 */
export function ReportEventForm({
  clusterId,
  originCityId,
  onDone,
}: {
  clusterId: string;
  /** The reporting city officer's own city; left out for the office, which chooses. */
  originCityId?: string;
  onDone: () => void;
}) {
  const { t } = useLang();
  const name = useNamer();
  const [open, setOpen] = useState(false);
  const members = useLoad(
    () => (open ? execute(Members, { clusterId }) : Promise.resolve(undefined)),
    `${clusterId}|${open}`,
  );
  const [origin, setOrigin] = useState(originCityId ?? '');
  const [affected, setAffected] = useState<string[]>([]);
  const [category, setCategory] = useState<RiskCategory>('NATURAL_DISASTER');
  const [level, setLevel] = useState<EmergencyLevel>('IV');
  const [warning, setWarning] = useState<WarningLevel>('BLUE');
  const [location, setLocation] = useState('');
  const [description, setDescription] = useState('');
  const [observedAt, setObservedAt] = useState('');
  const idempotency = useIdempotencyKey();
  const run = useAction();
  if (!open)
    return (
      <div>
        <button
          type="button"
          onClick={() => {
            setObservedAt(localInputValue(new Date()));
            setOpen(true);
          }}
        >
          {t('reportEvent')}
        </button>
      </div>
    );
  const cities = members.data?.cluster.cities.nodes ?? [];
  const originId = origin || cities[0]?.id || '';
  return (
    <form
      className="stack"
      data-testid="report-event"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            execute(Report, {
              input: {
                clusterId,
                originCityId: required(originId, t('choose', { field: t('originCity') })),
                affectedCityIds: affected.filter((id) => id !== originId),
                category,
                level,
                warning,
                location: { description: required(location, t('fillIn', { field: t('location') })) },
                description: required(description, t('fillIn', { field: t('whatHappened') })),
                observedAt: instantOf(observedAt, t('chooseTime')),
                idempotencyKey: idempotency.key,
              },
            }),
          )
          .then((done) => {
            if (!done) return;
            idempotency.renew();
            setDescription('');
            setLocation('');
            setAffected([]);
            setOpen(false);
            onDone();
          });
      }}
    >
      <ErrorBox error={members.error} />
      {members.loading && <Progress />}
      {!originCityId && (
        <label>
          {t('originCity')}
          <select aria-label={t('originCity')} value={originId} onChange={(e) => setOrigin(e.target.value)}>
            {cities.map((city) => (
              <option key={city.id} value={city.id}>
                {name(city)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="inline">
        <EnumSelect label={t('category')} words={RISK_CATEGORY} value={category} onChange={setCategory} />{' '}
        <EnumSelect label={t('level')} words={EMERGENCY_LEVEL} value={level} onChange={setLevel} />{' '}
        <EnumSelect label={t('warning')} words={WARNING_LEVEL} value={warning} onChange={setWarning} />
      </div>
      <fieldset>
        <legend>{t('affectedCities')}</legend>
        {cities
          .filter((city) => city.id !== originId)
          .map((city) => (
            <label key={city.id} className="check">
              <input
                type="checkbox"
                checked={affected.includes(city.id)}
                onChange={(e) =>
                  setAffected(e.target.checked ? [...affected, city.id] : affected.filter((id) => id !== city.id))
                }
              />{' '}
              {name(city)}
            </label>
          ))}
      </fieldset>
      <label>
        {t('location')}
        <input value={location} onChange={(e) => setLocation(e.target.value)} />
      </label>
      <label>
        {t('whatHappened')}
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label>
        {t('observedAt')}
        <input type="datetime-local" value={observedAt} onChange={(e) => setObservedAt(e.target.value)} />
      </label>
      <FormActions label={t('reportEvent')} running={run.running} error={run.error} onCancel={() => setOpen(false)} />
    </form>
  );
}
