import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';
import type { Announcement, AnnouncedRecords, NotificationType } from '../domain/notifications';
import { notificationId, type InboxKey } from '../domain/notifications/ids';
import type { Page, PageRequest } from '../domain/pagination';
import { documentClient } from './client';
import { RaceLost, transaction } from './kernel';
import { decodeCursor, encodeCursor } from './pagination';
import { readTotals, exactMinor, type TotalKey } from './totals';

/**
 * Inboxes: one notification item per announcement and inbox, written by the dispatcher. Each is keyed by its own id
 * (so marking it read is a write at a known key) and listed newest first through gsi1 (every notification of an
 * inbox) or gsi2 (only the unread ones: the index entry is removed when it is read, so "unread only" is a keyed
 * query, never a filter). Each inbox keeps its unread count as a total moved in the same transactions.
 */
export interface StoredNotification {
  notificationId: string;
  announcementId: string;
  clusterId: string;
  inbox: InboxKey;
  type: NotificationType;
  at: string;
  about: AnnouncedRecords;
  message: string;
  read: boolean;
  readAt?: string;
  deliveredAt: string;
}

/** An inbox: a recipient's key within one cluster. */
export interface InboxAddress {
  clusterId: string;
  inbox: InboxKey;
}

const SORT_KEY = 'notification';
const keyOf = (id: string) => ({ pk: `$citypact#notification#${id}`, sk: SORT_KEY });
const listPartition = ({ clusterId, inbox }: InboxAddress) => `$citypact#inbox#${clusterId}#${inbox}`;
const unreadPartition = ({ clusterId, inbox }: InboxAddress) => `$citypact#unread#${clusterId}#${inbox}`;
const unreadTotal = ({ clusterId, inbox }: InboxAddress): TotalKey => ({
  pk: `$citypact#inbox-totals#${clusterId}`,
  sk: inbox,
});
const positionOf = (item: Pick<StoredNotification, 'at' | 'notificationId'>) => `${item.at}#${item.notificationId}`;

class AlreadyDelivered extends Error {}

function storedOf(item: Record<string, unknown>): StoredNotification {
  return {
    notificationId: String(item.notificationId),
    announcementId: String(item.announcementId),
    clusterId: String(item.clusterId),
    inbox: item.inbox as InboxKey,
    type: item.type as NotificationType,
    at: String(item.at),
    about: item.about ?? {},
    message: String(item.message),
    read: item.read === true,
    ...(typeof item.readAt === 'string' ? { readAt: item.readAt } : {}),
    deliveredAt: String(item.deliveredAt),
  };
}

export const notificationRepository = {
  /**
   * Puts the announcement in each inbox once: a notification that is already there (a stream record delivered again)
   * is left as it is, read or not, and not counted again. Returns how many were new.
   */
  async deliver(announcement: Announcement, inboxes: readonly InboxKey[], deliveredAt: string): Promise<number> {
    let delivered = 0;
    for (const inbox of new Set(inboxes)) {
      const address = { clusterId: announcement.clusterId, inbox };
      const id = notificationId(announcement.id, inbox);
      const position = positionOf({ at: announcement.at, notificationId: id });
      const item = {
        ...keyOf(id),
        gsi1pk: listPartition(address),
        gsi1sk: position,
        gsi2pk: unreadPartition(address),
        gsi2sk: position,
        notificationId: id,
        announcementId: announcement.id,
        clusterId: announcement.clusterId,
        inbox,
        type: announcement.type,
        at: announcement.at,
        about: announcement.about,
        message: announcement.message,
        read: false,
        deliveredAt,
      };
      const already = new AlreadyDelivered();
      try {
        await transaction()
          .create(
            `notification ${id}`,
            {
              params: () => ({
                TableName: config.TABLE_NAME,
                Item: item,
                ConditionExpression: 'attribute_not_exists(pk)',
              }),
            },
            () => already,
          )
          .adjust(`unread count of ${inbox}`, unreadTotal(address), { add: { unread: 1n } }, () => already)
          .commit();
        delivered += 1;
      } catch (error) {
        if (error !== already) throw error;
      }
    }
    return delivered;
  },

  /**
   * The newest notifications of one or more inboxes (a superior's: one per cluster it oversees), merged by time. The
   * cursor is the position of the last one shown, so every inbox continues from the same instant.
   */
  async page(
    inboxes: readonly InboxAddress[],
    unreadOnly: boolean,
    page: PageRequest,
  ): Promise<Page<StoredNotification>> {
    const scope = `notifications:${unreadOnly ? 'unread' : 'all'}:${inboxes.map(listPartition).join(',')}`;
    const before = page.after ? decodeCursor(scope, page.after) : undefined;
    const index = unreadOnly
      ? { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk' }
      : { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk' };
    const found = await Promise.all(
      inboxes.map(async (address) => {
        const { Items } = await documentClient.send(
          new QueryCommand({
            TableName: config.TABLE_NAME,
            IndexName: index.name,
            KeyConditionExpression: `#pk = :pk${before ? ' AND #sk < :before' : ''}`,
            ExpressionAttributeNames: { '#pk': index.pk, ...(before ? { '#sk': index.sk } : {}) },
            ExpressionAttributeValues: {
              ':pk': unreadOnly ? unreadPartition(address) : listPartition(address),
              ...(before ? { ':before': before } : {}),
            },
            ScanIndexForward: false,
            Limit: page.first + 1,
          }),
        );
        return (Items ?? []).map(storedOf);
      }),
    );
    const newestFirst = found.flat().sort((a, b) => (positionOf(a) < positionOf(b) ? 1 : -1));
    const items = newestFirst.slice(0, page.first);
    const last = items.at(-1);
    return {
      items,
      hasNextPage: newestFirst.length > page.first,
      endCursor: last ? encodeCursor(scope, positionOf(last)) : null,
    };
  },

  async unreadCount(inboxes: readonly InboxAddress[]): Promise<number> {
    const totals = await readTotals(inboxes.map(unreadTotal));
    let unread = 0n;
    for (const total of totals.values()) unread += exactMinor(total.unread);
    return Number(unread);
  },

  /** Notifications by id (read consistently); missing ones are absent from the map. */
  async getMany(ids: readonly string[]): Promise<Map<string, StoredNotification>> {
    const found = new Map<string, StoredNotification>();
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += 100) {
      let request: Record<string, { Keys: Record<string, string>[]; ConsistentRead: boolean }> | undefined = {
        [config.TABLE_NAME]: { Keys: unique.slice(start, start + 100).map(keyOf), ConsistentRead: true },
      };
      while (request && Object.keys(request).length) {
        const result = await documentClient.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of result.Responses?.[config.TABLE_NAME] ?? []) {
          const stored = storedOf(item);
          found.set(stored.notificationId, stored);
        }
        request = result.UnprocessedKeys as typeof request;
      }
    }
    return found;
  },

  /**
   * Marks the unread ones of `read` as read, all or none, each conditioned on still being unread and its inbox's
   * count moved down with it. Another reader marking one first is a lost race (`RaceLost`): read again and retry.
   */
  async markRead(notifications: readonly StoredNotification[], at: string): Promise<void> {
    const unread = notifications.filter((notification) => !notification.read);
    if (unread.length === 0) return;
    const raceLost = () => new RaceLost();
    const writes = transaction();
    const perInbox = new Map<string, { address: InboxAddress; count: bigint }>();
    for (const notification of unread) {
      writes.update(
        `notification ${notification.notificationId} unread`,
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Key: keyOf(notification.notificationId),
            UpdateExpression: 'SET #read = :true, readAt = :at REMOVE gsi2pk, gsi2sk',
            ConditionExpression: '#read = :false',
            ExpressionAttributeNames: { '#read': 'read' },
            ExpressionAttributeValues: { ':true': true, ':false': false, ':at': at },
          }),
        },
        raceLost,
      );
      const address = { clusterId: notification.clusterId, inbox: notification.inbox };
      const key = listPartition(address);
      const entry = perInbox.get(key) ?? { address, count: 0n };
      entry.count += 1n;
      perInbox.set(key, entry);
    }
    for (const [key, { address, count }] of perInbox) {
      writes.adjust(
        `unread count of ${key}`,
        unreadTotal(address),
        { add: { unread: -count }, bounds: { unread: { atLeast: 0n } } },
        raceLost,
      );
    }
    await writes.commit();
  },
};
