/** Writes the demo clusters and cities. Needs the app's environment (TABLE_NAME, DYNAMODB_ENDPOINT) set first. */
import { SYSTEM_JOBS } from '../src/domain/roles';
import { activateAgreements } from '../src/services/events';
import { repositories } from '../src/store';
import { markIndexed, rememberIndexed } from '../src/store/city-index';
import { transaction } from '../src/store/kernel';
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
  type StoredAccreditation,
  type StoredAgreement,
  type StoredAgreementVersion,
  type StoredCity,
  type StoredCluster,
  type StoredInventoryItem,
  type StoredReserveRequirement,
  type StoredResourceType,
  type StoredRiskEvent,
  type StoredRubric,
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

/** What a cluster starts with; every list may be empty. */
export interface ClusterSeed {
  clusters: StoredCluster[];
  cities: StoredCity[];
  agreements?: ReadonlyArray<{ agreement: StoredAgreement; version: StoredAgreementVersion }>;
  catalogue?: StoredResourceType[];
  inventory?: StoredInventoryItem[];
  requirements?: StoredReserveRequirement[];
  rubrics?: StoredRubric[];
  accreditations?: StoredAccreditation[];
}

/**
 * Writes clusters with their cities and starting records through the entities, so the stored format is the app's own.
 * The demo seed and the tests' own clusters both go through here.
 */
export async function seedClusters(seed: ClusterSeed): Promise<void> {
  const agreements = seed.agreements ?? [];
  const { catalogue = [], inventory = [], requirements = [], rubrics = [], accreditations = [] } = seed;
  // A batch put of nothing is still a request; skip it.
  const batches = [
    seed.clusters.length && (() => ClusterEntity.put(seed.clusters).go()),
    seed.cities.length && (() => CityEntity.put(seed.cities).go()),
    agreements.length && (() => AgreementEntity.put(agreements.map(({ agreement }) => agreement)).go()),
    agreements.length && (() => AgreementVersionEntity.put(agreements.map(({ version }) => version)).go()),
    catalogue.length && (() => ResourceTypeEntity.put(catalogue).go()),
    inventory.length && (() => InventoryItemEntity.put(inventory).go()),
    requirements.length && (() => ReserveRequirementEntity.put(requirements).go()),
    rubrics.length && (() => RubricEntity.put(rubrics).go()),
    accreditations.length && (() => AccreditationEntity.put(accreditations).go()),
  ];
  for (const batch of batches) {
    if (!batch) continue;
    const result = await batch();
    if (result.unprocessed.length) throw new Error('DynamoDB did not take every seeded item; run again');
  }
  await markClustersIndexed(seed.clusters.map((cluster) => cluster.clusterId));
}

/**
 * New clusters are born indexed: their cities were just written with their city index keys (a put writes every key),
 * so each cluster's marker says so, after them, and its lists never run the upgrade of earlier releases' cities.
 */
async function markClustersIndexed(clusterIds: readonly string[]): Promise<void> {
  const at = new Date().toISOString();
  for (let start = 0; start < clusterIds.length; start += 100) {
    const tx = transaction();
    for (const clusterId of clusterIds.slice(start, start + 100)) markIndexed(tx, clusterId, at);
    await tx.commit();
  }
  rememberIndexed(clusterIds, at);
}

export async function seedDemoData(
  options: { withDemoIncident?: boolean } = {},
): Promise<{ clusters: number; cities: number; agreements: number; obligations: number }> {
  const rubrics = demoRubrics(
    DEMO_CLUSTERS.map((cluster) => cluster.clusterId),
    DEMO_CLUSTERS[0].createdAt,
  );
  await seedClusters({
    clusters: DEMO_CLUSTERS,
    cities: DEMO_CITIES,
    agreements: DEMO_AGREEMENTS,
    catalogue: DEMO_CLUSTERS.flatMap((cluster) => demoCatalogue(cluster.clusterId, cluster.createdAt)),
    inventory: demoInventory(DEMO_CLUSTERS, DEMO_CITIES),
    requirements: DEMO_CLUSTERS.flatMap((cluster) => demoRequirements(cluster.clusterId, cluster.createdAt)),
    rubrics,
    accreditations: demoAccreditations(DEMO_CLUSTERS[0].createdAt),
  });
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
