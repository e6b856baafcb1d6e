import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import type { ClaimStatus, CompensationCostKind, ConsoleClaimQuery } from '../gql/graphql';
import { CLAIM_STATUS, COMPENSATION_COST_KIND, useDate, useLang, useNamer, useWords } from '../i18n';
import { useAction, useIdempotencyKey, useLoad, usePager } from '../ui/hooks';
import { amountOf, instantOf, required } from '../ui/input';
import { compareMinor, decimalText, decimalsOf, formatMoney } from '../ui/money';
import { Badge, ErrorBox, FormActions, PagedList, Panel, Progress } from '../ui/parts';

const Claims = graphql(`
  query ConsoleClaims($clusterId: ID!, $status: ClaimStatus, $after: String) {
    claims(clusterId: $clusterId, status: $status, first: 20, after: $after) {
      nodes {
        id
        version
        status
        submittedAt
        decisionReason
        claimant {
          id
          name
          localName
        }
        event {
          id
          description
        }
        claimed {
          amountMinor
          currency
        }
        approved {
          amountMinor
          currency
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OneClaim = graphql(`
  query ConsoleClaim($id: ID!) {
    claim(id: $id) {
      id
      version
      status
      claimant {
        id
        name
        localName
      }
      claimed {
        amountMinor
        currency
      }
      items {
        number
        kind
        description
        evidence
        amount {
          amountMinor
          currency
        }
        approved {
          amountMinor
          currency
        }
        reductionReason
      }
      owedByPayer {
        payerId
        payer {
          id
          name
          localName
        }
        owed {
          amountMinor
          currency
        }
      }
      payments {
        id
        fromId
        from {
          id
          name
          localName
        }
        amount {
          amountMinor
          currency
        }
        reference
        paidAt
      }
    }
  }
`);

const StartReview = graphql(`
  mutation ConsoleStartReview($input: ClaimActionInput!) {
    startClaimReview(input: $input) {
      id
      status
    }
  }
`);

const Decide = graphql(`
  mutation ConsoleDecideClaim($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      id
      status
      version
    }
  }
`);

const RecordPayment = graphql(`
  mutation ConsoleRecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      reference
    }
  }
`);

const FileClaim = graphql(`
  mutation ConsoleFileClaim($input: FileClaimInput!) {
    fileClaim(input: $input) {
      id
      status
    }
  }
`);

const Claimable = graphql(`
  query ConsoleClaimable($clusterId: ID!) {
    agreements(clusterId: $clusterId, status: ACTIVE, first: 50) {
      nodes {
        id
        inForce {
          number
          title
          parties {
            id
          }
          compensation {
            currency
            coveredKinds {
              kind
            }
          }
        }
      }
    }
    riskEvents(clusterId: $clusterId, first: 50) {
      nodes {
        id
        description
        confirmedAt
      }
    }
  }
`);

const STATUSES = Object.keys(CLAIM_STATUS) as ClaimStatus[];

type ClaimDetail = ConsoleClaimQuery['claim'];

/**
 * A cluster's claims, newest first, filtered by status. The office starts the review of a submitted claim, decides one
 * under review and records payments towards an approved one; a city officer (`claimantCityId`) sees its own and files
 * new ones. The API decides in the end: a refusal is shown as its message.
 */
export function ClaimsPanel({
  clusterId,
  title,
  claimantCityId,
  canReview,
}: {
  clusterId: string;
  title: string;
  claimantCityId?: string;
  canReview: boolean;
}) {
  const name = useNamer();
  const date = useDate();
  const word = useWords();
  const { t } = useLang();
  const pager = usePager();
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const list = useLoad(
    () => execute(Claims, { clusterId, status: status || undefined, after: pager.after }),
    `${clusterId}|${status}|${pager.after}`,
  );
  const action = useAction();
  return (
    <Panel title={title} loaded={list} testId="claims" wide>
      {(data) => {
        const claims = data.claims.nodes.filter((claim) => !claimantCityId || claim.claimant.id === claimantCityId);
        return (
          <>
            <label>
              {t('status')}{' '}
              <select
                aria-label={t('status')}
                value={status}
                onChange={(e) => {
                  setStatus(e.target.value as ClaimStatus | '');
                  pager.reset();
                }}
              >
                <option value="">{t('any')}</option>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {word(CLAIM_STATUS, value)}
                  </option>
                ))}
              </select>
            </label>
            {claimantCityId && <FileClaimForm clusterId={clusterId} cityId={claimantCityId} onDone={list.reload} />}
            <ErrorBox error={action.error} />
            <PagedList items={claims} pager={pager} pageInfo={data.claims.pageInfo}>
              {(claim) => (
                <li key={claim.id} data-testid="claim" data-claim={claim.id} data-status={claim.status}>
                  <Badge value={claim.status} words={CLAIM_STATUS} /> {name(claim.claimant)} —{' '}
                  {formatMoney(claim.claimed)}
                  {claim.approved && ` → ${formatMoney(claim.approved)}`}{' '}
                  <span className="muted">{date(claim.submittedAt)}</span>
                  <div className="muted">
                    {claim.event.description}
                    {claim.decisionReason && ` · ${claim.decisionReason}`}
                  </div>
                  {canReview && claim.status === 'SUBMITTED' && (
                    <button
                      type="button"
                      disabled={action.running}
                      onClick={() =>
                        void action
                          .run(() =>
                            execute(StartReview, { input: { claimId: claim.id, expectedVersion: claim.version } }),
                          )
                          // Read again after a refusal too, so the next try is made at the claim's current version.
                          .then(() => list.reload())
                      }
                    >
                      {t('startReview')}
                    </button>
                  )}
                  {canReview && claim.status === 'UNDER_REVIEW' && (
                    <ClaimWork claimId={claim.id} label={t('decide')} onChanged={list.reload} work="decide" />
                  )}
                  {canReview && (claim.status === 'APPROVED' || claim.status === 'PARTLY_APPROVED') && (
                    <ClaimWork
                      claimId={claim.id}
                      label={t('recordPayment')}
                      onChanged={list.reload}
                      work="pay"
                      clusterId={clusterId}
                    />
                  )}
                </li>
              )}
            </PagedList>
          </>
        );
      }}
    </Panel>
  );
}

/** A button that opens the claim as it is now (items, what is owed) with the form for the office's next step. */
function ClaimWork({
  claimId,
  label,
  work,
  clusterId = '',
  onChanged,
}: {
  claimId: string;
  label: string;
  work: 'decide' | 'pay';
  clusterId?: string;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  return (
    <ClaimDetailView
      claimId={claimId}
      work={work}
      clusterId={clusterId}
      onClose={() => setOpen(false)}
      onChanged={onChanged}
    />
  );
}

function ClaimDetailView({
  claimId,
  work,
  clusterId,
  onClose,
  onChanged,
}: {
  claimId: string;
  work: 'decide' | 'pay';
  clusterId: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const loaded = useLoad(() => execute(OneClaim, { id: claimId }), claimId);
  if (!loaded.data) return loaded.error ? <ErrorBox error={loaded.error} /> : <Progress />;
  const claim = loaded.data.claim;
  return (
    <div className="detail" data-testid="claim-detail">
      {work === 'decide' ? (
        <DecideForm
          claim={claim}
          onCancel={onClose}
          onRefused={loaded.reload}
          onDone={() => {
            onClose();
            onChanged();
          }}
        />
      ) : (
        <PaymentForm
          // A payment moves the claim's version: the form starts again from what is still owed after it.
          key={claim.version}
          clusterId={clusterId}
          claim={claim}
          onCancel={onClose}
          onDone={() => {
            loaded.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}

/**
 * Approve item by item (all, or part with a reason for every reduction) or reject with a reason, at the version read.
 * Amounts are decimal text turned into minor units without a float; the API checks them against what was claimed.
 */
function DecideForm({
  claim,
  onCancel,
  onDone,
  onRefused,
}: {
  claim: ClaimDetail;
  onCancel: () => void;
  onDone: () => void;
  /** The claim is read again after a refusal, so the next try is made at its current version. */
  onRefused: () => void;
}) {
  const { t } = useLang();
  const word = useWords();
  const currency = claim.claimed.currency;
  const [approved, setApproved] = useState<Record<number, string>>(() =>
    Object.fromEntries(claim.items.map((item) => [item.number, decimalText(item.amount)])),
  );
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [note, setNote] = useState('');
  const run = useAction();
  const decide = (decision: 'APPROVE' | 'REJECT') =>
    void run
      .run(() => {
        if (decision === 'REJECT')
          return execute(Decide, {
            input: {
              claimId: claim.id,
              expectedVersion: claim.version,
              decision,
              reason: required(note, t('fillIn', { field: t('rejectReason') })),
            },
          });
        const items = claim.items.map((item) => {
          const field = `${t('costItem', { n: item.number })}, ${t('approvedAmount')}`;
          const amount = amountOf(
            approved[item.number] ?? '',
            currency,
            t('notAnAmount', { field, currency, decimals: decimalsOf(currency) }),
          );
          const reduced = compareMinor(amount.amountMinor, item.amount.amountMinor) < 0;
          const reason = reasons[item.number]?.trim() ?? '';
          if (reduced && !reason)
            throw new Error(t('fillIn', { field: `${t('costItem', { n: item.number })}, ${t('reductionReason')}` }));
          return { number: item.number, approved: amount, reason: reason || undefined };
        });
        return execute(Decide, {
          input: {
            claimId: claim.id,
            expectedVersion: claim.version,
            decision,
            items,
            reason: note.trim() || undefined,
          },
        });
      })
      .then((done) => (done ? onDone() : onRefused()));
  return (
    <form
      className="stack"
      data-testid="decide-claim"
      // A decision is taken by its button only: Enter in an amount field must not approve the claim.
      onSubmit={(event) => event.preventDefault()}
    >
      {claim.items.map((item) => (
        <fieldset key={item.number} data-testid="claim-item">
          <legend>
            {t('costItem', { n: item.number })}: {word(COMPENSATION_COST_KIND, item.kind)}
          </legend>
          <span>
            {item.description} — {t('claimed')} {formatMoney(item.amount)}
            {item.evidence.length > 0 && <span className="muted"> ({item.evidence.join('; ')})</span>}
          </span>
          <label>
            {t('approvedAmount')} ({currency})
            <input
              className="num"
              inputMode="decimal"
              value={approved[item.number] ?? ''}
              onChange={(e) => setApproved({ ...approved, [item.number]: e.target.value })}
            />
          </label>
          <label>
            {t('reductionReason')}
            <input
              value={reasons[item.number] ?? ''}
              onChange={(e) => setReasons({ ...reasons, [item.number]: e.target.value })}
            />
          </label>
        </fieldset>
      ))}
      <label>
        {t('decisionReason')}
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="actions">
        <button type="button" className="primary" disabled={run.running} onClick={() => decide('APPROVE')}>
          {run.running ? t('working') : t('approve')}
        </button>
        <button type="button" disabled={run.running} onClick={() => decide('REJECT')}>
          {t('reject')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <ErrorBox error={run.error} />
    </form>
  );
}

/**
 * What each payer still owes on an approved claim and the payments recorded; the office records one more, from a
 * payer to the claimant, under a bank or treasury reference that is unique in the cluster.
 */
function PaymentForm({
  clusterId,
  claim,
  onCancel,
  onDone,
}: {
  clusterId: string;
  claim: ClaimDetail;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useLang();
  const name = useNamer();
  const date = useDate();
  const currency = claim.claimed.currency;
  const owing = claim.owedByPayer.filter((row) => compareMinor(row.owed.amountMinor, '0') > 0);
  const [payerId, setPayerId] = useState(owing[0]?.payerId ?? '');
  const [amount, setAmount] = useState(owing[0] ? decimalText(owing[0].owed) : '');
  const [reference, setReference] = useState('');
  const [paidAt, setPaidAt] = useState('');
  const run = useAction();
  const partyName = (payer: { id: string; name: string; localName?: string | null } | null | undefined) =>
    payer ? name(payer) : t('fund');
  return (
    <form
      className="stack"
      data-testid="record-payment"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            execute(RecordPayment, {
              input: {
                clusterId,
                claimId: claim.id,
                fromId: required(payerId, t('choose', { field: t('payer') })),
                toId: claim.claimant.id,
                amount: amountOf(
                  amount,
                  currency,
                  t('notAnAmount', { field: t('amount'), currency, decimals: decimalsOf(currency) }),
                ),
                reference: required(reference, t('fillIn', { field: t('paymentReference') })),
                paidAt: paidAt ? instantOf(paidAt, t('chooseTime')) : new Date().toISOString(),
              },
            }),
          )
          .then((done) => {
            if (!done) return;
            setReference('');
            onDone();
          });
      }}
    >
      <table>
        <tbody>
          {claim.owedByPayer.map((row) => (
            <tr key={row.payerId} data-testid="owed-by-payer">
              <td>{partyName(row.payer)}</td>
              <td>
                {t('stillOwed')} {formatMoney(row.owed)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {claim.payments.length > 0 && (
        <>
          <h4>{t('payments')}</h4>
          <ul>
            {claim.payments.map((payment) => (
              <li key={payment.id} data-testid="payment">
                {partyName(payment.from)}: {formatMoney(payment.amount)} · {payment.reference}{' '}
                <span className="muted">{date(payment.paidAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {owing.length > 0 && (
        <>
          <label>
            {t('payer')}
            <select
              value={payerId}
              onChange={(e) => {
                setPayerId(e.target.value);
                const owed = owing.find((row) => row.payerId === e.target.value)?.owed;
                if (owed) setAmount(decimalText(owed));
              }}
            >
              {owing.map((row) => (
                <option key={row.payerId} value={row.payerId}>
                  {partyName(row.payer)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('amount')} ({currency})
            <input className="num" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
          <label>
            {t('paymentReference')}
            <input value={reference} onChange={(e) => setReference(e.target.value)} />
          </label>
          <label>
            {t('paidAt')}
            <input type="datetime-local" value={paidAt} onChange={(e) => setPaidAt(e.target.value)} />
          </label>
          <FormActions label={t('recordPayment')} running={run.running} error={run.error} onCancel={onCancel} />
        </>
      )}
    </form>
  );
}

type ItemDraft = { kind: CompensationCostKind | ''; description: string; amount: string; evidence: string };
const NO_ITEM: ItemDraft = { kind: '', description: '', amount: '', evidence: '' };

/**
 * A city officer files a claim for its own costs: under an agreement in force with compensation terms that names the
 * city as a party, for a confirmed event, item by item with evidence. One idempotency key per claim.
 */
function FileClaimForm({ clusterId, cityId, onDone }: { clusterId: string; cityId: string; onDone: () => void }) {
  const { t } = useLang();
  const word = useWords();
  const [open, setOpen] = useState(false);
  const choices = useLoad(
    () => (open ? execute(Claimable, { clusterId }) : Promise.resolve(undefined)),
    `${clusterId}|${open}`,
  );
  const [agreementId, setAgreementId] = useState('');
  const [eventId, setEventId] = useState('');
  const [items, setItems] = useState<ItemDraft[]>([NO_ITEM]);
  const idempotency = useIdempotencyKey();
  const run = useAction();
  if (!open)
    return (
      <div>
        <button type="button" onClick={() => setOpen(true)}>
          {t('fileClaim')}
        </button>
      </div>
    );
  const agreements = (choices.data?.agreements.nodes ?? []).filter(
    (agreement) => agreement.inForce?.compensation && agreement.inForce.parties.some((party) => party.id === cityId),
  );
  const events = (choices.data?.riskEvents.nodes ?? []).filter((event) => event.confirmedAt);
  const chosen = agreements.find((agreement) => agreement.id === agreementId) ?? agreements[0];
  const terms = chosen?.inForce?.compensation;
  const currency = terms?.currency ?? 'CNY';
  const kinds = terms?.coveredKinds.map((covered) => covered.kind) ?? [];
  const change = (index: number, patch: Partial<ItemDraft>) =>
    setItems(items.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <form
      className="stack"
      data-testid="file-claim"
      onSubmit={(event) => {
        event.preventDefault();
        void run
          .run(() =>
            execute(FileClaim, {
              input: {
                agreementId: required(chosen?.id ?? '', t('choose', { field: t('agreement') })),
                eventId: required(eventId || events[0]?.id || '', t('choose', { field: t('event') })),
                claimantCityId: cityId,
                items: items.map((item, index) => {
                  const n = index + 1;
                  const kind = item.kind || kinds[0];
                  if (!kind) throw new Error(t('choose', { field: `${t('costItem', { n })}, ${t('costKind')}` }));
                  return {
                    kind,
                    description: required(
                      item.description,
                      t('fillIn', { field: `${t('costItem', { n })}, ${t('description')}` }),
                    ),
                    amount: amountOf(
                      item.amount,
                      currency,
                      t('notAnAmount', {
                        field: `${t('costItem', { n })}, ${t('amount')}`,
                        currency,
                        decimals: decimalsOf(currency),
                      }),
                    ),
                    evidence: item.evidence
                      .split('\n')
                      .map((line) => line.trim())
                      .filter(Boolean),
                  };
                }),
                idempotencyKey: idempotency.key,
              },
            }),
          )
          .then((done) => {
            if (!done) return;
            idempotency.renew();
            setItems([NO_ITEM]);
            setOpen(false);
            onDone();
          });
      }}
    >
      <ErrorBox error={choices.error} />
      {choices.loading && <Progress />}
      {choices.data && agreements.length === 0 && <p className="muted">{t('noClaimableAgreement')}</p>}
      <label>
        {t('agreement')}
        <select aria-label={t('agreement')} value={chosen?.id ?? ''} onChange={(e) => setAgreementId(e.target.value)}>
          {agreements.map((agreement) => (
            <option key={agreement.id} value={agreement.id}>
              {agreement.inForce?.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('event')}
        <select aria-label={t('event')} value={eventId} onChange={(e) => setEventId(e.target.value)}>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.description}
            </option>
          ))}
        </select>
      </label>
      {items.map((item, index) => (
        <fieldset key={index} data-testid="claim-item-input">
          <legend>{t('costItem', { n: index + 1 })}</legend>
          <label>
            {t('costKind')}
            <select
              value={item.kind || kinds[0] || ''}
              onChange={(e) => change(index, { kind: e.target.value as CompensationCostKind })}
            >
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {word(COMPENSATION_COST_KIND, kind)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('description')}
            <input value={item.description} onChange={(e) => change(index, { description: e.target.value })} />
          </label>
          <label>
            {t('amount')} ({currency})
            <input
              className="num"
              inputMode="decimal"
              value={item.amount}
              onChange={(e) => change(index, { amount: e.target.value })}
            />
          </label>
          <label>
            {t('evidenceRefs')}
            <textarea rows={2} value={item.evidence} onChange={(e) => change(index, { evidence: e.target.value })} />
          </label>
          {items.length > 1 && (
            <button type="button" className="link" onClick={() => setItems(items.filter((_, at) => at !== index))}>
              {t('removeItem')}
            </button>
          )}
        </fieldset>
      ))}
      <div>
        <button type="button" className="link" onClick={() => setItems([...items, NO_ITEM])}>
          {t('addItem')}
        </button>
      </div>
      <FormActions
        label={t('fileClaim')}
        running={run.running}
        error={run.error}
        onCancel={() => setOpen(false)}
        disabled={agreements.length === 0}
      />
    </form>
  );
}
