import { DEFAULT_SEVERITY, standingAt } from '../../src/domain/trust/standing';
import { ComplianceRecordEntity, type StoredComplianceRecord } from '../../src/store/entities';
import { neverRefused, transaction } from '../../src/store/kernel';
import { readTotal } from '../../src/store/totals';
import { addTrustTallyMove, trustMoveOf, trustTallyKeys } from '../../src/store/trust-tallies';
import { gql } from '../support/api';
import { testClock } from '../support/clock';
import { aCluster } from '../support/world';
import { graphql } from '../generated';

afterAll(() => testClock.reset());

const CITIES = ['Beijing', 'Tianjin', 'Tangshan', 'Langfang', 'Baoding', 'Cangzhou'];
const DAY_MS = 86_400_000;

const RECORD = graphql(`
  mutation TrustTallyRacesRecord($input: RecordComplianceInput!) {
    recordCompliance(input: $input) {
      id
    }
  }
`);
const SETTINGS = graphql(`
  mutation TrustTallyRacesSettings($input: SetTrustSettingsInput!) {
    setTrustSettings(input: $input) {
      version
      trustSettings {
        trustHalfLifeDays
      }
    }
  }
`);
const STANDING = graphql(`
  query TrustTallyRacesStanding($cityId: ID!) {
    trustStanding(cityId: $cityId) {
      score
      negativeEvidence
      recordsCounted
    }
  }
`);

test('records written while a new half-life recomputes the tallies are each counted once, or refused with nothing changed', async () => {
  testClock.setTo('2026-07-01T08:00:00.000Z');
  const world = await aCluster({ cities: CITIES, agreements: ['agr-jjj-accidents'] }).build();
  const langfang = world.city('Langfang').id;
  const record = (n: number) =>
    gql(world.coordinator, RECORD, {
      input: {
        clusterId: world.id,
        cityId: langfang,
        kind: 'SLOW_RESPONSE',
        note: `Slow response ${n}.`,
        evidence: { text: 'Duty log' },
        at: new Date(Date.parse(testClock.now()) - n * 9 * DAY_MS).toISOString(),
        agreementId: world.agreement('agr-jjj-accidents'),
      },
    });
  for (let n = 0; n < 5; n++) expect((await record(n)).errors).toBeUndefined();

  // Three writers recording one after another, before, during and after the recomputation.
  const writer = async (first: number) => {
    const responses = [];
    for (let n = first; n < first + 30; n += 3) responses.push(await record(n));
    return responses;
  };
  const [changed, ...writers] = await Promise.all([
    gql(world.coordinator, SETTINGS, { input: { clusterId: world.id, expectedVersion: 1, trustHalfLifeDays: 90 } }),
    writer(5),
    writer(6),
    writer(7),
  ]);
  const written = writers.flat();
  expect(changed.errors).toBeUndefined();
  for (const response of written) if (response.errors) expect(response.errors[0].extensions?.code).toBe('CONFLICT');

  const { data } = await ComplianceRecordEntity.query.bySubject({ subjectKey: langfang }).go({ pages: 'all' });
  const stored = data.filter((item) => item.clusterId === world.id);
  // Every write refused left nothing behind; every write accepted is counted once.
  expect(stored).toHaveLength(5 + written.filter((response) => !response.errors).length);
  const expected = standingAt(
    stored.map((item) => ({
      recordId: item.recordId,
      kind: item.kind,
      severity: item.severity ?? DEFAULT_SEVERITY[item.kind],
      at: item.at,
      counts: true,
      note: '',
    })),
    testClock.now(),
    { halfLifeDays: 90 },
  );
  const shown = (await gql(world.coordinator, STANDING, { cityId: langfang })).data!.trustStanding;
  expect(shown.recordsCounted).toBe(stored.length);
  expect(Math.abs(shown.negativeEvidence - expected.negative)).toBeLessThan(1e-9 * expected.negative);
  expect(Math.abs(shown.score - expected.score)).toBeLessThan(1e-9 * expected.score);
  const marker = await readTotal(trustTallyKeys.marker(world.id));
  expect(Number(marker?.halfLifeDays)).toBe(90);
  expect(marker?.building).toBeUndefined();
}, 120_000);

test('a write prepared with the tallies of before a recomputation (another container) is refused, and changes nothing', async () => {
  testClock.setTo('2026-07-01T08:00:00.000Z');
  const world = await aCluster({ cities: CITIES, agreements: ['agr-jjj-accidents'] }).build();
  const tianjin = world.city('Tianjin').id;
  const now = testClock.now();
  const late: StoredComplianceRecord = {
    recordId: `cr_stale_${world.id}`,
    clusterId: world.id,
    kind: 'NON_COOPERATION',
    subjectKey: tianjin,
    cityId: tianjin,
    agreementId: world.agreement('agr-jjj-accidents'),
    supervision: 'VERTICAL',
    severity: 'SERIOUS',
    note: 'Did not send the liaison officer.',
    at: now,
    recordedAt: now,
    recordedBy: { id: 'test', name: 'Test', role: 'COORDINATOR' },
    automatic: false,
    disputeWindowEndsAt: now,
    status: 'STANDING',
    version: 1,
  };
  // Prepared against the tallies as they are, committed only after the half-life changed.
  const stale = await trustMoveOf({ after: late }, now);
  expect(stale?.marker.generation).toBe(1);
  const changed = await gql(world.coordinator, SETTINGS, {
    input: { clusterId: world.id, expectedVersion: 1, trustHalfLifeDays: 120 },
  });
  expect(changed.errors).toBeUndefined();
  const before = (await gql(world.coordinator, STANDING, { cityId: tianjin })).data!.trustStanding;
  await expect(
    addTrustTallyMove(
      transaction().create('record', ComplianceRecordEntity.create(late), neverRefused),
      stale,
    ).commit(),
  ).rejects.toThrow(/recomputed/);
  expect((await gql(world.coordinator, STANDING, { cityId: tianjin })).data!.trustStanding).toEqual(before);
  expect(before.recordsCounted).toBe(0);
  const { data } = await ComplianceRecordEntity.get({ recordId: late.recordId }).go();
  expect(data).toBeNull();
}, 120_000);
