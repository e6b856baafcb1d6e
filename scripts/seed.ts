/** Writes the demo clusters and cities. Needs the app's environment (TABLE_NAME, DYNAMODB_ENDPOINT) set first. */
import { SYSTEM_JOBS } from '../src/domain/roles';
import { activateAgreements } from '../src/services/events';
import { repositories } from '../src/store';
import {
  AccreditationEntity,
  AgreementEntity,
  AgreementVersionEntity,
  CityEntity,
  ClusterEntity,
  ComplianceRecordEntity,
  EvaluationEntity,
  InventoryItemEntity,
  ReserveRequirementEntity,
  ResourceTypeEntity,
  RiskEventEntity,
  RubricEntity,
  type StoredRiskEvent,
} from '../src/store/entities';
import { demoAccreditations, demoComplianceHistory, demoEvaluation, demoRubrics } from './demo-trust';
import { demoInventory } from './demo-inventory';
import { demoCatalogue, demoRequirements } from './demo-catalogue';
import { DEMO_AGREEMENTS } from './demo-agreements';
import { DEMO_CITIES, DEMO_CLUSTERS } from './demo-data';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/**
 * A live incident for the demo: an aniline leak at Suzhou confirmed five hours before the first `npm start`, so the
 * coordinator sees open, due-soon and overdue obligations at once. Created through the real activation.
 */
async function seedDemoIncident(): Promise<number> {
  const confirmedAt = hoursAgo(5);
  const byName = SYSTEM_JOBS.demoSeed.name;
  const event: StoredRiskEvent = {
    eventId: 'evt-demo-taipu-aniline',
    clusterId: 'cluster-yrd',
    category: 'ACCIDENT',
    level: 'III',
    warning: 'ORANGE',
    status: 'CONFIRMED',
    originCityId: 'city-suzhou',
    affectedCityIds: ['city-jiaxing', 'city-shanghai'],
    location: {
      latitude: 31.02,
      longitude: 120.9,
      description: 'Taipu River at the Jiangsu–Zhejiang–Shanghai border section',
    },
    description:
      'Aniline leak from a chemical plant outfall in Wujiang; the plume moves downstream towards Jiashan and Qingpu intakes.',
    observedAt: hoursAgo(6),
    reportedAt: hoursAgo(5.5),
    reportedBy: SYSTEM_JOBS.demoSeed,
    confirmedAt,
    timeline: [
      { at: hoursAgo(5.5), kind: 'STATUS', to: 'REPORTED', byName },
      { at: confirmedAt, kind: 'STATUS', from: 'REPORTED', to: 'CONFIRMED', byName },
    ],
    version: 2,
  };
  await RiskEventEntity.put(event).go();
  return activateAgreements(repositories, event, SYSTEM_JOBS.demoSeed, new Date().toISOString());
}

export async function seedDemoData(
  options: { withDemoIncident?: boolean } = {},
): Promise<{ clusters: number; cities: number; agreements: number; obligations: number }> {
  const results = [
    await ClusterEntity.put(DEMO_CLUSTERS).go(),
    await CityEntity.put(DEMO_CITIES).go(),
    await AgreementEntity.put(DEMO_AGREEMENTS.map(({ agreement }) => agreement)).go(),
    await AgreementVersionEntity.put(DEMO_AGREEMENTS.map(({ version }) => version)).go(),
    await ResourceTypeEntity.put(
      DEMO_CLUSTERS.flatMap((cluster) => demoCatalogue(cluster.clusterId, cluster.createdAt)),
    ).go(),
    await InventoryItemEntity.put(demoInventory(DEMO_CLUSTERS, DEMO_CITIES)).go(),
    await ReserveRequirementEntity.put(
      DEMO_CLUSTERS.flatMap((cluster) => demoRequirements(cluster.clusterId, cluster.createdAt)),
    ).go(),
  ];
  if (results.some((result) => result.unprocessed.length))
    throw new Error('DynamoDB did not take every demo item; run again');
  const rubrics = demoRubrics(
    DEMO_CLUSTERS.map((cluster) => cluster.clusterId),
    DEMO_CLUSTERS[0].createdAt,
  );
  const more = [
    await RubricEntity.put(rubrics).go(),
    await AccreditationEntity.put(demoAccreditations(DEMO_CLUSTERS[0].createdAt)).go(),
  ];
  if (more.some((result) => result.unprocessed.length))
    throw new Error('DynamoDB did not take every demo item; run again');
  const obligations = options.withDemoIncident ? await seedDemoIncident() : 0;
  if (options.withDemoIncident) {
    // History and a live evaluation belong to the lived-in demo, not to the tests' clean clusters.
    const history = await ComplianceRecordEntity.put(demoComplianceHistory(Date.now())).go();
    if (history.unprocessed.length) throw new Error('DynamoDB did not take every demo item; run again');
    await EvaluationEntity.put(
      demoEvaluation(
        new Date().toISOString(),
        rubrics.find((r) => r.clusterId === 'cluster-yrd' && r.rubricId === 'activity-response')!,
      ),
    ).go();
  }
  return {
    clusters: DEMO_CLUSTERS.length,
    cities: DEMO_CITIES.length,
    agreements: DEMO_AGREEMENTS.length,
    obligations,
  };
}
