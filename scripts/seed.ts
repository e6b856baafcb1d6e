/** Writes the demo clusters and cities. Needs the app's environment (TABLE_NAME, DYNAMODB_ENDPOINT) set first. */
import { AgreementEntity, AgreementVersionEntity, CityEntity, ClusterEntity } from '../src/store/entities';
import { DEMO_AGREEMENTS } from './demo-agreements';
import { DEMO_CITIES, DEMO_CLUSTERS } from './demo-data';

export async function seedDemoData(): Promise<{ clusters: number; cities: number; agreements: number }> {
  const results = [
    await ClusterEntity.put(DEMO_CLUSTERS).go(),
    await CityEntity.put(DEMO_CITIES).go(),
    await AgreementEntity.put(DEMO_AGREEMENTS.map(({ agreement }) => agreement)).go(),
    await AgreementVersionEntity.put(DEMO_AGREEMENTS.map(({ version }) => version)).go(),
  ];
  if (results.some((result) => result.unprocessed.length)) throw new Error('DynamoDB did not take every demo item; run again');
  return { clusters: DEMO_CLUSTERS.length, cities: DEMO_CITIES.length, agreements: DEMO_AGREEMENTS.length };
}
