/**
 * A test's own cluster: `await aCluster({ cities: ['Langfang', 'Tianjin'], inventory: true }).build()` writes a fresh
 * cluster with uniquely-id'd cities through the same seeding code as the demo (so the stored format is real) and hands
 * back its ids with a ready token for every role. Every build has new ids, so no two tests ever share a cluster.
 */
import { randomUUID } from 'node:crypto';
import { inventoryItemId } from '../../src/domain/resources/ids';
import type {
  StoredAccreditation,
  StoredAgreement,
  StoredAgreementVersion,
  StoredCity,
  StoredCluster,
  StoredDesk,
} from '../../src/store/entities';
import { demoCatalogue, demoRequirements } from '../../scripts/demo-catalogue';
import { demoInventory } from '../../scripts/demo-inventory';
import { demoRubrics } from '../../scripts/demo-trust';
import { DEMO_AGREEMENTS } from '../../scripts/demo-agreements';
import { DEMO_CITIES } from '../../scripts/demo-data';
import { seedClusters } from '../../scripts/seed';
import { tokenFor } from './api';
import { freshTable } from './table';

/** A city's facts; only the name is required (the rest default to a mid-sized city in its own spot). */
export interface CitySpec {
  name: string;
  province?: string;
  latitude?: number;
  longitude?: number;
  population?: number;
  vulnerablePopulation?: number;
  emergencyTeams?: number;
  emergencyPersonnel?: number;
  shelterCapacity?: number;
}

export interface ClusterOptions {
  /** How many cities (named for you), or their names, or their facts. Three by default. */
  cities?: number | ReadonlyArray<string | CitySpec>;
  name?: string;
  formationMode?: StoredCluster['formationMode'];
  /** The standard resource catalogue (the demo's types and tiers). */
  catalogue?: boolean;
  /** Each city's municipal depot stock, scaled to its population (adds the catalogue). */
  inventory?: boolean;
  /** The reserves the cluster requires of each city (adds the catalogue). */
  requirements?: boolean;
  /** The default evaluation rubrics. */
  rubrics?: boolean;
  /**
   * Demo agreements (by their demo id, e.g. `agr-jjj-accidents`) made again, in force, between this cluster's cities
   * of the same names; the cluster must hold every party city by name.
   */
  agreements?: readonly DemoAgreementId[];
  /** Coordination desks, each hosted by the cluster's city of that name. None by default. */
  desks?: ReadonlyArray<Omit<StoredDesk, 'hostCityId'> & { hostCity: string }>;
}

export type DemoAgreementId = (typeof DEMO_AGREEMENTS)[number]['agreement']['agreementId'];

export interface BuiltCity {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  population: number;
  /** A token of this city's officer. */
  officer: string;
}

export interface BuiltCluster {
  id: string;
  name: string;
  cities: BuiltCity[];
  /** The coordination office's token. */
  coordinator: string;
  /** The coordination office's user id (its token's subject, what `me { id }` answers). */
  coordinatorId: string;
  /** An evaluator accredited to this cluster (third party, unaffiliated). */
  evaluator: { id: string; token: string };
  /** A superior overseeing this cluster only (`superiorOver` for several). */
  superior: string;
  /** The city of that name; fails loudly if there is none. */
  city(name: string): BuiltCity;
  cityIds(): string[];
  /** The id this cluster's copy of a demo agreement has (built with `agreements`). */
  agreement(demoId: DemoAgreementId): string;
  /** The id of a city's municipal depot stock of a type and tier (built with `inventory`). */
  depotItem(cityName: string, typeId: string, tier: 'I' | 'II' | 'III'): string;
}

const SEEDED_AT = '2026-01-05T00:00:00.000Z';
const GIVEN_NAMES = ['Ashford', 'Brookvale', 'Cedarton', 'Dunmore', 'Elmsworth', 'Fairhaven', 'Glenrock', 'Harrowby'];

let nextBuild = 0;
/** Unique within the run (a per-file counter) and across files (random), readable in a failure message. */
const uniqueSuffix = () => `${(nextBuild += 1)}${randomUUID().slice(0, 6)}`;
const slug = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function citySpecs(cities: ClusterOptions['cities'] = 3): CitySpec[] {
  if (typeof cities === 'number')
    return Array.from({ length: cities }, (_, index) => ({ name: GIVEN_NAMES[index] ?? `City ${index + 1}` }));
  return cities.map((city) => (typeof city === 'string' ? { name: city } : city));
}

function storedCity(clusterId: string, suffix: string, spec: CitySpec, index: number): StoredCity {
  const population = spec.population ?? 5_000_000 + index * 1_000_000;
  return {
    cityId: `city-${slug(spec.name)}-${suffix}`,
    clusterId,
    name: spec.name,
    province: spec.province ?? 'Test Province',
    latitude: spec.latitude ?? 30 + index * 0.4,
    longitude: spec.longitude ?? 120 + index * 0.4,
    population,
    vulnerablePopulation: spec.vulnerablePopulation ?? Math.round(population * 0.13),
    emergencyTeams: spec.emergencyTeams ?? 100,
    emergencyPersonnel: spec.emergencyPersonnel ?? 7_000,
    shelterCapacity: spec.shelterCapacity ?? 500_000,
    baselineAsOf: SEEDED_AT,
    version: 1,
    updatedAt: SEEDED_AT,
  };
}

function storedCityNamed(cities: readonly StoredCity[], name: string): StoredCity {
  const city = cities.find((candidate) => candidate.name === name);
  if (!city) throw new Error(`no city named ${name} in the cluster`);
  return city;
}

/** A demo agreement as this cluster's own: same terms and duties, this cluster's ids for it and for every city. */
function agreementAmong(
  demoId: DemoAgreementId,
  clusterId: string,
  suffix: string,
  cities: readonly StoredCity[],
): { agreement: StoredAgreement; version: StoredAgreementVersion } {
  const demo = DEMO_AGREEMENTS.find(({ agreement }) => agreement.agreementId === demoId)!;
  const own = (demoCityId: string) => {
    const name = DEMO_CITIES.find((city) => city.cityId === demoCityId)?.name;
    const city = cities.find((candidate) => candidate.name === name);
    if (!city) throw new Error(`${demoId} needs a city named ${name} in the cluster`);
    return city.cityId;
  };
  const agreementId = `${demoId}-${suffix}`;
  return {
    agreement: { ...demo.agreement, agreementId, clusterId },
    version: {
      ...demo.version,
      agreementId,
      clusterId,
      partyCityIds: demo.version.partyCityIds.map(own),
      duties: demo.version.duties.map((duty) => (duty.cityId ? { ...duty, cityId: own(duty.cityId) } : duty)),
      ratifications: demo.version.ratifications?.map((ratification) => ({
        ...ratification,
        cityId: own(ratification.cityId),
        actorId: `seed-${own(ratification.cityId)}`,
      })),
    },
  };
}

class ClusterBuilder {
  constructor(private readonly options: ClusterOptions) {}

  with(options: ClusterOptions): ClusterBuilder {
    return new ClusterBuilder({ ...this.options, ...options });
  }

  async build(): Promise<BuiltCluster> {
    await freshTable();
    const suffix = uniqueSuffix();
    const options = this.options;
    const clusterId = `cluster-${suffix}`;
    const cities = citySpecs(options.cities).map((spec, index) => storedCity(clusterId, suffix, spec, index));
    const cluster: StoredCluster = {
      clusterId,
      name: options.name ?? `Test cluster ${suffix}`,
      formationMode: options.formationMode ?? 'PARALLEL_VOLUNTARY',
      mode: 'NORMAL',
      modeSince: SEEDED_AT,
      desks: (options.desks ?? []).map(({ hostCity, ...desk }) => ({
        ...desk,
        hostCityId: storedCityNamed(cities, hostCity).cityId,
      })),
      version: 1,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    };
    const evaluator: StoredAccreditation = {
      clusterId,
      evaluatorId: `evaluator-${suffix}`,
      name: 'Independent Evaluation Institute',
      organisation: 'Independent Evaluation Institute',
      kind: 'THIRD_PARTY',
      affiliatedWithOffice: false,
      active: true,
      grantedAt: SEEDED_AT,
      version: 1,
    };
    const withCatalogue = Boolean(options.catalogue || options.inventory || options.requirements);
    await seedClusters({
      clusters: [cluster],
      cities,
      catalogue: withCatalogue ? demoCatalogue(clusterId, SEEDED_AT) : [],
      inventory: options.inventory ? demoInventory([cluster], cities) : [],
      requirements: options.requirements ? demoRequirements(clusterId, SEEDED_AT) : [],
      rubrics: options.rubrics ? demoRubrics([clusterId], SEEDED_AT) : [],
      accreditations: [evaluator],
      agreements: (options.agreements ?? []).map((demoId) => agreementAmong(demoId, clusterId, suffix, cities)),
    });

    const coordinatorId = `coordinator-${suffix}`;
    const built: BuiltCity[] = await Promise.all(
      cities.map(async (city) => ({
        id: city.cityId,
        name: city.name,
        latitude: city.latitude,
        longitude: city.longitude,
        population: city.population,
        officer: await officerToken(clusterId, city.cityId, city.name),
      })),
    );
    const city = (name: string) => {
      const found = built.find((candidate) => candidate.name === name);
      if (!found) throw new Error(`no city named ${name} in ${clusterId}`);
      return found;
    };
    return {
      id: clusterId,
      name: cluster.name,
      cities: built,
      coordinatorId,
      coordinator: await tokenFor({
        sub: coordinatorId,
        name: `${cluster.name} Coordination Office (duty officer)`,
        role: 'COORDINATOR',
        clusterId,
      }),
      evaluator: {
        id: evaluator.evaluatorId,
        token: await tokenFor({ sub: evaluator.evaluatorId, name: evaluator.name, role: 'EVALUATOR', clusterId }),
      },
      superior: await superiorOver([clusterId]),
      city,
      cityIds: () => built.map((each) => each.id),
      agreement: (demoId) => `${demoId}-${suffix}`,
      depotItem: (cityName, typeId, tier) =>
        inventoryItemId(city(cityName).id, typeId, tier, `${cityName} Municipal Emergency Materials Depot`),
    };
  }
}

/**
 * The baseline facts (population, location, capacity) of the demo city of that name, for a test whose figures depend
 * on a real city's size or place; the ids stay the test's own.
 */
export function factsOf(name: string): CitySpec {
  const city = DEMO_CITIES.find((candidate) => candidate.name === name);
  if (!city) throw new Error(`no demo city named ${name}`);
  const {
    cityId: _id,
    clusterId: _cluster,
    baselineAsOf: _asOf,
    version: _version,
    updatedAt: _updated,
    ...facts
  } = city;
  return facts;
}

/** A cluster of a test's own; see `ClusterOptions` for what it starts with. */
export function aCluster(options: ClusterOptions = {}): ClusterBuilder {
  return new ClusterBuilder(options);
}

/** A token of an officer of a city (another officer of the same city when `sub` differs). */
export function officerToken(clusterId: string, cityId: string, cityName: string, sub = `officer-${cityId}`) {
  return tokenFor({ sub, name: `${cityName} Emergency Management Bureau`, role: 'CITY', clusterId, cityId });
}

/** A superior overseeing the given clusters. */
export function superiorOver(clusterIds: readonly string[]): Promise<string> {
  return tokenFor({
    sub: `superior-${clusterIds.join('+')}`,
    name: 'Ministry of Emergency Management liaison',
    role: 'SUPERIOR',
    clusterIds,
  });
}
