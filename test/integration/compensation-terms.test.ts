import { gql, onlyError } from '../support/api';
import { AgreementBuilder } from '../support/builders';
import { AMEND, DRAFT, UPDATE_DRAFT } from '../support/operations';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';
import type { CompensationTermsInput } from '../generated/graphql';

// The terms are spelled out twice rather than as a fragment: a fragment spread counts as a level of query depth.
const READ = graphql(`
  query CompensationTermsRead($id: ID!) {
    agreement(id: $id) {
      version
      inForce {
        compensation {
          currency
          filingWindow
          coveredKinds {
            kind
            capPerClaim {
              amountMinor
              currency
            }
          }
          capPerClaim {
            amountMinor
          }
          capPerEvent {
            amountMinor
          }
          sharingRule {
            kind
            fundBasisPoints
            shares {
              city {
                id
              }
              basisPoints
            }
            remainderRule {
              kind
              shares {
                city {
                  id
                }
                basisPoints
              }
            }
          }
          inKind {
            form
            description
            value {
              amountMinor
              currency
            }
          }
        }
      }
      pending {
        number
        compensation {
          currency
          filingWindow
          coveredKinds {
            kind
            capPerClaim {
              amountMinor
              currency
            }
          }
          capPerClaim {
            amountMinor
          }
          capPerEvent {
            amountMinor
          }
          sharingRule {
            kind
            fundBasisPoints
            shares {
              city {
                id
              }
              basisPoints
            }
            remainderRule {
              kind
              shares {
                city {
                  id
                }
                basisPoints
              }
            }
          }
          inKind {
            form
            description
            value {
              amountMinor
              currency
            }
          }
        }
      }
    }
  }
`);
/** A cluster of the test's own: the Taipu agreement's parties (in force between them), and Hefei, a member only. */
const taipuCluster = () =>
  aCluster({ cities: ['Suzhou', 'Jiaxing', 'Shanghai', 'Huzhou', 'Hefei'], agreements: ['agr-yrd-water'] }).build();
/** A draft between Suzhou, Jiaxing and Shanghai. */
const draftIn = (world: BuiltCluster) =>
  new AgreementBuilder()
    .with({ clusterId: world.id, partyCityIds: ['Suzhou', 'Jiaxing', 'Shanghai'].map((name) => world.city(name).id) })
    .duty('ORIGIN', 'REPORT', 'PT2H')
    .build();
const termsIn = (world: BuiltCluster): CompensationTermsInput => ({
  coveredKinds: [
    { kind: 'TRANSPORT', capPerClaim: { amountMinor: '1000000', currency: 'CNY' } },
    { kind: 'PERSONNEL_HOURS' },
  ],
  capPerClaim: { amountMinor: '5000000', currency: 'CNY' },
  filingWindow: 'P90D',
  sharingRule: {
    kind: 'FIXED_SHARES',
    shares: [
      { cityId: world.city('Suzhou').id, basisPoints: 5000 },
      { cityId: world.city('Jiaxing').id, basisPoints: 3000 },
      { cityId: world.city('Shanghai').id, basisPoints: 2000 },
    ],
  },
});

describe('compensation terms on agreements', () => {
  test('drafted with the agreement, read back exactly, and kept in an amendment', async () => {
    const world = await taipuCluster();
    const token = world.coordinator;
    const draft = await gql(token, DRAFT, {
      input: { ...draftIn(world), compensation: termsIn(world) },
    });
    expect(draft.errors).toBeUndefined();
    const read = await gql(token, READ, { id: draft.data!.draftAgreement.id });
    expect(read.data!.agreement.pending!.compensation).toEqual({
      currency: 'CNY',
      filingWindow: 'P90D',
      coveredKinds: [
        { kind: 'TRANSPORT', capPerClaim: { amountMinor: '1000000', currency: 'CNY' } },
        { kind: 'PERSONNEL_HOURS', capPerClaim: null },
      ],
      capPerClaim: { amountMinor: '5000000' },
      capPerEvent: null,
      // Shares come back in a canonical order (by city id), so equal terms compare equal.
      sharingRule: {
        kind: 'FIXED_SHARES',
        fundBasisPoints: null,
        remainderRule: null,
        shares: [
          { city: { id: world.city('Jiaxing').id }, basisPoints: 3000 },
          { city: { id: world.city('Shanghai').id }, basisPoints: 2000 },
          { city: { id: world.city('Suzhou').id }, basisPoints: 5000 },
        ],
      },
      inKind: [],
    });
    const cleared = await gql(token, UPDATE_DRAFT, {
      input: { agreementId: draft.data!.draftAgreement.id, expectedVersion: 1, clearCompensation: true },
    });
    expect(cleared.errors).toBeUndefined();
    expect(
      (await gql(token, READ, { id: draft.data!.draftAgreement.id })).data!.agreement.pending!.compensation,
    ).toBeNull();
  });

  test('the seeded Taipu agreement: 40% from the regional fund, the rest by population; an amendment starts from the same terms', async () => {
    const world = await taipuCluster();
    const token = world.coordinator;
    const taipu = world.agreement('agr-yrd-water');
    const read = await gql(token, READ, { id: taipu });
    expect(read.data!.agreement.inForce!.compensation!.sharingRule).toEqual({
      kind: 'FUND_COVERS',
      fundBasisPoints: 4000,
      shares: [],
      remainderRule: { kind: 'POPULATION_WEIGHTED', shares: [] },
    });
    const amended = await gql(token, AMEND, {
      input: { agreementId: taipu, expectedVersion: read.data!.agreement.version },
    });
    expect(amended.errors).toBeUndefined();
    const after = await gql(token, READ, { id: taipu });
    expect(after.data!.agreement.pending!.compensation).toEqual(after.data!.agreement.inForce!.compensation);
  });

  test.each<[string, (world: BuiltCluster, terms: CompensationTermsInput) => CompensationTermsInput]>([
    [
      'shares that do not add up to 100%',
      (world, terms) => ({
        ...terms,
        sharingRule: { kind: 'FIXED_SHARES', shares: [{ cityId: world.city('Suzhou').id, basisPoints: 5000 }] },
      }),
    ],
    ['a float amount', (_world, terms) => ({ ...terms, capPerClaim: { amountMinor: '50000.5', currency: 'CNY' } })],
    [
      'a share for a non-party',
      (world, terms) => ({
        ...terms,
        sharingRule: { kind: 'FIXED_SHARES', shares: [{ cityId: world.city('Hefei').id, basisPoints: 10000 }] },
      }),
    ],
    [
      'a fund part over 100%',
      (_world, terms) => ({
        ...terms,
        sharingRule: { kind: 'FUND_COVERS', fundBasisPoints: 12000, remainderRule: { kind: 'EQUAL_SHARE' } },
      }),
    ],
  ])('terms with %s are refused', async (_name, compensationIn) => {
    const world = await taipuCluster();
    const response = await gql(world.coordinator, DRAFT, {
      input: { ...draftIn(world), compensation: compensationIn(world, termsIn(world)) },
    });
    expect(onlyError(response).code).toBe('BAD_USER_INPUT');
  });
});
