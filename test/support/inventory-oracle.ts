import { computeShortfalls, type Holding, type Requirement } from '../../src/domain/resources/shortfalls';
import { availableHoldings } from '../../src/store/inventory-tallies';
import { gql } from './api';
import { graphql } from '../generated';

const ITEMS = graphql(`
  query InventoryOracleItems($clusterId: ID!, $after: String) {
    inventory(clusterId: $clusterId, first: 100, after: $after) {
      nodes {
        city {
          id
        }
        resourceType {
          id
        }
        tier
        readiness
        shareable
        committed
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ANSWER = graphql(`
  query InventoryOracleShortfalls($clusterId: ID!) {
    clusterShortfalls(clusterId: $clusterId) {
      resourceType {
        id
      }
      minimumTier
      basis
      required
      available
      shortfall
      coverage
      contributions {
        city {
          id
        }
        available
      }
    }
    reserveRequirements(clusterId: $clusterId) {
      resourceType {
        id
      }
      minimumTier
      basis
      quantity
    }
    cluster(id: $clusterId) {
      cities(first: 100) {
        nodes {
          baseline {
            population
          }
        }
      }
    }
  }
`);

/** Every item of the cluster as the coordinator reads it through `inventory` (what the old computation summed). */
export async function itemsOf(clusterId: string, coordinator: string): Promise<Holding[]> {
  const items: Holding[] = [];
  let after: string | null | undefined;
  do {
    const response = await gql(coordinator, ITEMS, { clusterId, after });
    expect(response.errors).toBeUndefined();
    const page = response.data!.inventory;
    for (const item of page.nodes)
      items.push({
        cityId: item.city.id,
        typeId: item.resourceType.id,
        tier: item.tier,
        readiness: item.readiness,
        shareable: item.shareable,
        committed: item.committed,
      });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after);
  return items;
}

/** Per city, type and tier: what is available (READY, shareable − committed, never below zero per item), non-zero only. */
export function availableByCityTypeTier(holdings: readonly Holding[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const holding of holdings) {
    if (holding.readiness !== 'READY') continue;
    const key = `${holding.cityId} ${holding.typeId} ${holding.tier}`;
    sums[key] = (sums[key] ?? 0) + Math.max(0, holding.shareable - holding.committed);
  }
  return Object.fromEntries(Object.entries(sums).filter(([, available]) => available !== 0));
}

/** The kept tallies equal the items, and `clusterShortfalls` answers what the computation over the items answers. */
export async function expectTalliesMatchItems(clusterId: string, coordinator: string): Promise<void> {
  const items = await itemsOf(clusterId, coordinator);
  const tallies = await availableHoldings(clusterId, new Date().toISOString());
  expect(availableByCityTypeTier(tallies)).toEqual(availableByCityTypeTier(items));

  const response = await gql(coordinator, ANSWER, { clusterId });
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  const requirements: Requirement[] = data.reserveRequirements.map((requirement) => ({
    typeId: requirement.resourceType.id,
    minimumTier: requirement.minimumTier,
    basis: requirement.basis,
    quantity: requirement.quantity,
  }));
  const population = data.cluster.cities.nodes.reduce((sum, city) => sum + city.baseline.population, 0);
  const expected = computeShortfalls(requirements, items, population).map((shortfall) => ({
    typeId: shortfall.typeId,
    required: shortfall.required,
    available: shortfall.available,
    shortfall: shortfall.shortfall,
    coverage: shortfall.coverage,
    contributions: shortfall.contributions.map((c) => [c.cityId, c.available]),
  }));
  expect(
    data.clusterShortfalls.map((row) => ({
      typeId: row.resourceType.id,
      required: row.required,
      available: row.available,
      shortfall: row.shortfall,
      coverage: row.coverage,
      contributions: row.contributions.map((c) => [c.city.id, c.available]),
    })),
  ).toEqual(expected);
}
