import { gql, onlyError } from '../support/api';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { DefineResourceTypeInput } from '../generated/graphql';

const CATALOGUE = graphql(`
  query ResourcesCatalogue($clusterId: ID!) {
    resourceCatalogue(clusterId: $clusterId) {
      id
      name
      unit
      categories
      version
      tiers {
        tier
        capability
        minimum
        measure
      }
    }
  }
`);
const DEFINE = graphql(`
  mutation ResourcesDefine($input: DefineResourceTypeInput!) {
    defineResourceType(input: $input) {
      id
      name
      version
      tiers {
        tier
        minimum
      }
    }
  }
`);
const sonarIn = (world: BuiltCluster): DefineResourceTypeInput => ({
  clusterId: world.id,
  id: 'sonar-boat',
  name: 'Side-scan sonar boat',
  unit: 'boat',
  description: 'Underwater search after floods',
  categories: ['NATURAL_DISASTER'],
  tiers: [{ tier: 'II', capability: 'Side-scan sonar, 50 m swath', minimum: 50, measure: 'm swath' }],
});
const catalogued = () => aCluster({ cities: ['Langfang'], catalogue: true }).build();

describe('resource catalogue', () => {
  test('every role of the cluster reads the seeded catalogue, which covers every risk category', async () => {
    const world = await catalogued();
    for (const token of [world.coordinator, world.city('Langfang').officer, world.evaluator.token, world.superior]) {
      const response = await gql(token, CATALOGUE, { clusterId: world.id });
      expect(response.data?.resourceCatalogue.length).toBeGreaterThanOrEqual(10);
    }
    const response = await gql(world.city('Langfang').officer, CATALOGUE, { clusterId: world.id });
    const pump = response.data!.resourceCatalogue.find((type: { id: string }) => type.id === 'mobile-pump-unit');
    expect(pump).toMatchObject({
      unit: 'unit',
      tiers: [{ tier: 'I', minimum: 3000, measure: 'm³/h' }, { tier: 'II' }, { tier: 'III' }],
    });
    const categories = new Set(
      response.data?.resourceCatalogue.flatMap((type: { categories: string[] }) => type.categories),
    );
    expect([...categories].sort()).toEqual([
      'ACCIDENT',
      'NATURAL_DISASTER',
      'PUBLIC_HEALTH',
      'SOCIAL_SECURITY',
      'TECHNOLOGY_CYBER',
    ]);
  });

  test('the coordinator adds a type and changes it at the version read; the change is audited', async () => {
    const world = await catalogued();
    const sonar = sonarIn(world);
    const token = world.coordinator;
    const added = await gql(token, DEFINE, { input: sonar });
    expect(added.data?.defineResourceType).toEqual({
      id: 'sonar-boat',
      name: 'Side-scan sonar boat',
      version: 1,
      tiers: [{ tier: 'II', minimum: 50 }],
    });
    const again = await gql(token, DEFINE, { input: sonar });
    expect(onlyError(again)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already has a resource type "sonar-boat"/) as string,
    });
    const changed = await gql(token, DEFINE, { input: { ...sonar, name: 'Sonar search boat', expectedVersion: 1 } });
    expect(changed.data?.defineResourceType).toMatchObject({ name: 'Sonar search boat', version: 2 });
    const stale = await gql(token, DEFINE, { input: { ...sonar, expectedVersion: 1 } });
    expect(onlyError(stale)).toMatchObject({ code: 'CONFLICT', extensions: { yourVersion: 1, currentVersion: 2 } });
    const audit = await gql<{ auditLog: { nodes: Array<{ action: string; versionAfter: number }> } }>(
      token,
      'query ($clusterId: ID!) { auditLog(clusterId: $clusterId, filter: { targetId: "sonar-boat" }) { nodes { action versionAfter } } }',
      { clusterId: world.id },
    );
    expect(audit.data?.auditLog.nodes).toEqual([
      { action: 'RESOURCE_TYPE_CHANGED', versionAfter: 2 },
      { action: 'RESOURCE_TYPE_ADDED', versionAfter: 1 },
    ]);
  });

  test('only the coordination office maintains the catalogue, and only its own', async () => {
    const [world, other] = await Promise.all([catalogued(), catalogued()]);
    const sonar = sonarIn(world);
    expect(
      onlyError(await gql(world.city('Langfang').officer, DEFINE, { input: { ...sonar, id: 'x-1' } })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: "Only the coordination office maintains the cluster's resource catalogue.",
    });
    expect(onlyError(await gql(world.superior, DEFINE, { input: { ...sonar, id: 'x-2' } })).code).toBe('FORBIDDEN');
    expect(onlyError(await gql(world.evaluator.token, DEFINE, { input: { ...sonar, id: 'x-3' } })).code).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await gql(other.coordinator, DEFINE, { input: { ...sonar, id: 'x-4' } })).code).toBe('NOT_FOUND');
    expect(onlyError(await gql(other.coordinator, CATALOGUE, { clusterId: world.id })).code).toBe('NOT_FOUND');
  });
});
