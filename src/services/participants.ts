import type { RequestContext } from '../context';
import { agreementVersionKey } from '../domain/agreements/ids';
import { FUND_PAYER_ID } from '../domain/compensation/split';
import { notFound } from './access';
import { termsOf } from './agreements';

/** The cities taking part in a risk event of the cluster: its origin and the affected cities. NOT_FOUND outside it. */
export async function eventCities(ctx: RequestContext, clusterId: string, eventId: string): Promise<Set<string>> {
  const event = await ctx.loaders.riskEvent.load(eventId);
  if (!event || event.clusterId !== clusterId) throw notFound('risk event', eventId);
  return new Set([event.originCityId, ...event.affectedCityIds]);
}

/** The parties to an agreement of the cluster (of the version in force, else the latest). NOT_FOUND outside it. */
export async function agreementCities(
  ctx: RequestContext,
  clusterId: string,
  agreementId: string,
): Promise<Set<string>> {
  const agreement = await ctx.loaders.agreement.load(agreementId);
  if (!agreement || agreement.clusterId !== clusterId) throw notFound('agreement', agreementId);
  const version = await ctx.loaders.agreementVersion.load(
    agreementVersionKey(agreementId, agreement.inForceVersionNo ?? agreement.latestVersionNo),
  );
  return new Set(version ? termsOf(version).partyCityIds : []);
}

/** A city's name for messages to officials (its id if the city is unknown). */
export async function cityName(ctx: RequestContext, cityId: string): Promise<string> {
  return (await ctx.loaders.city.load(cityId))?.name ?? cityId;
}

/** A ledger party's name for messages, mid-sentence: a city's name, or the regional fund. */
export async function partyName(ctx: RequestContext, partyId: string): Promise<string> {
  return partyId === FUND_PAYER_ID ? 'the regional fund' : cityName(ctx, partyId);
}
