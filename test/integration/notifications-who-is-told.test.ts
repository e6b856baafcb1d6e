import { gql, onlyError } from '../support/api';
import { aFloodCluster, pumpsAt, requestPumps } from '../support/aid';
import { hoursFrom } from '../support/builders';
import { testClock } from '../support/clock';
import { deliverAnnouncements } from '../support/notifications';
import { ACCEPT_AID_OFFER, DECLINE_AID_OFFER, ESCALATE, OFFER_AID, REPORT } from '../support/operations';
import { aCluster, superiorOver, type BuiltCluster } from '../support/world';
import { graphql } from '../generated';

afterEach(() => testClock.reset());

const INBOX = graphql(`
  query NotificationsWhoIsTold {
    notifications(first: 100) {
      nodes {
        id
        type
        message
        clusterId
        eventId
        aidRequestId
        aidOfferId
        evaluationId
      }
    }
    unreadNotificationCount
  }
`);
const AVAILABILITY = graphql(`
  query NotificationsWhoIsToldAvailability($id: ID!) {
    resourceAvailability(requestId: $id) {
      city {
        id
      }
    }
  }
`);
const OPEN_EVALUATION = graphql(`
  mutation NotificationsWhoIsToldOpenEvaluation($input: OpenEvaluationInput!) {
    openEvaluation(input: $input) {
      id
    }
  }
`);
const SET_SETTINGS = graphql(`
  mutation NotificationsWhoIsToldSettings($input: SetNotificationSettingsInput!) {
    setNotificationSettings(input: $input) {
      version
      notificationSettings {
        reminderLeadTime
      }
    }
  }
`);
const CLUSTER = graphql(`
  query NotificationsWhoIsToldCluster($id: ID!) {
    cluster(id: $id) {
      version
      notificationSettings {
        reminderLeadTime
      }
    }
  }
`);

const inboxOf = async (token: string) => {
  const response = await gql(token, INBOX);
  expect(response.errors).toBeUndefined();
  return response.data!.notifications.nodes;
};
const typesOf = async (token: string) => (await inboxOf(token)).map((notification) => notification.type);

async function reported(world: BuiltCluster, origin: string): Promise<string> {
  const response = await gql(world.city(origin).officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city(origin).id,
      affectedCityIds: [],
      location: { description: 'Haihe embankment' },
      description: 'River breach',
      observedAt: hoursFrom(testClock.now(), -1),
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.reportRiskEvent.id;
}

describe("the superior's inbox", () => {
  test('an escalation reaches the superiors of its cluster only, once even when two offices escalate at once', async () => {
    const world = await aCluster({ cities: ['Tianjin', 'Beijing'] }).build();
    const other = await aCluster({ cities: ['Tianjin'] }).build();
    const eventId = await reported(world, 'Tianjin');
    const [first, second] = await Promise.all([
      gql(world.coordinator, ESCALATE, { input: { eventId, reason: 'Two counties under water' } }),
      gql(world.coordinator, ESCALATE, { input: { eventId, reason: 'Two counties under water' } }),
    ]);
    // One escalation is written; the other is refused, and its transaction announced nothing.
    expect([first, second].filter((response) => response.errors === undefined)).toHaveLength(1);
    expect(onlyError([first, second].find((response) => response.errors)!).code).toMatch(/^(CONFLICT)$/);
    await deliverAnnouncements();

    const superiorInbox = await inboxOf(world.superior);
    expect(superiorInbox).toEqual([
      expect.objectContaining({
        type: 'EVENT_ESCALATED',
        eventId,
        clusterId: world.id,
        message:
          'The natural disaster event "River breach" reported by Tianjin (level III) was escalated to the superior level: Two counties under water',
      }),
    ]);
    // A superior over both clusters reads both superiors' inboxes; one over the other cluster alone reads nothing.
    expect(await typesOf(await superiorOver([other.id, world.id]))).toEqual(['EVENT_ESCALATED']);
    expect(await inboxOf(other.superior)).toEqual([]);
    // The escalation is for the superior level: the office and the cities are not sent it.
    expect(await typesOf(world.coordinator)).toEqual([]);
    expect(await typesOf(world.city('Tianjin').officer)).toEqual([]);
  });
});

describe("an evaluator's inbox", () => {
  test('an evaluation opened reaches its panel, and no other evaluator', async () => {
    const world = await aCluster({ cities: ['Tianjin', 'Beijing'], rubrics: true }).build();
    const other = await aCluster({ cities: ['Tianjin'], rubrics: true }).build();
    const opened = await gql(world.coordinator, OPEN_EVALUATION, {
      input: {
        clusterId: world.id,
        rubricId: 'participant-performance',
        title: 'Tianjin over the year',
        targetType: 'CITY',
        cityId: world.city('Tianjin').id,
        panel: [world.evaluator.id],
      },
    });
    expect(opened.errors).toBeUndefined();
    await deliverAnnouncements();
    expect(await inboxOf(world.evaluator.token)).toEqual([
      expect.objectContaining({
        type: 'EVALUATION_OPENED',
        evaluationId: opened.data!.openEvaluation.id,
        message: 'You are on the panel of the evaluation "Tianjin over the year": your assessment is awaited.',
      }),
    ]);
    expect(await inboxOf(other.evaluator.token)).toEqual([]);
    expect(await typesOf(world.city('Tianjin').officer)).toEqual([]);
  });
});

describe('mutual aid', () => {
  test('a request reaches the partners holding matching stock; offers, acceptance and decline reach the other side', async () => {
    const world = await aFloodCluster(['Tianjin', 'Beijing', 'Baoding']);
    const request = await requestPumps(world, 40);
    await deliverAnnouncements();

    const holders = (
      await gql(world.city('Langfang').officer, AVAILABILITY, { id: request.id })
    ).data!.resourceAvailability.map((entry) => entry.city.id);
    expect(holders.length).toBeGreaterThan(0);
    for (const city of world.cities) {
      const told = (await inboxOf(city.officer)).filter((n) => n.type === 'AID_REQUESTED');
      expect(told.map((n) => n.aidRequestId)).toEqual(holders.includes(city.id) ? [request.id] : []);
    }
    const [toTianjin] = (await inboxOf(world.city('Tianjin').officer)).filter((n) => n.type === 'AID_REQUESTED');
    expect(toTianjin.message).toMatch(
      /^Langfang asks for 40 .+ \(Type II or better\) by .+ UTC; you hold some you could offer\.$/,
    );

    const offer = async (name: string, quantity: number) => {
      const response = await gql(world.city(name).officer, OFFER_AID, {
        input: { requestId: request.id, itemId: pumpsAt(world, name), quantity },
      });
      expect(response.errors).toBeUndefined();
      return response.data!.offerAid.id;
    };
    const fromTianjin = await offer('Tianjin', 20);
    const fromBeijing = await offer('Beijing', 10);
    await deliverAnnouncements();
    const received = (await inboxOf(world.city('Langfang').officer)).filter((n) => n.type === 'AID_OFFER_RECEIVED');
    expect(received.map((n) => n.aidOfferId).sort()).toEqual([fromTianjin, fromBeijing].sort());
    expect(received.find((n) => n.aidOfferId === fromTianjin)!.message).toMatch(
      /^Tianjin offers 20 .+ for your request: accept or decline it\.$/,
    );

    expect(
      (await gql(world.city('Langfang').officer, ACCEPT_AID_OFFER, { offerId: fromTianjin })).errors,
    ).toBeUndefined();
    const declined = await gql(world.city('Langfang').officer, DECLINE_AID_OFFER, {
      offerId: fromBeijing,
      reason: 'Tianjin covers it',
    });
    expect(declined.errors).toBeUndefined();
    await deliverAnnouncements();
    expect(
      (await inboxOf(world.city('Tianjin').officer))
        .filter((n) => n.type === 'AID_OFFER_ACCEPTED')
        .map((n) => n.aidOfferId),
    ).toEqual([fromTianjin]);
    const beijing = (await inboxOf(world.city('Beijing').officer)).filter((n) => n.type === 'AID_OFFER_DECLINED');
    expect(beijing.map((n) => n.message)).toEqual([
      expect.stringMatching(/^Langfang declined your offer of 10 .+: Tianjin covers it$/),
    ]);
    expect((await inboxOf(world.city('Baoding').officer)).filter((n) => n.type.startsWith('AID_OFFER'))).toEqual([]);
  });
});

describe('the reminder lead time setting', () => {
  test('the office sets it within its bounds; nobody else may', async () => {
    const world = await aCluster({ cities: ['Tianjin'] }).build();
    const other = await aCluster({ cities: ['Tianjin'] }).build();
    const { version } = (await gql(world.coordinator, CLUSTER, { id: world.id })).data!.cluster;
    expect((await gql(world.coordinator, CLUSTER, { id: world.id })).data!.cluster.notificationSettings).toEqual({
      reminderLeadTime: null,
    });
    const set = await gql(world.coordinator, SET_SETTINGS, {
      input: { clusterId: world.id, expectedVersion: version, reminderLeadTime: 'PT3H' },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setNotificationSettings).toEqual({
      version: version + 1,
      notificationSettings: { reminderLeadTime: 'PT3H' },
    });

    const tooLong = await gql(world.coordinator, SET_SETTINGS, {
      input: { clusterId: world.id, expectedVersion: version + 1, reminderLeadTime: 'P30D' },
    });
    expect(onlyError(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { min: 'PT1M', max: 'P7D' } });
    const stale = await gql(world.coordinator, SET_SETTINGS, {
      input: { clusterId: world.id, expectedVersion: version, reminderLeadTime: 'PT1H' },
    });
    expect(onlyError(stale)).toMatchObject({
      code: 'CONFLICT',
      extensions: { yourVersion: version, currentVersion: version + 1 },
    });
    const byCity = await gql(world.city('Tianjin').officer, SET_SETTINGS, {
      input: { clusterId: world.id, expectedVersion: version + 1, reminderLeadTime: 'PT1H' },
    });
    expect(onlyError(byCity).code).toBe('FORBIDDEN');
    const byOtherOffice = await gql(other.coordinator, SET_SETTINGS, {
      input: { clusterId: world.id, expectedVersion: version + 1, reminderLeadTime: 'PT1H' },
    });
    expect(onlyError(byOtherOffice).code).toBe('NOT_FOUND');

    const reset = await gql(world.coordinator, SET_SETTINGS, {
      input: { clusterId: world.id, expectedVersion: version + 1, reminderLeadTime: null },
    });
    expect(reset.data!.setNotificationSettings.notificationSettings).toEqual({ reminderLeadTime: null });
  });
});
