import { useState } from 'react';
import { ApiError, execute } from '../api';
import { graphql } from '../gql';
import type { Readiness, ResourceTier } from '../gql/graphql';
import {
  AID_OFFER_STATUS,
  AID_REQUEST_STATUS,
  COMPLIANCE_KIND,
  COMPLIANCE_RECORD_STATUS,
  OBLIGATION_STATUS,
  READINESS,
  RESOURCE_TIER,
  useDate,
  useLang,
  useNamer,
  useWords,
} from '../i18n';
import { useAction, useIdempotencyKey, useLoad, usePager } from '../ui/hooks';
import { instantOf, localInputValue, required, wholeNumber } from '../ui/input';
import { Badge, EnumSelect, ErrorBox, FormActions, PagedList, Panel, Progress } from '../ui/parts';
import { CorrectiveActionsPanel } from './corrective';
import { LessonsPanel } from './lessons';
import { ClaimsPanel } from './claims';
import { AgreementsAwaiting, AidRequests, ShortfallsPanel } from './office';
import { CityEventsPanel } from './situation-report';

const MyObligations = graphql(`
  query ConsoleMyObligations($clusterId: ID!, $cityId: ID!, $after: String) {
    obligations(clusterId: $clusterId, filter: { cityId: $cityId, status: [OPEN, OVERDUE] }, first: 20, after: $after) {
      nodes {
        id
        version
        status
        action
        dueAt
        event {
          id
          description
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Fulfil = graphql(`
  mutation ConsoleFulfil($input: FulfilObligationInput!) {
    fulfilObligation(input: $input) {
      id
      status
      version
    }
  }
`);

function MyObligationsPanel({ clusterId, cityId }: { clusterId: string; cityId: string }) {
  const { t } = useLang();
  const date = useDate();
  const pager = usePager();
  const list = useLoad(
    () => execute(MyObligations, { clusterId, cityId, after: pager.after }),
    `${cityId}|${pager.after}`,
  );
  return (
    <Panel title={t('myObligations')} loaded={list} testId="my-obligations">
      {(data) => (
        <PagedList items={data.obligations.nodes} pager={pager} pageInfo={data.obligations.pageInfo}>
          {(obligation) => (
            <li key={obligation.id} data-testid="my-obligation">
              <Badge value={obligation.status} words={OBLIGATION_STATUS} /> {obligation.action}{' '}
              <span className="muted">{date(obligation.dueAt)}</span>
              <FulfilForm obligation={obligation} onDone={list.reload} />
            </li>
          )}
        </PagedList>
      )}
    </Panel>
  );
}

function FulfilForm({ obligation, onDone }: { obligation: { id: string; version: number }; onDone: () => void }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const action = useAction();
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('fulfil')}
      </button>
    );
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void action
          .run(() =>
            execute(Fulfil, {
              input: {
                obligationId: obligation.id,
                expectedVersion: obligation.version,
                evidence: { text, links: link ? [link] : [] },
              },
            }),
          )
          .then((done) => done && onDone());
      }}
    >
      <label>
        {t('evidence')}
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
      </label>
      <label>
        {t('link')}
        <input value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://…" />
      </label>
      <button type="submit" disabled={action.running}>
        {action.running ? t('working') : t('fulfil')}
      </button>
      <ErrorBox error={action.error} />
    </form>
  );
}

const MyInventory = graphql(`
  query ConsoleMyInventory($clusterId: ID!, $cityId: ID!, $after: String) {
    inventory(clusterId: $clusterId, cityId: $cityId, first: 20, after: $after) {
      nodes {
        ...ConsoleItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment ConsoleItem on InventoryItem {
    id
    version
    tier
    onHand
    shareable
    committed
    available
    readiness
    resourceType {
      id
      name
      localName
      unit
    }
    storage {
      name
    }
  }
`);

const Item = graphql(`
  query ConsoleItem($id: ID!) {
    inventoryItem(id: $id) {
      ...ConsoleItem
    }
  }
`);

const UpdateItem = graphql(`
  mutation ConsoleUpdateItem($input: UpdateInventoryItemInput!) {
    updateInventoryItem(input: $input) {
      ...ConsoleItem
    }
  }
`);

type ItemRow = {
  id: string;
  version: number;
  tier: ResourceTier;
  onHand: number;
  shareable: number;
  committed: number;
  available: number;
  readiness: Readiness;
  resourceType: { id: string; name: string; unit: string };
  storage: { name: string };
};

function MyInventoryPanel({ clusterId, cityId }: { clusterId: string; cityId: string }) {
  const { t } = useLang();
  const pager = usePager();
  const list = useLoad(
    () => execute(MyInventory, { clusterId, cityId, after: pager.after }),
    `${cityId}|${pager.after}`,
  );
  return (
    <Panel title={t('myInventory')} loaded={list} testId="my-inventory" wide>
      {(data) => (
        <PagedList
          items={data.inventory.nodes}
          as="table"
          showEmpty={false}
          pager={pager}
          pageInfo={data.inventory.pageInfo}
          head={
            <tr>
              <th />
              <th>{t('onHand')}</th>
              <th>{t('shareable')}</th>
              <th>{t('committed')}</th>
              <th>{t('readiness')}</th>
              <th />
            </tr>
          }
        >
          {(item) => <ItemEditor key={item.id} initial={item} />}
        </PagedList>
      )}
    </Panel>
  );
}

/** One item, editable in place. A stale version is explained and the current figures are loaded for another try. */
function ItemEditor({ initial }: { initial: ItemRow }) {
  const { t } = useLang();
  const name = useNamer();
  const word = useWords();
  const [item, setItem] = useState(initial);
  const [onHand, setOnHand] = useState(String(initial.onHand));
  const [shareable, setShareable] = useState(String(initial.shareable));
  const [readiness, setReadiness] = useState<Readiness>(initial.readiness);
  const [conflict, setConflict] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const show = (fresh: ItemRow) => {
    setItem(fresh);
    setOnHand(String(fresh.onHand));
    setShareable(String(fresh.shareable));
    setReadiness(fresh.readiness);
  };
  const save = async () => {
    setConflict(null);
    setSaved(false);
    try {
      const result = await execute(UpdateItem, {
        input: {
          itemId: item.id,
          expectedVersion: item.version,
          onHand: Number(onHand),
          shareable: Number(shareable),
          readiness,
        },
      });
      show(result.updateInventoryItem);
      setSaved(true);
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.code === 'CONFLICT' &&
        typeof error.extensions.currentVersion === 'number'
      ) {
        const fresh = await execute(Item, { id: item.id });
        show(fresh.inventoryItem);
        setConflict(fresh.inventoryItem.version);
        return;
      }
      throw error;
    }
  };
  return (
    <tr data-testid="inventory-item" data-item={item.id}>
      <td>
        {name(item.resourceType)} ({word(RESOURCE_TIER, item.tier)}) <div className="muted">{item.storage.name}</div>
        {conflict !== null && (
          <div className="warning" role="alert">
            {t('versionConflict', { v: conflict })}
          </div>
        )}
        <ErrorBox error={action.error} />
        {saved && <span className="ok"> ✓ v{item.version}</span>}
      </td>
      <td>
        <input
          aria-label={t('onHand')}
          className="num"
          inputMode="numeric"
          value={onHand}
          onChange={(e) => setOnHand(e.target.value)}
        />
      </td>
      <td>
        <input
          aria-label={t('shareable')}
          className="num"
          inputMode="numeric"
          value={shareable}
          onChange={(e) => setShareable(e.target.value)}
        />
      </td>
      <td>{item.committed}</td>
      <td>
        <select
          aria-label={t('readiness')}
          value={readiness}
          onChange={(e) => setReadiness(e.target.value as Readiness)}
        >
          {(Object.keys(READINESS) as Readiness[]).map((value) => (
            <option key={value} value={value}>
              {word(READINESS, value)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" disabled={action.running} onClick={() => void action.run(save)}>
          {action.running ? t('working') : t('save')}
        </button>
      </td>
    </tr>
  );
}

const MyItemsOfType = graphql(`
  query ConsoleMyItemsOfType($clusterId: ID!, $cityId: ID!, $resourceTypeId: ID!) {
    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $resourceTypeId, first: 50) {
      nodes {
        id
        tier
        available
        storage {
          name
        }
      }
    }
  }
`);

const OfferAid = graphql(`
  mutation ConsoleOfferAid($input: OfferAidInput!) {
    offerAid(input: $input) {
      id
      status
      quantity
    }
  }
`);

/** Open requests of partners, each answerable from one of my items of the type; and the offers I made. */
function AidForCity({ clusterId, cityId }: { clusterId: string; cityId: string }) {
  const { t } = useLang();
  const name = useNamer();
  const word = useWords();
  const date = useDate();
  const pager = usePager();
  const list = useLoad(() => execute(AidRequests, { clusterId, after: pager.after }), `${clusterId}|${pager.after}`);
  return (
    <>
      <Panel title={t('aidICanAnswer')} loaded={list}>
        {(data) => {
          const answerable = data.aidRequests.nodes.filter(
            (request) => request.status === 'OPEN' && request.requester.id !== cityId,
          );
          return (
            <PagedList items={answerable} pager={pager} pageInfo={data.aidRequests.pageInfo}>
              {(request) => (
                <li key={request.id}>
                  {name(request.requester)}: {request.quantity - request.acceptedQuantity} {request.resourceType.unit}{' '}
                  {name(request.resourceType)} (≥ {word(RESOURCE_TIER, request.minimumTier)}){' '}
                  <span className="muted">{date(request.neededBy)}</span>
                  <OfferForm
                    clusterId={clusterId}
                    cityId={cityId}
                    requestId={request.id}
                    resourceTypeId={request.resourceType.id}
                    onDone={list.reload}
                  />
                </li>
              )}
            </PagedList>
          );
        }}
      </Panel>
      <Panel title={t('myAidRequests')} loaded={list} testId="my-aid-requests">
        {(data) => (
          <>
            <RequestAidForm clusterId={clusterId} cityId={cityId} onDone={list.reload} />
            <PagedList items={data.aidRequests.nodes.filter((request) => request.requester.id === cityId)}>
              {(request) => (
                <li key={request.id} data-testid="my-aid-request" data-status={request.status}>
                  <Badge value={request.status} words={AID_REQUEST_STATUS} /> {request.quantity}{' '}
                  {request.resourceType.unit} {name(request.resourceType)} (≥ {word(RESOURCE_TIER, request.minimumTier)}
                  ), {request.acceptedQuantity} / {request.quantity}{' '}
                  <span className="muted">{date(request.neededBy)}</span>
                </li>
              )}
            </PagedList>
          </>
        )}
      </Panel>
      <Panel title={t('myOffers')} loaded={list}>
        {(data) => {
          const mine = data.aidRequests.nodes.flatMap((request) =>
            request.offers.filter((offer) => offer.fromCity.id === cityId).map((offer) => ({ request, offer })),
          );
          return (
            <PagedList items={mine}>
              {({ request, offer }) => (
                <li key={offer.id}>
                  <Badge value={offer.status} words={AID_OFFER_STATUS} /> → {name(request.requester)}: {offer.quantity}{' '}
                  {request.resourceType.unit} {name(request.resourceType)}
                </li>
              )}
            </PagedList>
          );
        }}
      </Panel>
    </>
  );
}

const AidChoices = graphql(`
  query ConsoleAidChoices($clusterId: ID!, $cityId: ID!) {
    resourceCatalogue(clusterId: $clusterId) {
      id
      name
      localName
      unit
    }
    city(id: $cityId) {
      id
      location {
        latitude
        longitude
      }
    }
    riskEvents(clusterId: $clusterId, first: 50) {
      nodes {
        id
        status
        description
      }
    }
  }
`);

const RequestAid = graphql(`
  mutation ConsoleRequestAid($input: RequestAidInput!) {
    requestAid(input: $input) {
      id
      status
    }
  }
`);

/** A coordinate typed in a field, or `message`. */
function coordinate(text: string, message: string): number {
  const value = Number(text.trim());
  if (!text.trim() || !Number.isFinite(value)) throw new Error(message);
  return value;
}

/**
 * A city officer asks partners for resources for its own city: a type of the catalogue at a minimum tier, how many,
 * by when and where to (the city's own location unless changed), for an event not closed if it names one.
 */
function RequestAidForm({ clusterId, cityId, onDone }: { clusterId: string; cityId: string; onDone: () => void }) {
  const { t } = useLang();
  const name = useNamer();
  const [open, setOpen] = useState(false);
  const choices = useLoad(
    () => (open ? execute(AidChoices, { clusterId, cityId }) : Promise.resolve(undefined)),
    `${cityId}|${open}`,
  );
  const [typeId, setTypeId] = useState('');
  const [tier, setTier] = useState<ResourceTier>('III');
  const [quantity, setQuantity] = useState('');
  const [neededBy, setNeededBy] = useState('');
  const [destination, setDestination] = useState('');
  const [latitude, setLatitude] = useState<string | null>(null);
  const [longitude, setLongitude] = useState<string | null>(null);
  const [eventId, setEventId] = useState('');
  const idempotency = useIdempotencyKey();
  const run = useAction();
  if (!open)
    return (
      <div>
        <button
          type="button"
          onClick={() => {
            setNeededBy(localInputValue(new Date(Date.now() + 24 * 3_600_000)));
            setOpen(true);
          }}
        >
          {t('requestAid')}
        </button>
      </div>
    );
  const types = choices.data?.resourceCatalogue ?? [];
  const events = (choices.data?.riskEvents.nodes ?? []).filter((event) => event.status !== 'CLOSED');
  const home = choices.data?.city.location;
  const lat = latitude ?? (home ? String(home.latitude) : '');
  const long = longitude ?? (home ? String(home.longitude) : '');
  return (
    <form
      className="stack"
      data-testid="request-aid"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            execute(RequestAid, {
              input: {
                clusterId,
                requesterCityId: cityId,
                resourceTypeId: required(typeId || types[0]?.id || '', t('choose', { field: t('resourceType') })),
                minimumTier: tier,
                quantity: wholeNumber(quantity, t('notWholeNumber', { field: t('quantity') })),
                neededBy: instantOf(neededBy, t('chooseTime')),
                destination: {
                  name: required(destination, t('fillIn', { field: t('destination') })),
                  latitude: coordinate(lat, t('fillIn', { field: t('latitude') })),
                  longitude: coordinate(long, t('fillIn', { field: t('longitude') })),
                },
                eventId: eventId || undefined,
                idempotencyKey: idempotency.key,
              },
            }),
          )
          .then((done) => {
            if (!done) return;
            idempotency.renew();
            setQuantity('');
            setOpen(false);
            onDone();
          });
      }}
    >
      <ErrorBox error={choices.error} />
      {choices.loading && <Progress />}
      <label>
        {t('resourceType')}
        <select aria-label={t('resourceType')} value={typeId} onChange={(e) => setTypeId(e.target.value)}>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {name(type)} ({type.unit})
            </option>
          ))}
        </select>
      </label>
      <div className="inline">
        <EnumSelect label={t('minimumTier')} words={RESOURCE_TIER} value={tier} onChange={setTier} />{' '}
        <label>
          {t('quantity')}{' '}
          <input className="num" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        </label>
      </div>
      <label>
        {t('neededBy')}
        <input type="datetime-local" value={neededBy} onChange={(e) => setNeededBy(e.target.value)} />
      </label>
      <label>
        {t('destination')}
        <input value={destination} onChange={(e) => setDestination(e.target.value)} />
      </label>
      <div className="inline">
        <label>
          {t('latitude')}{' '}
          <input className="num" inputMode="decimal" value={lat} onChange={(e) => setLatitude(e.target.value)} />
        </label>{' '}
        <label>
          {t('longitude')}{' '}
          <input className="num" inputMode="decimal" value={long} onChange={(e) => setLongitude(e.target.value)} />
        </label>
      </div>
      <label>
        {t('forEvent')}
        <select aria-label={t('forEvent')} value={eventId} onChange={(e) => setEventId(e.target.value)}>
          <option value="">{t('noEvent')}</option>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.description}
            </option>
          ))}
        </select>
      </label>
      <FormActions label={t('requestAid')} running={run.running} error={run.error} onCancel={() => setOpen(false)} />
    </form>
  );
}

function OfferForm(props: {
  clusterId: string;
  cityId: string;
  requestId: string;
  resourceTypeId: string;
  onDone: () => void;
}) {
  const { t } = useLang();
  const word = useWords();
  const [open, setOpen] = useState(false);
  const items = useLoad(
    () =>
      open
        ? execute(MyItemsOfType, {
            clusterId: props.clusterId,
            cityId: props.cityId,
            resourceTypeId: props.resourceTypeId,
          })
        : Promise.resolve(undefined),
    `${props.requestId}|${open}`,
  );
  const [itemId, setItemId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const action = useAction();
  if (!open)
    return (
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('offer')}
      </button>
    );
  const choices = items.data?.inventory.nodes ?? [];
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action
          .run(() =>
            execute(OfferAid, {
              input: { requestId: props.requestId, itemId: itemId || choices[0]?.id || '', quantity: Number(quantity) },
            }),
          )
          .then((done) => done && props.onDone());
      }}
    >
      <ErrorBox error={items.error} />
      <select aria-label={t('item')} value={itemId} onChange={(e) => setItemId(e.target.value)}>
        {choices.map((item) => (
          <option key={item.id} value={item.id}>
            {word(RESOURCE_TIER, item.tier)} · {item.storage.name} · {item.available}
          </option>
        ))}
      </select>
      <input
        aria-label={t('quantity')}
        className="num"
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
      />
      <button type="submit" disabled={action.running || choices.length === 0}>
        {action.running ? t('working') : t('offer')}
      </button>
      <ErrorBox error={action.error} />
    </form>
  );
}

const Records = graphql(`
  query ConsoleRecordsAboutCity($clusterId: ID!, $cityId: ID!, $after: String) {
    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }, first: 20, after: $after) {
      nodes {
        id
        version
        kind
        note
        at
        status
        counts
        disputeWindowEndsAt
        dispute {
          statement
          resolution
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Dispute = graphql(`
  mutation ConsoleDispute($input: DisputeComplianceRecordInput!) {
    disputeComplianceRecord(input: $input) {
      id
      status
      version
    }
  }
`);

function RecordsPanel({ clusterId, cityId }: { clusterId: string; cityId: string }) {
  const { t } = useLang();
  const word = useWords();
  const date = useDate();
  const pager = usePager();
  const list = useLoad(() => execute(Records, { clusterId, cityId, after: pager.after }), `${cityId}|${pager.after}`);
  return (
    <Panel title={t('recordsAboutMe')} loaded={list}>
      {(data) => (
        <PagedList items={data.complianceRecords.nodes} pager={pager} pageInfo={data.complianceRecords.pageInfo}>
          {(record) => (
            <li key={record.id}>
              <Badge value={record.status} words={COMPLIANCE_RECORD_STATUS} /> {word(COMPLIANCE_KIND, record.kind)}:{' '}
              {record.note} <span className="muted">{date(record.at)}</span>
              {record.status === 'STANDING' && new Date(record.disputeWindowEndsAt) > new Date() && (
                <DisputeForm record={record} onDone={list.reload} />
              )}
            </li>
          )}
        </PagedList>
      )}
    </Panel>
  );
}

function DisputeForm({ record, onDone }: { record: { id: string; version: number }; onDone: () => void }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [statement, setStatement] = useState('');
  const action = useAction();
  if (!open)
    return (
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('dispute')}
      </button>
    );
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action
          .run(() => execute(Dispute, { input: { recordId: record.id, expectedVersion: record.version, statement } }))
          .then((done) => done && onDone());
      }}
    >
      <input
        aria-label={t('statement')}
        placeholder={t('statement')}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
      />
      <button type="submit" disabled={action.running}>
        {action.running ? t('working') : t('dispute')}
      </button>
      <ErrorBox error={action.error} />
    </form>
  );
}

/**
 * A city officer's day: what it owes, what it holds, what partners ask and what it asks of them, the agreements put to
 * it, its claims, the records about it, the events it reports, its corrective actions and the lessons of the cluster.
 */
export function CityScreen({ clusterId, cityId }: { clusterId: string; cityId: string }) {
  const { t } = useLang();
  return (
    <div className="screen">
      <MyObligationsPanel clusterId={clusterId} cityId={cityId} />
      <MyInventoryPanel clusterId={clusterId} cityId={cityId} />
      <AidForCity clusterId={clusterId} cityId={cityId} />
      <AgreementsAwaiting clusterId={clusterId} cityId={cityId} />
      <ClaimsPanel clusterId={clusterId} title={t('myClaims')} claimantCityId={cityId} canReview={false} />
      <RecordsPanel clusterId={clusterId} cityId={cityId} />
      <CityEventsPanel clusterId={clusterId} cityId={cityId} />
      <CorrectiveActionsPanel clusterId={clusterId} viewer={{ role: 'CITY', cityId }} />
      <LessonsPanel clusterId={clusterId} />
      <ShortfallsPanel clusterId={clusterId} />
    </div>
  );
}
