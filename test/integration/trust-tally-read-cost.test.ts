import { meterReads } from '../../scripts/bench/read-meter';
import { countDynamoCalls } from '../../scripts/lib/call-counter';
import { dynamoClients } from '../../src/store/client';
import { gql } from '../support/api';
import { testClock } from '../support/clock';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

afterAll(() => testClock.reset());

const DAY_MS = 86_400_000;
const CITIES = ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'];

const RECORD = graphql(`
  mutation TrustTallyReadCostRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const RANKING = graphql(`
  query TrustTallyReadCostRanking($clusterId: ID!) {
    clusterTrust(clusterId: $clusterId) {
      members {
        rank
        standing {
          city {
            id
            name
          }
          score
          lowerBound
          recordsCounted
        }
      }
      coordinationOffice {
        score
      }
    }
  }
`);
const STANDING = graphql(`
  query TrustTallyReadCostStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      lowerBound
      recordsCounted
      trend {
        score
      }
      change
      direction
      summary
    }
  }
`);

/** The instants of a city's records: one a month over the last year, so the trend has something every month. */
const MONTHLY = Array.from({ length: 12 }, (_, i) => i * 30 + 3);

async function record(world: BuiltCluster, city: string, daysAgo: number, n: number): Promise<void> {
  const response = await gql(world.coordinator, RECORD, {
    input: {
      clusterId: world.id,
      cityId: world.city(city).id,
      kind: n % 3 === 0 ? 'NON_COOPERATION' : 'SLOW_RESPONSE',
      note: `Response ${n} was slow.`,
      evidence: { text: 'Duty log' },
      at: new Date(Date.parse(testClock.now()) - daysAgo * DAY_MS).toISOString(),
      agreementId: world.agreement('agr-jjj-accidents'),
    },
  });
  expect(response.errors).toBeUndefined();
}

test('the ranking and a standing with its trend read the same calls and items whatever the number of records', async () => {
  testClock.setTo('2026-09-20T10:00:00.000Z');
  const world = await aCluster({ cities: CITIES, agreements: ['agr-jjj-accidents'] }).build();
  let n = 0;
  for (const city of CITIES) for (const daysAgo of MONTHLY) await record(world, city, daysAgo, n++);

  // A partner reads the standing as every member may: score, trend and the summary without the records behind it
  // (those who may read the records get them computed from the records, when they ask).
  const partner = world.city('Beijing').officer;
  const counter = countDynamoCalls(dynamoClients);
  const meter = meterReads(dynamoClients);
  const cost = async () => {
    // Once first, so what a container reads once (the caller's scope, the tallies' marker) is behind both.
    await gql(world.coordinator, RANKING, { clusterId: world.id });
    await gql(partner, STANDING, { cityId: world.city('Tianjin').id });
    counter.reset();
    meter.reset();
    const ranking = await gql(world.coordinator, RANKING, { clusterId: world.id });
    const rankingCost = { calls: { ...counter.byCommand }, items: meter.itemsRead };
    counter.reset();
    meter.reset();
    const standing = await gql(partner, STANDING, { cityId: world.city('Tianjin').id });
    const standingCost = { calls: { ...counter.byCommand }, items: meter.itemsRead };
    expect(ranking.errors).toBeUndefined();
    expect(standing.errors).toBeUndefined();
    return { ranking: ranking.data!.clusterTrust, rankingCost, standing: standing.data!.trustStanding, standingCost };
  };

  const few = await cost();
  // Fifty more records about Tianjin, in the months it already has records in.
  for (let i = 0; i < 50; i++) await record(world, 'Tianjin', MONTHLY[i % MONTHLY.length], n++);
  const many = await cost();

  const tianjin = (ranking: typeof few.ranking) =>
    ranking.members.find((member) => member.standing.city?.name === 'Tianjin')!.standing;
  expect(tianjin(many.ranking).recordsCounted).toBe(tianjin(few.ranking).recordsCounted + 50);
  expect(many.standing.score).toBeLessThan(few.standing.score);
  expect(many.rankingCost).toEqual(few.rankingCost);
  expect(many.standingCost).toEqual(few.standingCost);
  // The members' tallies are one BatchGetItem; the records themselves are not read.
  expect(few.rankingCost.items).toBeLessThan(CITIES.length * MONTHLY.length);
}, 120_000);
