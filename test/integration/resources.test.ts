import { demoToken, gql, onlyError } from '../support/api';
import { officerOf } from '../support/builders';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';
import type { DefineResourceTypeInput } from '../generated/graphql';

beforeAll(freshTableWithDemoData);

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
const sonar: DefineResourceTypeInput = {
  clusterId: 'cluster-jjj',
  id: 'sonar-boat',
  name: 'Side-scan sonar boat',
  unit: 'boat',
  description: 'Underwater search after floods',
  categories: ['NATURAL_DISASTER'],
  tiers: [{ tier: 'II', capability: 'Side-scan sonar, 50 m swath', minimum: 50, measure: 'm swath' }],
};

describe('resource catalogue', () => {
  test('every role of the cluster reads the seeded catalogue, which covers every risk category', async () => {
    for (const token of [
      await demoToken('demo-coordinator-jjj'),
      await demoToken('demo-city-langfang'),
      await demoToken('demo-evaluator-jjj'),
      await demoToken('demo-superior'),
    ]) {
      const response = await gql(token, CATALOGUE, { clusterId: 'cluster-jjj' });
      expect(response.data?.resourceCatalogue.length).toBeGreaterThanOrEqual(10);
    }
    const response = await gql(await demoToken('demo-city-langfang'), CATALOGUE, { clusterId: 'cluster-jjj' });
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
    const token = await demoToken('demo-coordinator-jjj');
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
      '{ auditLog(clusterId: "cluster-jjj", filter: { targetId: "sonar-boat" }) { nodes { action versionAfter } } }',
    );
    expect(audit.data?.auditLog.nodes).toEqual([
      { action: 'RESOURCE_TYPE_CHANGED', versionAfter: 2 },
      { action: 'RESOURCE_TYPE_ADDED', versionAfter: 1 },
    ]);
  });

  test('only the coordination office maintains the catalogue, and only its own', async () => {
    expect(
      onlyError(await gql(await officerOf('city-langfang', 'cluster-jjj'), DEFINE, { input: { ...sonar, id: 'x-1' } })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: "Only the coordination office maintains the cluster's resource catalogue.",
    });
    expect(
      onlyError(await gql(await demoToken('demo-superior'), DEFINE, { input: { ...sonar, id: 'x-2' } })).code,
    ).toBe('FORBIDDEN');
    expect(
      onlyError(await gql(await demoToken('demo-evaluator-jjj'), DEFINE, { input: { ...sonar, id: 'x-3' } })).code,
    ).toBe('FORBIDDEN');
    expect(
      onlyError(await gql(await demoToken('demo-coordinator-yrd'), DEFINE, { input: { ...sonar, id: 'x-4' } })).code,
    ).toBe('NOT_FOUND');
    expect(
      onlyError(await gql(await demoToken('demo-coordinator-yrd'), CATALOGUE, { clusterId: 'cluster-jjj' })).code,
    ).toBe('NOT_FOUND');
  });
});
