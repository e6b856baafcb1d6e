import { gql, onlyError } from '../support/api';
import { AgreementBuilder, agreementInForce, hoursFrom } from '../support/builders';
import { runUpkeepJob, testClock } from '../support/clock';
import { deliverAnnouncements } from '../support/notifications';
import { CONFIRM, REPORT } from '../support/operations';
import { aCluster, officerToken, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

afterEach(() => testClock.reset());

const INBOX = graphql(`
  query NotificationsInbox($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        type
        at
        message
        read
        readAt
        clusterId
        eventId
        obligationId
        cityId
        obligation {
          id
          dueAt
        }
        event {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
`);
const MARK_READ = graphql(`
  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      id
      read
      readAt
    }
  }
`);

/** A cluster under an accident agreement: the origin reports within an hour and commands within two; the office publishes a bulletin within six. */
async function accidentCluster(): Promise<BuiltCluster> {
  const world = await aCluster({ cities: ['Langfang', 'Beijing', 'Tianjin'] }).build();
  await agreementInForce(
    world.coordinator,
    new AgreementBuilder()
      .with({ clusterId: world.id, partyCityIds: world.cityIds(), categories: ['ACCIDENT'] })
      .duty('ORIGIN', 'REPORT', 'PT1H', { id: 'report' })
      .duty('ORIGIN', 'JOINT_RESPONSE', 'PT2H', { id: 'command' })
      .duty('COORDINATION_OFFICE', 'SHARE_INFORMATION', 'PT6H', { id: 'bulletin' })
      .build(),
  );
  // Putting the agreement in force told its parties of the proposal: delivered and read now, and left out of
  // `inboxOf`, so each test reads the inbox of what it does itself.
  await deliverAnnouncements();
  for (const token of [world.coordinator, ...world.cities.map((city) => city.officer)]) {
    const ids = (await gql(token, INBOX, { first: 50 })).data!.notifications.nodes.map((n) => n.id);
    if (ids.length) expect((await gql(token, MARK_READ, { input: { ids } })).errors).toBeUndefined();
  }
  return world;
}

async function confirmedAccident(world: BuiltCluster): Promise<string> {
  const reported = await gql(world.city('Langfang').officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'ACCIDENT',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city('Langfang').id,
      affectedCityIds: [world.city('Beijing').id],
      location: { description: 'Industrial park' },
      description: 'Chemical tank leak',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(reported.errors).toBeUndefined();
  const eventId = reported.data!.reportRiskEvent.id;
  const confirmed = await gql(world.coordinator, CONFIRM, { input: { eventId } });
  expect(confirmed.errors).toBeUndefined();
  return eventId;
}

const inboxOf = async (token: string, variables: { first?: number; after?: string; unreadOnly?: boolean } = {}) => {
  const response = await gql(token, INBOX, { first: 50, ...variables });
  expect(response.errors).toBeUndefined();
  const { notifications } = response.data!;
  const nodes = notifications.nodes.filter((n) => n.type !== 'AGREEMENT_PROPOSED');
  return { ...response.data!, notifications: { ...notifications, nodes } };
};

describe('a confirmed event tells each obligee what it now owes', () => {
  test("the obligations reach their obligees' inboxes and no one else's, in this cluster or another", async () => {
    testClock.setTo('2026-12-01T08:00:00.000Z');
    const world = await accidentCluster();
    const other = await accidentCluster();
    const eventId = await confirmedAccident(world);
    expect((await deliverAnnouncements()).delivered).toBe(3);

    const langfang = await inboxOf(world.city('Langfang').officer);
    expect(langfang.unreadNotificationCount).toBe(2);
    expect(langfang.notifications.nodes.map((n) => n.type)).toEqual(['OBLIGATION_CREATED', 'OBLIGATION_CREATED']);
    for (const notification of langfang.notifications.nodes) {
      expect(notification).toMatchObject({
        read: false,
        clusterId: world.id,
        eventId,
        cityId: world.city('Langfang').id,
      });
      expect(notification.message).toMatch(
        /^Langfang now owes ".+" for the accident event "Chemical tank leak", due by 2026-12-01 (09|10):00 UTC\.$/,
      );
      expect(notification.obligation?.id).toBe(notification.obligationId);
      expect(notification.event?.id).toBe(eventId);
    }
    const office = await inboxOf(world.coordinator);
    expect(office.notifications.nodes.map((n) => [n.type, n.message])).toEqual([
      [
        'OBLIGATION_CREATED',
        expect.stringMatching(/^The coordination office now owes .+ due by 2026-12-01 14:00 UTC\.$/),
      ],
    ]);

    // Beijing is affected but owes nothing under this agreement; the other cluster is told nothing at all.
    for (const token of [
      world.city('Beijing').officer,
      world.city('Tianjin').officer,
      other.coordinator,
      other.city('Langfang').officer,
    ]) {
      const inbox = await inboxOf(token);
      expect(inbox.notifications.nodes).toEqual([]);
      expect(inbox.unreadNotificationCount).toBe(0);
    }
  });

  test('confirming again (a retry) announces nothing twice', async () => {
    const world = await accidentCluster();
    const eventId = await confirmedAccident(world);
    await deliverAnnouncements();
    const again = await gql(world.coordinator, CONFIRM, { input: { eventId } });
    expect(again.errors).toBeUndefined();
    expect(await deliverAnnouncements()).toEqual({ announcements: 0, delivered: 0 });
    expect((await inboxOf(world.city('Langfang').officer)).notifications.nodes).toHaveLength(2);
  });
});

describe('marking notifications read', () => {
  test('marks the caller’s own, newest first pages stay whole, and the unread list and count follow', async () => {
    const world = await accidentCluster();
    await confirmedAccident(world);
    await deliverAnnouncements();
    const officer = world.city('Langfang').officer;
    const first = await inboxOf(officer, { first: 1, unreadOnly: true });
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await inboxOf(officer, {
      first: 1,
      after: first.notifications.pageInfo.endCursor!,
      unreadOnly: true,
    });
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);
    const [newest, oldest] = [first.notifications.nodes[0], second.notifications.nodes[0]];
    expect(newest.id).not.toBe(oldest.id);
    expect(newest.at >= oldest.at).toBe(true);

    testClock.setTo(new Date(Date.now() + 60_000).toISOString());
    const marked = await gql(officer, MARK_READ, { input: { ids: [oldest.id] } });
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markNotificationsRead).toEqual([{ id: oldest.id, read: true, readAt: testClock.now() }]);

    const after = await inboxOf(officer);
    expect(after.unreadNotificationCount).toBe(1);
    expect(after.notifications.nodes.find((n) => n.id === oldest.id)?.read).toBe(true);
    expect((await inboxOf(officer, { unreadOnly: true })).notifications.nodes.map((n) => n.id)).toEqual([newest.id]);

    // Marking it again changes nothing and counts nothing twice.
    const again = await gql(officer, MARK_READ, { input: { ids: [oldest.id] } });
    expect(again.data!.markNotificationsRead[0].read).toBe(true);
    expect((await inboxOf(officer)).unreadNotificationCount).toBe(1);

    // Another officer of the same city shares the city's inbox.
    const colleague = await officerToken(world.id, world.city('Langfang').id, 'Langfang', 'second-officer');
    expect((await inboxOf(colleague)).unreadNotificationCount).toBe(1);
  });

  test("someone else's notification is NOT_FOUND, and nothing in the request is marked", async () => {
    const world = await accidentCluster();
    const other = await accidentCluster();
    await confirmedAccident(world);
    await confirmedAccident(other);
    await deliverAnnouncements();
    const [own] = (await inboxOf(world.city('Langfang').officer)).notifications.nodes;
    const [office] = (await inboxOf(world.coordinator)).notifications.nodes;
    const [otherCluster] = (await inboxOf(other.city('Langfang').officer)).notifications.nodes;

    for (const foreign of [office.id, otherCluster.id, own.id.toUpperCase(), 'ntf-nope']) {
      const refused = await gql(world.city('Langfang').officer, MARK_READ, { input: { ids: [own.id, foreign] } });
      expect(onlyError(refused)).toMatchObject({
        code: 'NOT_FOUND',
        message: `You have no notification with id "${foreign}". Nothing was marked read.`,
      });
    }
    // The office's own notification is not the city's to mark, even within the cluster, and the other way round.
    expect(onlyError(await gql(world.coordinator, MARK_READ, { input: { ids: [own.id] } })).code).toBe('NOT_FOUND');
    expect((await inboxOf(world.city('Langfang').officer)).unreadNotificationCount).toBe(2);
    expect((await inboxOf(world.coordinator)).unreadNotificationCount).toBe(1);
    expect((await inboxOf(other.city('Langfang').officer)).unreadNotificationCount).toBe(2);
  });

  test('asking for none, or more than 50 at once, is refused', async () => {
    const world = await aCluster({ cities: 1 }).build();
    const none = await gql(world.coordinator, MARK_READ, { input: { ids: [] } });
    expect(onlyError(none).code).toBe('BAD_USER_INPUT');
    const many = await gql(world.coordinator, MARK_READ, {
      input: { ids: Array.from({ length: 51 }, (_, index) => `ntf-${index}`) },
    });
    expect(onlyError(many)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { max: 50 } });
  });
});

describe('reminders before a deadline', () => {
  test('the obligee is reminded once per obligation, even with two job runs at once', async () => {
    testClock.setTo('2026-12-01T08:00:00.000Z');
    const world = await accidentCluster();
    await confirmedAccident(world);
    await deliverAnnouncements();
    // Confirmed at 08:00: the report (due 09:00) is reminded from 08:45 (a quarter of an hour), the command (due 10:00)
    // from 09:30, the bulletin (due 14:00) from 12:30.
    testClock.setTo('2026-12-01T08:50:00.000Z');
    // (Earlier tests of this file left clusters with obligations due at the same time: they are reminded too.)
    const runs = await Promise.all([runUpkeepJob(), runUpkeepJob(), runUpkeepJob()]);
    const reminded = runs.map((run) => run.reminded).reduce((a, b) => a + b);
    expect(reminded).toBeGreaterThanOrEqual(1);
    // The job also announces the earlier tests' obligations now overdue: at least the reminders are delivered.
    expect((await deliverAnnouncements()).announcements).toBeGreaterThanOrEqual(reminded);
    expect((await runUpkeepJob()).reminded).toBe(0);

    const langfang = await inboxOf(world.city('Langfang').officer);
    const reminders = langfang.notifications.nodes.filter((n) => n.type === 'OBLIGATION_DUE_SOON');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].message).toMatch(/^Reminder: Langfang owes .+ by 2026-12-01 09:00 UTC, within 10 minutes\.$/);
    expect((await inboxOf(world.coordinator)).notifications.nodes.map((n) => n.type)).toEqual(['OBLIGATION_CREATED']);
  });

  test('an overdue obligation is announced to its obligee and the office, once', async () => {
    testClock.setTo('2026-12-01T08:00:00.000Z');
    const world = await accidentCluster();
    await confirmedAccident(world);
    testClock.setTo('2026-12-01T09:05:00.000Z');
    await Promise.all([runUpkeepJob(), runUpkeepJob()]);
    await deliverAnnouncements();
    const overdue = (await inboxOf(world.city('Langfang').officer)).notifications.nodes.filter(
      (n) => n.type === 'OBLIGATION_OVERDUE',
    );
    expect(overdue.map((n) => n.message)).toEqual([
      expect.stringMatching(
        /^Langfang missed the deadline of 2026-12-01 09:00 UTC for .+; it is now recorded as late\.$/,
      ),
    ]);
    const office = (await inboxOf(world.coordinator)).notifications.nodes;
    expect(office.filter((n) => n.type === 'OBLIGATION_OVERDUE').map((n) => n.obligationId)).toEqual([
      overdue[0].obligationId,
    ]);
  });
});

describe('written with the fact', () => {
  test('a transaction that fails announces nothing; the same one that commits announces once', async () => {
    const world = await aCluster({ cities: ['Langfang'] }).build();
    await deliverAnnouncements();
    const { conditionOn, transaction } = await import('../../src/store/kernel');
    const { ClusterEntity } = await import('../../src/store/entities');
    const { obligationOverdue } = await import('../../src/domain/notifications/announcements');
    const announcement = obligationOverdue(
      {
        obligationId: `obl-${world.id}`,
        clusterId: world.id,
        agreementId: 'agr',
        cityId: world.city('Langfang').id,
        cityName: 'Langfang',
        action: 'Report the situation',
        dueAt: '2026-12-01T09:00:00.000Z',
      },
      testClock.now(),
    );
    const refused = new Error('the cluster exists');
    const failing = transaction()
      .check(
        'cluster absent',
        conditionOn(ClusterEntity)
          .check({ clusterId: world.id })
          .where(({ clusterId }, { notExists }) => notExists(clusterId)),
        () => refused,
      )
      .announce(announcement);
    await expect(failing.commit()).rejects.toBe(refused);
    expect(await deliverAnnouncements()).toEqual({ announcements: 0, delivered: 0 });

    await transaction().announce(announcement).commit();
    await transaction().announce(announcement).commit();
    expect(await deliverAnnouncements()).toEqual({ announcements: 1, delivered: 2 });
    expect((await inboxOf(world.city('Langfang').officer)).unreadNotificationCount).toBe(1);
    expect((await inboxOf(world.coordinator)).unreadNotificationCount).toBe(1);
  });
});
