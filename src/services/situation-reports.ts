import { randomUUID } from 'node:crypto';
import { actorOf, ownCityOf } from '../auth/caller';
import type { RequestContext } from '../context';
import { boundedDuration, DURATION_BOUNDS, nominalSeconds } from '../domain/bounds';
import { BadInputError } from '../domain/errors';
import {
  ageInMinutes,
  assertTakesReports,
  DEFAULT_STALE_AFTER,
  graceStart,
  MAX_SUMMARY_LENGTH,
  reportedAsOf,
  situationFigures,
  situationNeeds,
} from '../domain/events/situation-reports';
import { idempotentRequest } from '../domain/idempotency';
import { requiredText } from '../domain/text';
import type { StoredCity, StoredRiskEvent, StoredSituationReport } from '../store/entities';
import { retryLostRaces } from '../store/kernel';
import type { SituationTotals } from '../store/situation-reports';
import type { Page, PageRequest } from '../domain/pagination';
import { enforce, notFound } from './access';
import { eventFor } from './events';

export interface SubmitSituationReportInput {
  eventId: string;
  cityId?: string | null;
  asOf: string;
  summary: string;
  casualties: { dead: number; injured: number; missing: number };
  evacuated: number;
  affectedPopulation: number;
  needs?: readonly string[] | null;
  idempotencyKey?: string | null;
}

/** The cities taking part in an event: its origin, then its affected cities. */
function partiesOf(event: StoredRiskEvent): string[] {
  return [event.originCityId, ...event.affectedCityIds];
}

/** Cities by id, read in one batch through the request's loader; ids that name no city are left out. */
async function citiesById(ctx: RequestContext, cityIds: readonly string[]): Promise<Map<string, StoredCity>> {
  const loaded = await ctx.loaders.city.loadMany([...new Set(cityIds)]);
  return new Map(loaded.flatMap((city) => (city && !(city instanceof Error) ? [[city.cityId, city] as const] : [])));
}

/**
 * A city officer reports for its own city; the office names the city it reports for. Either way the city must be the
 * event's origin or one of its affected cities, as the event stands now.
 */
function authorizeReport(ctx: RequestContext, event: StoredRiskEvent, city: StoredCity | undefined): StoredCity {
  enforce(
    ctx,
    'situation:report',
    { clusterId: event.clusterId, cityId: city?.cityId, partyCityIds: partiesOf(event), cityName: city?.name },
    () => notFound('risk event', event.eventId),
  );
  if (!city)
    throw new BadInputError('Name the city this report is for (cityId): the office reports on behalf of a city.', {
      field: 'cityId',
    });
  if (!partiesOf(event).includes(city.cityId))
    throw new BadInputError(
      `${city.name} is not a party to this event (neither its origin nor an affected city), so it has nothing to report on it.`,
      { field: 'cityId' },
    );
  return city;
}

export async function submitSituationReport(
  ctx: RequestContext,
  input: SubmitSituationReportInput,
): Promise<StoredSituationReport> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  let event = await eventFor(ctx, input.eventId, 'event:read');
  const cityId = input.cityId ?? ownCityOf(ctx.caller);
  const city = cityId ? await ctx.loaders.city.load(cityId) : undefined;
  // A city id of another cluster (or a letter-case variant) is a city the caller cannot see.
  if (cityId && (!city || city.clusterId !== event.clusterId)) throw notFound('city', cityId);
  const reported = authorizeReport(ctx, event, city);
  const at = ctx.now();
  const actor = actorOf(ctx.caller);
  const report: StoredSituationReport = {
    reportId: `sit_${randomUUID()}`,
    clusterId: event.clusterId,
    eventId: event.eventId,
    cityId: reported.cityId,
    asOf: reportedAsOf(input.asOf, event.observedAt, at),
    submittedAt: at,
    submittedBy: actor,
    summary: requiredText(input.summary, 'summary', MAX_SUMMARY_LENGTH),
    ...situationFigures(input),
    needs: situationNeeds(input.needs),
  };
  let attempt = 0;
  return retryLostRaces(async () => {
    // After a lost race the event may have closed or changed its cities: decide on it as it is now.
    if (attempt++ > 0) event = (await ctx.store.events.get(event.eventId)) ?? event;
    const latest = await ctx.store.situationReports.latestOf(report.eventId, report.cityId);
    return ctx.store.situationReports.submit({
      report,
      latest,
      actor,
      at,
      idempotency: keyed,
      closedNoEarlierThan: graceStart(at),
      // Checked again only for a report really written: a retry of one that went through gets it after the event closed.
      beforeWriting: () => {
        authorizeReport(ctx, event, city);
        assertTakesReports(event, at);
      },
    });
  });
}

/** The event, if the caller may read its situation reports (its cities, the office, evaluators, the superior). */
async function eventWithReports(ctx: RequestContext, eventId: string): Promise<StoredRiskEvent> {
  const event = await eventFor(ctx, eventId, 'event:read');
  const own = ownCityOf(ctx.caller);
  // The party cities are shown with the reports; the caller's own city is read in the same batch for the refusal.
  const cities = await citiesById(ctx, [...partiesOf(event), ...(own ? [own] : [])]);
  enforce(
    ctx,
    'situation:read',
    { clusterId: event.clusterId, partyCityIds: partiesOf(event), cityName: own ? cities.get(own)?.name : undefined },
    () => notFound('risk event', eventId),
  );
  ctx.loaders.riskEvent.prime(event.eventId, event);
  return event;
}

export async function situationReports(
  ctx: RequestContext,
  eventId: string,
  page: PageRequest,
): Promise<Page<StoredSituationReport>> {
  const event = await eventWithReports(ctx, eventId);
  return ctx.store.situationReports.listByEvent(event.eventId, page);
}

export interface CitySituationView {
  city: StoredCity;
  /** False for a city that reported and was later taken off the event's affected cities (its figures still count). */
  party: boolean;
  latest: StoredSituationReport;
  ageMinutes: number;
  stale: boolean;
}

export interface EventPictureView {
  event: StoredRiskEvent;
  at: string;
  staleAfter: string;
  totals: SituationTotals;
  cities: CitySituationView[];
  notReported: StoredCity[];
}

/**
 * Each city's latest report with its age, the sums of those latest figures, and the party cities that never reported.
 * Reads the event, its cities (one batch) and its picture (one Query): the same whatever the number of reports.
 */
export async function eventPicture(
  ctx: RequestContext,
  eventId: string,
  staleAfter: string | null | undefined,
): Promise<EventPictureView> {
  const event = await eventWithReports(ctx, eventId);
  const threshold = staleAfter ?? DEFAULT_STALE_AFTER;
  const staleAfterMs =
    nominalSeconds(boundedDuration(threshold, 'staleAfter', DURATION_BOUNDS.situationStaleAfter)) * 1000;
  const at = ctx.now();
  const { latest, totals } = await ctx.store.situationReports.picture(event.eventId);
  const parties = partiesOf(event);
  const cities = await citiesById(ctx, [...parties, ...latest.map((report) => report.cityId)]);
  const reported = new Set(latest.map((report) => report.cityId));
  return {
    event,
    at,
    staleAfter: threshold,
    totals,
    // Oldest report first: the cities the office should call come first.
    cities: latest
      .map((report) => {
        return {
          city: cities.get(report.cityId)!,
          party: parties.includes(report.cityId),
          latest: report,
          ageMinutes: ageInMinutes(report.asOf, at),
          stale: Date.parse(at) - Date.parse(report.asOf) > staleAfterMs,
        };
      })
      .filter((view) => view.city)
      .sort((a, b) => a.latest.asOf.localeCompare(b.latest.asOf) || a.city.name.localeCompare(b.city.name)),
    notReported: parties.filter((cityId) => !reported.has(cityId)).flatMap((cityId) => cities.get(cityId) ?? []),
  };
}
