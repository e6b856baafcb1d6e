import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import type { NotificationType, WebhookSubscriptionStatus } from '../gql/graphql';
import {
  NOTIFICATION_TYPE,
  WEBHOOK_DELIVERY_STATE,
  WEBHOOK_SUBSCRIPTION_STATUS,
  useDate,
  useLang,
  useNamer,
  useWords,
} from '../i18n';
import { useAction, useLoad, usePager } from '../ui/hooks';
import { Badge, ErrorBox, PagedList, Panel } from '../ui/parts';

graphql(`
  fragment ConsoleWebhook on WebhookSubscription {
    id
    version
    url
    events
    status
    createdAt
    secretRotatedAt
    city {
      id
      name
      localName
    }
  }
`);

const Subscriptions = graphql(`
  query ConsoleWebhooks($clusterId: ID!) {
    webhookSubscriptions(clusterId: $clusterId) {
      ...ConsoleWebhook
    }
  }
`);

const Create = graphql(`
  mutation ConsoleCreateWebhook($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      subscription {
        ...ConsoleWebhook
      }
      secret
    }
  }
`);

const Pause = graphql(`
  mutation ConsolePauseWebhook($input: WebhookSubscriptionActionInput!) {
    pauseWebhookSubscription(input: $input) {
      ...ConsoleWebhook
    }
  }
`);

const Resume = graphql(`
  mutation ConsoleResumeWebhook($input: WebhookSubscriptionActionInput!) {
    resumeWebhookSubscription(input: $input) {
      ...ConsoleWebhook
    }
  }
`);

const Delete = graphql(`
  mutation ConsoleDeleteWebhook($input: WebhookSubscriptionActionInput!) {
    deleteWebhookSubscription(input: $input)
  }
`);

const Deliveries = graphql(`
  query ConsoleWebhookDeliveries($subscriptionId: ID!, $after: String) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: 10, after: $after) {
      nodes {
        id
        type
        state
        createdAt
        nextAttemptAt
        deliveredAt
        parkedReason
        attempts {
          at
          statusCode
          error
          durationMs
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const TYPES = Object.keys(NOTIFICATION_TYPE) as NotificationType[];

/** The office's webhooks: what each receives, pause and resume, delete, the recent deliveries; a new one's secret once. */
export function WebhooksPanel({ clusterId }: { clusterId: string }) {
  const { t } = useLang();
  const list = useLoad(() => execute(Subscriptions, { clusterId }), clusterId);
  // The secret of the subscription just created: shown this once, until dismissed.
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  return (
    <Panel title={t('webhooks')} loaded={list} testId="webhooks" wide>
      {(data) => (
        <>
          {secret && (
            <div className="warning" role="alert" data-testid="webhook-secret">
              <p>{t('secretOnce', { url: secret.url })}</p>
              <code>{secret.secret}</code>{' '}
              <button type="button" onClick={() => setSecret(null)}>
                {t('secretKept')}
              </button>
            </div>
          )}
          <CreateWebhookForm
            clusterId={clusterId}
            onCreated={(created) => {
              setSecret(created);
              list.reload();
            }}
          />
          <PagedList items={data.webhookSubscriptions}>
            {(subscription) => (
              <WebhookItem key={subscription.id} subscription={subscription} onChanged={list.reload} />
            )}
          </PagedList>
        </>
      )}
    </Panel>
  );
}

type Subscription = {
  id: string;
  version: number;
  url: string;
  events: NotificationType[];
  status: WebhookSubscriptionStatus;
  createdAt: string;
  city?: { id: string; name: string; localName?: string | null } | null;
};

function WebhookItem({ subscription, onChanged }: { subscription: Subscription; onChanged: () => void }) {
  const { t } = useLang();
  const name = useNamer();
  const word = useWords();
  const date = useDate();
  const action = useAction();
  const [deliveries, setDeliveries] = useState(false);
  const input = { id: subscription.id, expectedVersion: subscription.version };
  const act = (run: () => Promise<unknown>) => void action.run(run).then((done) => done && onChanged());
  return (
    <li data-testid="webhook" data-status={subscription.status}>
      <Badge value={subscription.status} words={WEBHOOK_SUBSCRIPTION_STATUS} /> <code>{subscription.url}</code>{' '}
      <span className="muted">
        {subscription.city ? name(subscription.city) : t('office')} · {date(subscription.createdAt)}
      </span>
      <div className="muted">{subscription.events.map((type) => word(NOTIFICATION_TYPE, type)).join(', ')}</div>
      <div className="actions">
        {subscription.status === 'ACTIVE' ? (
          <button type="button" disabled={action.running} onClick={() => act(() => execute(Pause, { input }))}>
            {t('pause')}
          </button>
        ) : (
          <button type="button" disabled={action.running} onClick={() => act(() => execute(Resume, { input }))}>
            {t('resume')}
          </button>
        )}
        <button
          type="button"
          disabled={action.running}
          onClick={() =>
            window.confirm(t('confirmDelete', { url: subscription.url })) && act(() => execute(Delete, { input }))
          }
        >
          {t('delete')}
        </button>
        <button type="button" className="link" onClick={() => setDeliveries(!deliveries)}>
          {t('deliveries')}
        </button>
      </div>
      <ErrorBox error={action.error} />
      {deliveries && <DeliveriesList subscriptionId={subscription.id} />}
    </li>
  );
}

function DeliveriesList({ subscriptionId }: { subscriptionId: string }) {
  const { t } = useLang();
  const word = useWords();
  const date = useDate();
  const pager = usePager();
  const list = useLoad(
    () => execute(Deliveries, { subscriptionId, after: pager.after }),
    `${subscriptionId}|${pager.after}`,
  );
  return (
    <Panel title={t('deliveries')} loaded={list} testId="webhook-deliveries">
      {(data) => (
        <PagedList
          items={data.webhookDeliveries.nodes}
          as="table"
          pager={pager}
          pageInfo={data.webhookDeliveries.pageInfo}
        >
          {(delivery) => {
            const last = delivery.attempts[delivery.attempts.length - 1];
            return (
              <tr key={delivery.id} data-testid="webhook-delivery">
                <td>
                  <Badge value={delivery.state} words={WEBHOOK_DELIVERY_STATE} />
                </td>
                <td>{word(NOTIFICATION_TYPE, delivery.type)}</td>
                <td className="muted">{date(delivery.createdAt)}</td>
                <td>
                  {t('attempts', { n: delivery.attempts.length })}
                  {last && ` · ${last.statusCode ?? last.error ?? ''} (${last.durationMs} ms)`}
                  {delivery.nextAttemptAt && (
                    <div className="muted">
                      {t('nextAttempt')} {date(delivery.nextAttemptAt)}
                    </div>
                  )}
                  {delivery.parkedReason && <div className="muted">{delivery.parkedReason}</div>}
                </td>
              </tr>
            );
          }}
        </PagedList>
      )}
    </Panel>
  );
}

function CreateWebhookForm({
  clusterId,
  onCreated,
}: {
  clusterId: string;
  onCreated: (created: { url: string; secret: string }) => void;
}) {
  const { t } = useLang();
  const word = useWords();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<NotificationType[]>([]);
  const run = useAction();
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('addWebhook')}
      </button>
    );
  return (
    <form
      className="stack"
      data-testid="webhook-create"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() => execute(Create, { input: { clusterId, url, events } }))
          .then((done) => {
            if (!done) return;
            onCreated({ url, secret: done.createWebhookSubscription.secret });
            setUrl('');
            setEvents([]);
            setOpen(false);
          });
      }}
    >
      <label>
        {t('webhookUrl')}
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
      </label>
      <fieldset>
        <legend>{t('webhookEvents')}</legend>
        {TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={events.includes(type)}
              onChange={(e) =>
                setEvents(e.target.checked ? [...events, type] : events.filter((chosen) => chosen !== type))
              }
            />{' '}
            {word(NOTIFICATION_TYPE, type)}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={run.running}>
          {run.running ? t('working') : t('addWebhook')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
      <ErrorBox error={run.error} />
    </form>
  );
}
