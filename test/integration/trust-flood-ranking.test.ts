import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { CONFIRM, FULFIL, OBLIGATIONS, REPORT } from '../support/operations';
import { runUpkeepJob } from '../support/clock';
import { aCluster, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

const RECORD = graphql(`
  mutation FloodRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const RANKING = graphql(`
  query FloodRanking($clusterId: ID!) {
    clusterTrust(clusterId: $clusterId) {
      minimumEvidenceToRank
      members {
        rank
        ranked
        note
        standing {
          city {
            id
          }
          score
          lowerBound
          positiveEvidence
          negativeEvidence
          recordsCounted
        }
      }
    }
  }
`);
const EXPLAINED = graphql(`
  query FloodExplained($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      change
      summary
      driverGroups {
        kind
        kindLabel
        event {
          id
        }
        records
        effect
        pointsShown
        explanation
      }
    }
  }
`);
const PUBLIC = graphql(`
  query FloodPublic($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      lowerBound
      summary
    }
  }
`);
const GROUPS_ONLY = graphql(`
  query FloodGroupsOnly($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      driverGroups {
        effect
      }
    }
  }
`);
const SETTINGS = graphql(`
  mutation FloodSettings($input: SetTrustSettingsInput!) {
    setTrustSettings(input: $input) {
      version
      trustSettings {
        trustHalfLifeDays
        minimumEvidenceToRank
      }
    }
  }
`);
const CLUSTER = graphql(`
  query FloodCluster($id: ID!) {
    cluster(id: $id) {
      version
      trustSettings {
        minimumEvidenceToRank
      }
    }
  }
`);

const DAY_MS = 86_400_000;
/** Duties the test's flood agreement gives every affected city; the standing Taihu agreement adds its monitoring duty. */
const FLOOD_DUTIES = 6;
const LATE_IN_FLOOD = FLOOD_DUTIES + 1;
/** Signed tenths from "+1.2 points" / "−30.0 points". */
const tenthsIn = (text: string) =>
  [...text.matchAll(/([+\u2212])(\d+\.\d) points/g)].map(
    ([, sign, value]) => (sign === '+' ? 1 : -1) * Math.round(Number(value) * 10),
  );

/**
 * The flood story: Jiaxing has a year of duties honoured every month; a Taihu flood activates seven duties for each
 * affected city (six of a flood agreement, and the standing Taihu agreement's monitoring). Jiaxing misses all seven,
 * Shanghai (which sent its pumps) meets four on time, two late and misses the monitoring. The yearly drill of the
 * standing agreement went unrecorded by all its parties (Huzhou's only record); Hangzhou, party to nothing, has no
 * record at all. The ranking must not reward Hangzhou for doing nothing, nor let one flood sink Jiaxing.
 */
describe('a flood in the Yangtze River Delta', () => {
  let world: BuiltCluster;
  let floodId: string;
  const id = (name: string) => world.city(name).id;
  const monthsOfGood = Array.from({ length: 12 }, (_, i) => 15 + 30 * i);

  beforeAll(async () => {
    // The Delta's twelve cities; the standing Taihu agreement binds Suzhou, Jiaxing, Shanghai and Huzhou.
    world = await aCluster({
      name: 'Yangtze River Delta',
      cities: [
        'Shanghai',
        'Nanjing',
        'Suzhou',
        'Wuxi',
        'Changzhou',
        'Nantong',
        'Hangzhou',
        'Ningbo',
        'Jiaxing',
        'Huzhou',
        'Shaoxing',
        'Hefei',
      ],
      agreements: ['agr-yrd-water'],
    }).build();
    const coordinator = world.coordinator;
    // A year of good record for Jiaxing: one fulfilment a month, the newest 15 days ago.
    for (const days of monthsOfGood) {
      const recorded = await gql(coordinator, RECORD, {
        input: {
          clusterId: world.id,
          cityId: id('Jiaxing'),
          agreementId: world.agreement('agr-yrd-water'),
          kind: 'FULFILLED',
          note: `Monthly intake readings shared on time (${days} days ago).`,
          evidence: { text: 'Coordination office duty log' },
          at: new Date(Date.now() - days * DAY_MS).toISOString(),
        },
      });
      expect(recorded.errors).toBeUndefined();
    }

    // The flood agreement: seven duties for every affected city, due one to seven hours after confirmation.
    const builder = new AgreementBuilder().with({
      clusterId: world.id,
      title: 'Taihu Basin flood mutual aid (test)',
      partyCityIds: [id('Suzhou'), id('Jiaxing'), id('Shanghai')],
      categories: ['NATURAL_DISASTER'],
    });
    for (let hour = 1; hour <= FLOOD_DUTIES; hour += 1)
      builder.duty('AFFECTED', hour % 2 ? 'SHARE_INFORMATION' : 'JOINT_RESPONSE', `PT${hour}H`);
    const agreementId = await agreementInForce(coordinator, builder.build());

    const now = new Date().toISOString();
    const reported = await gql(coordinator, REPORT, {
      input: {
        clusterId: world.id,
        category: 'NATURAL_DISASTER',
        level: 'II',
        warning: 'ORANGE',
        originCityId: id('Suzhou'),
        affectedCityIds: [id('Jiaxing'), id('Shanghai')],
        location: { latitude: 30.9, longitude: 120.5, description: 'Taihu southern shore' },
        description: 'Taihu overtopped its southern embankment after three days of rain.',
        observedAt: hoursFrom(now, -11),
      },
    });
    floodId = reported.data!.reportRiskEvent.id;
    const confirmedAt = hoursFrom(now, -10);
    expect((await gql(coordinator, CONFIRM, { input: { eventId: floodId, confirmedAt } })).errors).toBeUndefined();
    const listed = await gql(coordinator, OBLIGATIONS, {
      clusterId: world.id,
      filter: { agreementId },
      first: 50,
    });
    const obligations = listed.data!.obligations.nodes;
    const of = (cityId: string) =>
      obligations.filter((o) => o.city?.id === cityId).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    expect(of(id('Jiaxing'))).toHaveLength(FLOOD_DUTIES);
    expect(of(id('Shanghai'))).toHaveLength(FLOOD_DUTIES);

    // Shanghai meets its four later duties on time (half an hour after confirmation, by its report) ...
    const shanghai = world.city('Shanghai').officer;
    const [first, second, ...rest] = of(id('Shanghai'));
    for (const obligation of rest) {
      const done = await gql(shanghai, FULFIL, {
        input: {
          obligationId: obligation.id,
          expectedVersion: obligation.version,
          evidence: { text: 'Pumps and crews on site' },
          fulfilledAt: hoursFrom(confirmedAt, 0.5),
        },
      });
      expect(done.data?.fulfilObligation.status).toBe('FULFILLED');
    }
    // ... the overdue job records every duty still open past its time (Jiaxing's seven in the flood, Shanghai's first
    // two and its monitoring, the origin Suzhou's report and warning, every party's yearly drill) ...
    await runUpkeepJob();
    // ... and Shanghai then does the two it missed, late.
    for (const obligation of [first, second]) {
      const current = (
        await gql(shanghai, OBLIGATIONS, { clusterId: world.id, filter: { agreementId }, first: 50 })
      ).data!.obligations.nodes.find((o) => o.id === obligation.id)!;
      const done = await gql(shanghai, FULFIL, {
        input: { obligationId: obligation.id, expectedVersion: current.version, evidence: { text: 'Done, late' } },
      });
      expect(done.data?.fulfilObligation.status).toBe('FULFILLED_LATE');
    }
  });

  test('the ranking rewards honoured commitments, not inactivity, and one flood does not sink a long record', async () => {
    const ranking = await gql(world.coordinator, RANKING, { clusterId: world.id });
    const members = ranking.data!.clusterTrust.members;
    const member = (cityId: string) => members.find((m) => m.standing.city?.id === cityId)!;
    const jiaxing = member(id('Jiaxing'));
    const shanghai = member(id('Shanghai'));
    const suzhou = member(id('Suzhou'));
    const huzhou = member(id('Huzhou'));
    const hangzhou = member(id('Hangzhou'));

    // Jiaxing: r = Σ 0.5^(days / 365) over its twelve months; its seven late duties of one flood weigh together at
    // most 3, and the missed drill 1: s = 4. (With a lateness weighing twice a fulfilment and no cap, s would be 16 and
    // the score ≈ 0.36: one flood would have sunk a year of good record.)
    const r = monthsOfGood.reduce((sum, days) => sum + 0.5 ** (days / 365), 0);
    expect(jiaxing.standing.positiveEvidence).toBeCloseTo(r, 4);
    expect(jiaxing.standing.negativeEvidence).toBeCloseTo(3 + 1, 4);
    expect(jiaxing.standing.score).toBeCloseTo((r + 1) / (r + 4 + 2), 4);
    expect(jiaxing.standing.score).toBeGreaterThan(0.6);
    expect(jiaxing.standing.recordsCounted).toBe(12 + LATE_IN_FLOOD + 1);

    // Shanghai in the flood: four on time, two honoured late (each late record replaced by its late fulfilment: half
    // and half), one missed: r = 4 + 1, s = 1 + 1, weight 7 capped at 3: r = 15/7, s = 6/7; and the drill: s + 1.
    expect(shanghai.standing.recordsCounted).toBe(4 + 2 + 1 + 1);
    expect(shanghai.standing.positiveEvidence).toBeCloseTo(15 / 7, 4);
    expect(shanghai.standing.negativeEvidence).toBeCloseTo(6 / 7 + 1, 4);
    expect(shanghai.standing.score).toBeCloseTo(22 / 42, 4);

    // Ranked, by lower bound: the three with at least 3 records that count (Suzhou's late report, warning and drill),
    // ahead of every member without.
    expect(members.slice(0, 3).map((m) => [m.standing.city?.id, m.rank, m.ranked])).toEqual(
      [jiaxing, shanghai, suzhou]
        .sort((a, b) => b.standing.lowerBound - a.standing.lowerBound)
        .map((m, i) => [m.standing.city?.id, i + 1, true]),
    );
    expect(members[0].standing.city?.id).toBe(id('Jiaxing'));
    expect(members.slice(3).every((m) => !m.ranked && m.rank === null)).toBe(true);
    // Hangzhou, never asked, and Huzhou, one missed drill, are not ranked at all, and the notes say why.
    expect(hangzhou).toMatchObject({ standing: { score: 0.5, lowerBound: 0.1, recordsCounted: 0 } });
    expect(hangzhou.note).toMatch(/^Not ranked: no compliance record counts for it yet\./);
    expect(huzhou.note).toMatch(
      /^Not ranked: only 1 of its compliance records counts, too few to be sure of its standing\./,
    );
    for (const honouring of [jiaxing, shanghai]) {
      expect(honouring.standing.score).toBeGreaterThan(hangzhou.standing.score);
      expect(honouring.standing.lowerBound).toBeGreaterThan(hangzhou.standing.lowerBound);
    }
  });

  test('the explanation says where the points went, adding up to the change shown, and what would raise it', async () => {
    const explained = (await gql(world.city('Jiaxing').officer, EXPLAINED, { cityId: id('Jiaxing') })).data!
      .trustStanding;
    const groups = explained.driverGroups;
    expect(groups.reduce((sum, g) => sum + g.effect, 0)).toBeCloseTo(explained.change, 10);
    const flood = groups.find((g) => g.event?.id === floodId)!;
    expect(flood).toMatchObject({
      kind: 'LATE',
      kindLabel: 'Obligation not fulfilled on time',
      records: LATE_IN_FLOOD,
    });
    expect(flood.explanation).toMatch(
      /^7 obligations not fulfilled on time in the natural disaster at Taihu southern shore \(\d+ \w+ \d{4}\): \u2212\d+\.\d points$/,
    );
    expect(flood.effect).toBeLessThan(0);
    expect(tenthsIn(flood.explanation)).toEqual([Math.round(flood.pointsShown * 10)]);
    // The summary's parts add up to the change it states, in the points it shows.
    const sentence = explained.summary.match(/The change of [^:]+ over 12 months comes from: .*?\.(?= |$)/)![0];
    const [total, ...parts] = tenthsIn(sentence);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(Math.round(Number((explained.change * 100).toFixed(1)) * 10));
    expect(Math.round(groups.reduce((sum, g) => sum + g.pointsShown * 10, 0))).toBe(total);
    expect(explained.summary).toMatch(/One more obligation fulfilled on time would raise it to \d+\.\d points/);
    // Seven in the flood and the drill.
    expect(explained.summary).toMatch(
      /Fulfilling the 8 obligations still recorded as late would raise it to \d+\.\d points/,
    );
  });

  test('a partner sees the score and the bound, not where the points went', async () => {
    const suzhou = world.city('Suzhou').officer;
    expect(onlyError(await gql(suzhou, GROUPS_ONLY, { cityId: id('Jiaxing') })).code).toBe('FORBIDDEN');
    const seen = (await gql(suzhou, PUBLIC, { cityId: id('Jiaxing') })).data!.trustStanding;
    expect(seen.lowerBound).toBeGreaterThan(0.1);
    expect(seen.lowerBound).toBeLessThan(seen.score);
    expect(seen.summary).toMatch(/With 90% confidence it is at least \d+\.\d points/);
    expect(seen.summary).not.toMatch(/comes from|still recorded as late|Taihu/);
  });

  test('the coordinator sets the evidence a member needs to be ranked; it is checked and audited', async () => {
    const coordinator = world.coordinator;
    const cluster = (await gql(coordinator, CLUSTER, { id: world.id })).data!.cluster;
    expect(cluster.trustSettings.minimumEvidenceToRank).toBe(3);
    const input = { clusterId: world.id, expectedVersion: cluster.version, minimumEvidenceToRank: 50 };
    for (const refused of [-1, 101]) {
      expect(
        onlyError(await gql(coordinator, SETTINGS, { input: { ...input, minimumEvidenceToRank: refused } })),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/whole number of records from 0 to 100/) as string,
      });
    }
    expect(onlyError(await gql(world.city('Jiaxing').officer, SETTINGS, { input })).code).toBe('FORBIDDEN');
    const elsewhere = await aCluster({ cities: 1 }).build();
    expect(onlyError(await gql(elsewhere.coordinator, SETTINGS, { input })).code).toBe('NOT_FOUND');
    // Nothing refused changed anything.
    expect((await gql(coordinator, CLUSTER, { id: world.id })).data!.cluster).toEqual(cluster);

    const changed = await gql(coordinator, SETTINGS, { input });
    expect(changed.data?.setTrustSettings).toMatchObject({
      version: cluster.version + 1,
      trustSettings: { trustHalfLifeDays: 365, minimumEvidenceToRank: 50 },
    });
    // Jiaxing's 20 records that count are below 50: nobody is ranked now.
    const strict = (await gql(coordinator, RANKING, { clusterId: world.id })).data!.clusterTrust;
    expect(strict.minimumEvidenceToRank).toBe(50);
    expect(strict.members.every((m) => !m.ranked && m.rank === null)).toBe(true);
    expect(strict.members.find((m) => m.standing.city?.id === id('Jiaxing'))!.note).toMatch(
      /^Not ranked: only 20 of its compliance records count, too few to be sure of its standing\. The cluster ranks a member once 50 records count\./,
    );
    const audit = await gql<{ auditLog: { nodes: Array<{ action: string; changes: unknown }> } }>(
      coordinator,
      `query { auditLog(clusterId: "${world.id}", filter: { action: TRUST_SETTINGS_CHANGED }) { nodes { action changes } } }`,
    );
    expect(audit.data?.auditLog.nodes[0].changes).toMatchObject({
      trustSettings: [null, expect.objectContaining({ minimumEvidenceToRank: 50 })],
    });

    // With no minimum, everyone is ranked: Hangzhou, unknown, by its bound of 0.1, below Jiaxing and Shanghai.
    await gql(coordinator, SETTINGS, {
      input: { clusterId: world.id, expectedVersion: cluster.version + 1, minimumEvidenceToRank: 0 },
    });
    const all = (await gql(coordinator, RANKING, { clusterId: world.id })).data!.clusterTrust.members;
    expect(all.every((m) => m.ranked && m.rank !== null)).toBe(true);
    const rankOf = (cityId: string) => all.find((m) => m.standing.city?.id === cityId)!.rank!;
    expect(rankOf(id('Hangzhou'))).toBeGreaterThan(rankOf(id('Jiaxing')));
    expect(rankOf(id('Hangzhou'))).toBeGreaterThan(rankOf(id('Shanghai')));
  });
});
