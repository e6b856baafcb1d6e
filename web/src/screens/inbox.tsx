import { useEffect, useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import { NOTIFICATION_TYPE, useDate, useLang } from '../i18n';
import { useAction, useLoad, usePager } from '../ui/hooks';
import { Badge, ErrorBox, PagedList, Panel } from '../ui/parts';

const UnreadCount = graphql(`
  query ConsoleUnreadCount {
    unreadNotificationCount
  }
`);

const Notifications = graphql(`
  query ConsoleNotifications($after: String, $unreadOnly: Boolean) {
    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        type
        at
        message
        read
        readAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation ConsoleMarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      id
      read
      readAt
    }
  }
`);

/** How often the header asks for the unread count again while the console is open. */
const UNREAD_POLL_MS = 30_000;

/** The inbox link in the navigation, with the number of notifications not yet marked read. */
export function InboxLink({ refresh, open, onOpen }: { refresh: number; open: boolean; onOpen: () => void }) {
  const { t } = useLang();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((value) => value + 1), UNREAD_POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const unread = useLoad(() => execute(UnreadCount), `${refresh}|${tick}`);
  const count = unread.data?.unreadNotificationCount;
  return (
    <button type="button" className="link" onClick={onOpen} aria-pressed={open} data-testid="inbox-link">
      {t('inbox')}
      {count !== undefined && (
        <span
          className={count > 0 ? 'unread-badge' : 'unread-badge none'}
          data-testid="unread-badge"
          data-count={count}
          title={t('unreadCount', { n: count })}
        >
          {count}
        </span>
      )}
    </button>
  );
}

/**
 * Your notifications, newest first, a page at a time with the API's cursor; each can be marked read, and so can the
 * whole page shown. `onChanged` tells the header to count the unread ones again.
 */
export function InboxScreen({ onChanged }: { onChanged: () => void }) {
  const { t } = useLang();
  const date = useDate();
  const pager = usePager();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useLoad(
    () => execute(Notifications, { after: pager.after, unreadOnly }),
    `${pager.after}|${unreadOnly}`,
  );
  const action = useAction();
  const markRead = (ids: string[]) =>
    void action
      .run(() => execute(MarkRead, { input: { ids } }))
      .then((done) => {
        if (!done) return;
        list.reload();
        onChanged();
      });
  return (
    <div className="screen">
      <Panel title={t('inbox')} loaded={list} testId="inbox" wide>
        {(data) => {
          const unreadHere = data.notifications.nodes.filter((n) => !n.read).map((n) => n.id);
          return (
            <>
              <div className="inline">
                <label>
                  <input
                    type="checkbox"
                    checked={unreadOnly}
                    onChange={(e) => {
                      setUnreadOnly(e.target.checked);
                      pager.reset();
                    }}
                  />{' '}
                  {t('unreadOnly')}
                </label>{' '}
                <button
                  type="button"
                  disabled={action.running || unreadHere.length === 0}
                  onClick={() => markRead(unreadHere)}
                >
                  {t('markPageRead')}
                </button>
              </div>
              <ErrorBox error={action.error} />
              <PagedList items={data.notifications.nodes} pager={pager} pageInfo={data.notifications.pageInfo}>
                {(notification) => (
                  <li
                    key={notification.id}
                    data-testid="notification"
                    data-read={notification.read}
                    className={notification.read ? 'notification read' : 'notification unread'}
                  >
                    <Badge value={notification.type} words={NOTIFICATION_TYPE} />{' '}
                    <span className="muted">{date(notification.at)}</span>{' '}
                    {notification.read ? (
                      <span className="muted">
                        · {t('readAt')} {date(notification.readAt)}
                      </span>
                    ) : (
                      <strong>· {t('unread')}</strong>
                    )}
                    <div>{notification.message}</div>
                    {!notification.read && (
                      <button type="button" disabled={action.running} onClick={() => markRead([notification.id])}>
                        {t('markRead')}
                      </button>
                    )}
                  </li>
                )}
              </PagedList>
            </>
          );
        }}
      </Panel>
    </div>
  );
}
