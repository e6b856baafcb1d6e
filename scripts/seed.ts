/** Writes the demo clusters and cities. Needs the app's environment (TABLE_NAME, DYNAMODB_ENDPOINT) set first. */
import { CityEntity, ClusterEntity } from '../src/store/entities';
import { DEMO_CITIES, DEMO_CLUSTERS } from './demo-data';

export async function seedDemoData(): Promise<{ clusters: number; cities: number }> {
  const clusters = await ClusterEntity.put(DEMO_CLUSTERS).go();
  const cities = await CityEntity.put(DEMO_CITIES).go();
  if (clusters.unprocessed.length || cities.unprocessed.length) throw new Error('DynamoDB did not take every demo item; run again');
  return { clusters: DEMO_CLUSTERS.length, cities: DEMO_CITIES.length };
}
