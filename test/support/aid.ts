/** A flood in a cluster of the test's own: Langfang asks for pump units, its neighbours hold stock to offer. */
import type { RequestAidInput } from '../generated/graphql';
import { gql } from './api';
import { hoursFrom } from './builders';
import { REQUEST_AID } from './operations';
import { aCluster, factsOf, type BuiltCluster, type ClusterOptions } from './world';

/** Langfang (the requester) and its neighbours, with their real sizes and places, each with a stocked depot. */
export function aFloodCluster(
  neighbours: readonly string[] = ['Tianjin', 'Beijing', 'Baoding', 'Hengshui'],
  options: ClusterOptions = {},
): Promise<BuiltCluster> {
  return aCluster({ cities: ['Langfang', ...neighbours].map(factsOf), inventory: true, ...options }).build();
}

/** A city's municipal depot stock of tier-II mobile pump units. */
export const pumpsAt = (world: BuiltCluster, cityName: string) => world.depotItem(cityName, 'mobile-pump-unit', 'II');

export const GU_AN_FLOOD_LINE = { name: 'Gu\u2019an flood line', latitude: 39.44, longitude: 116.3 };

/** Langfang's officer asks for `quantity` pump units, needed in twelve hours; any refusal fails the test. */
export async function requestPumps(world: BuiltCluster, quantity: number, fields: Partial<RequestAidInput> = {}) {
  const response = await gql(world.city('Langfang').officer, REQUEST_AID, {
    input: {
      clusterId: world.id,
      requesterCityId: world.city('Langfang').id,
      resourceTypeId: 'mobile-pump-unit',
      minimumTier: 'II',
      quantity,
      neededBy: hoursFrom(new Date().toISOString(), 12),
      destination: GU_AN_FLOOD_LINE,
      ...fields,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.requestAid;
}
