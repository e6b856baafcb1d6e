import type { Actor } from '../domain/roles';
import { ledgerEffects } from '../domain/compensation/ledger-effects';
import { countsAsApproved } from '../domain/compensation/claims';
import {
  ClaimEntity,
  FundContributionEntity,
  FundSuspensionEntity,
  LedgerEntryEntity,
  type StoredClaim,
  type StoredFundContribution,
  type StoredLedgerEntry,
} from './entities';
import { batchGetByIds } from './batch';
import { exactly, onlyExact } from './exact';
import { transaction, type Refusal, type TotalBounds, type WriteTransaction } from './kernel';
import { exactMinor, queryTotals, readTotal, readTotals, type Total, type TotalKey } from './totals';

/**
 * The ledger and the totals it keeps. A cluster's ledger lines are append-only; beside them the ledger keeps, moved in
 * the transaction of every line:
 * - each party's net position (`position#<party>`: positive is owed to it), and when it first owed anything;
 * - the fund (`fund`): contributions in (from members, from third parties), payments out and in, the cash it holds,
 *   and the ledger's currency;
 * - per claim, what each payer still owes on it (`owed#<payer>`);
 * - per event and agreement, what has been approved against the cap per event (`approved`).
 * Every money rule is a bound on one of these in the writing transaction, and only writes touching the same party,
 * claim or event touch the same total.
 */
const ledgerPartition = (clusterId: string) => `$citypact#ledger-totals#${clusterId}`;

export const ledgerTotalKeys = {
  position: (clusterId: string, partyId: string): TotalKey => ({
    pk: ledgerPartition(clusterId),
    sk: `position#${partyId}`,
  }),
  fund: (clusterId: string): TotalKey => ({ pk: ledgerPartition(clusterId), sk: 'fund' }),
  claimOwed: (claimId: string): TotalKey => ({ pk: `$citypact#claim-totals#${claimId}`, sk: 'owed' }),
  eventApproved: (eventId: string, agreementId: string): TotalKey => ({
    pk: `$citypact#event-totals#${eventId}`,
    sk: `approved#${agreementId}`,
  }),
};

const owedField = (payerId: string) => `owed#${payerId}`;

/** A party's position as kept: its net, when it first owed anything, until when the fund may not pay it. */
export interface Position {
  partyId: string;
  net: bigint;
  /** Whether any ledger line has named the party (a position may exist only to bar the fund from paying it). */
  named: boolean;
  firstOwedAt?: string;
  drawBarredUntil?: string;
}

export interface FundTotals {
  currency?: string;
  fromMembers: bigint;
  fromThirdParties: bigint;
  disbursed: bigint;
  received: bigint;
  cash: bigint;
}

function positionOf(total: Total | undefined, partyId: string): Position {
  return {
    partyId,
    net: exactMinor(total?.net),
    named: total?.net !== undefined,
    ...(typeof total?.firstOwedAt === 'string' ? { firstOwedAt: total.firstOwedAt } : {}),
    // An empty bar is one that was lifted (kept, so the next sanction can condition on it).
    ...(typeof total?.drawBarredUntil === 'string' ? { drawBarredUntil: total.drawBarredUntil } : {}),
  };
}

function fundOf(total: Total | undefined): FundTotals {
  return {
    ...(typeof total?.currency === 'string' ? { currency: total.currency } : {}),
    fromMembers: exactMinor(total?.fromMembers),
    fromThirdParties: exactMinor(total?.fromThirdParties),
    disbursed: exactMinor(total?.disbursed),
    received: exactMinor(total?.received),
    cash: exactMinor(total?.cash),
  };
}

/** The refusals a ledger write can meet, worded by the service that knows the parties' names. */
export interface LedgerRefusals {
  /** A party's position would pass its bound (or the largest amount CityPact records). */
  position: (partyId: string, current: Position) => Error | Promise<Error>;
  /** A payer would pay more on a claim than it still owes there. */
  claimOwed?: (payerId: string, owed: bigint) => Error | Promise<Error>;
  /** The fund would pay out more than it holds, or a fund total would pass the largest amount. */
  fund?: (current: FundTotals) => Error | Promise<Error>;
  /** The payee may not draw from the fund now. */
  drawBarred?: (until: string) => Error | Promise<Error>;
  /** A line with the same id is already on the ledger (a payment recorded twice: its id comes from its reference). */
  lineExists?: (entryId: string) => Error | Promise<Error>;
  /** The amount is in another currency than the ledger's. */
  currency?: (ledgerCurrency: string) => Error | Promise<Error>;
}

/** Bounds on the change a write makes, beyond the largest amount every total keeps to. */
export interface LedgerBounds {
  /** Per party, its net position after the write. */
  positions?: Record<string, TotalBounds>;
  /** The fund may not pay this party while it is barred (checked against this instant). */
  fundPaysAt?: { partyId: string; now: string };
  /** The cash the fund holds after the write. */
  fundCash?: TotalBounds;
}

/**
 * Adds ledger lines to a transaction: each line, and one adjustment per total it moves (a transaction touches an item
 * once, so a claimant's position moved by several shares is one adjustment).
 */
export interface LedgerWriteOptions {
  refusals: LedgerRefusals;
  bounds?: LedgerBounds;
  /** The claimant of a claim a line is about (what its payers owe on it is kept per claim). */
  claimantOf?: (claimId: string) => string | undefined;
}

export function addLedgerLines(
  tx: WriteTransaction,
  lines: readonly StoredLedgerEntry[],
  { refusals, bounds = {}, claimantOf = () => undefined }: LedgerWriteOptions,
): WriteTransaction {
  if (lines.length === 0) return tx;
  const clusterId = lines[0].clusterId;
  const { nets, firstOwedAt: debtors, owedOnClaims: owed, fundOut, fundIn } = ledgerEffects(lines, claimantOf);
  for (const line of lines) {
    tx.create(`ledger line ${line.entryId}`, LedgerEntryEntity.create(line), () =>
      refusals.lineExists
        ? refusals.lineExists(line.entryId)
        : new Error(`Ledger line ${line.entryId} already exists.`),
    );
  }
  for (const [partyId, delta] of [...nets].sort(([a], [b]) => a.localeCompare(b))) {
    const barred = bounds.fundPaysAt?.partyId === partyId ? bounds.fundPaysAt : undefined;
    const firstOwed = debtors.get(partyId);
    tx.adjust(
      `position of ${partyId}`,
      ledgerTotalKeys.position(clusterId, partyId),
      {
        add: { net: delta },
        ...(bounds.positions?.[partyId] ? { bounds: { net: bounds.positions[partyId] } } : {}),
        ...(firstOwed ? { setOnce: { firstOwedAt: firstOwed } } : {}),
        ...(barred ? { notAfter: { drawBarredUntil: barred.now } } : {}),
      },
      (current) => {
        const position = positionOf(current as Total | undefined, partyId);
        if (barred && position.drawBarredUntil && position.drawBarredUntil > barred.now && refusals.drawBarred)
          return refusals.drawBarred(position.drawBarredUntil);
        return refusals.position(partyId, position);
      },
    );
  }
  for (const [claimId, perPayer] of owed) {
    const add = Object.fromEntries([...perPayer].map(([payerId, delta]) => [owedField(payerId), delta]));
    // What a payer still owes on a claim never goes below zero through a payment.
    const paying = lines.filter((line) => line.kind === 'PAYMENT' && line.claimId === claimId);
    const boundsOf = Object.fromEntries(paying.map((line) => [owedField(line.payeeId), { atLeast: 0n }]));
    tx.adjust(
      `what is owed on claim ${claimId}`,
      ledgerTotalKeys.claimOwed(claimId),
      { add, bounds: boundsOf },
      (current) => {
        const payer = paying[0]?.payeeId;
        if (payer && refusals.claimOwed) return refusals.claimOwed(payer, exactMinor(current?.[owedField(payer)]));
        return new Error(`A total of claim ${claimId} would pass the largest amount CityPact records.`);
      },
    );
  }
  const currency = lines[0].currency;
  if (fundOut > 0n || fundIn > 0n) {
    adjustFund(
      tx,
      clusterId,
      currency,
      { disbursed: fundOut, received: fundIn, cash: fundIn - fundOut },
      refusals,
      bounds.fundCash,
    );
  }
  return tx;
}

/** Moves the fund's totals (and holds the ledger to one currency, set by the first amount recorded). */
export function adjustFund(
  tx: WriteTransaction,
  clusterId: string,
  currency: string,
  add: Partial<Record<keyof Omit<FundTotals, 'currency'>, bigint>>,
  refusals: Pick<LedgerRefusals, 'fund' | 'currency'>,
  cash?: TotalBounds,
): WriteTransaction {
  const moved = Object.fromEntries(Object.entries(add).filter(([, value]) => value !== 0n));
  return tx.adjust(
    'fund',
    ledgerTotalKeys.fund(clusterId),
    { add: moved, ...(cash && 'cash' in moved ? { bounds: { cash } } : {}), keep: { currency } },
    (current) => {
      const fund = fundOf(current as Total | undefined);
      if (fund.currency && fund.currency !== currency && refusals.currency) return refusals.currency(fund.currency);
      if (refusals.fund) return refusals.fund(fund);
      return new Error('A total of the fund would pass the largest amount CityPact records.');
    },
  );
}

/**
 * Moves what an event has approved under an agreement by `change`, in the transaction of the approval or revision: an
 * increase past the cap per event (`capMinor`) fails there, so two approvals at the same moment cannot both pass it.
 */
export function addToEventApproved(
  tx: WriteTransaction,
  claim: Pick<StoredClaim, 'eventId' | 'agreementId'>,
  change: bigint,
  capMinor: bigint | undefined,
  refused: (approved: bigint) => Error,
): WriteTransaction {
  if (change === 0n) return tx;
  return tx.adjust(
    'approved for the event',
    ledgerTotalKeys.eventApproved(claim.eventId, claim.agreementId),
    {
      add: { approved: change },
      ...(capMinor !== undefined && change > 0n ? { bounds: { approved: { atMost: capMinor } } } : {}),
    },
    (current) => refused(exactMinor(current?.approved)),
  );
}

/** What a compliance record's consequence writes to the ledger: a line (surcharge, bonus, reversal), or a fund-draw bar. */
export interface LedgerWrite {
  entry?: StoredLedgerEntry;
  refusals: LedgerRefusals;
  /**
   * The fund may not pay this city before `until` ('' when no bar is left); `previous` is the bar read, which must be
   * unchanged when this is written (another sanction at the same moment is refused rather than lost).
   */
  drawBar?: { clusterId: string; cityId: string; until: string; previous: string | undefined; changed: Refusal };
}

export function addLedgerWrite(tx: WriteTransaction, ledger: LedgerWrite): WriteTransaction {
  if (ledger.entry) addLedgerLines(tx, [ledger.entry], { refusals: ledger.refusals });
  const bar = ledger.drawBar;
  if (bar) {
    tx.adjust(
      `fund-draw bar of ${bar.cityId}`,
      ledgerTotalKeys.position(bar.clusterId, bar.cityId),
      { set: { drawBarredUntil: bar.until }, expect: { drawBarredUntil: bar.previous ?? null } },
      bar.changed,
    );
  }
  return tx;
}

export const ledgerRepository = {
  /**
   * Records a payment (a ledger line the other way round) with its audit event; towards a claim, the claim moves to its
   * next version in the same transaction (and to SETTLED when nothing is left owed), so payments on one claim are
   * decided one after the other.
   */
  async recordPayment(
    entry: StoredLedgerEntry,
    actor: Actor,
    at: string,
    options: LedgerWriteOptions & { claim?: { read: StoredClaim; settles: boolean; changed: Refusal } },
  ): Promise<void> {
    const tx = addLedgerLines(transaction(), [entry], options);
    auditPayment(tx, entry, actor, at);
    const claim = options.claim;
    if (claim) {
      tx.update(
        'claim at the version read',
        ClaimEntity.patch({ claimId: claim.read.claimId })
          .set({ version: claim.read.version + 1, ...(claim.settles ? { status: 'SETTLED' as const } : {}) })
          .append({ paymentIds: [entry.entryId] })
          .where(({ version }, { eq }) => eq(version, claim.read.version)),
        claim.changed,
      );
    }
    await tx.commit();
  },

  /** Every party's position in a cluster: one query of a partition holding one item per party. */
  async positions(clusterId: string): Promise<Position[]> {
    const totals = await queryTotals(ledgerPartition(clusterId), 'position#');
    return totals.map((total) => positionOf(total, total.sk.slice('position#'.length)));
  },

  async positionsOf(clusterId: string, partyIds: readonly string[]): Promise<Map<string, Position>> {
    const keys = partyIds.map((partyId) => ledgerTotalKeys.position(clusterId, partyId));
    const totals = await readTotals(keys);
    return new Map(
      partyIds.map((partyId, index) => [
        partyId,
        positionOf(totals.get(`${keys[index].pk}\u0000${keys[index].sk}`), partyId),
      ]),
    );
  },

  async fund(clusterId: string): Promise<FundTotals> {
    return fundOf(await readTotal(ledgerTotalKeys.fund(clusterId)));
  },

  /** What each payer still owes on a claim (zero or less once paid). */
  async owedOnClaim(claimId: string): Promise<Map<string, bigint>> {
    const total = await readTotal(ledgerTotalKeys.claimOwed(claimId));
    const owed = new Map<string, bigint>();
    for (const [field, value] of Object.entries(total ?? {})) {
      if (field.startsWith('owed#')) owed.set(field.slice('owed#'.length), exactMinor(value));
    }
    return owed;
  },

  async approvedForEvent(eventId: string, agreementId: string): Promise<bigint> {
    return exactMinor((await readTotal(ledgerTotalKeys.eventApproved(eventId, agreementId)))?.approved);
  },

  /** The whole ledger of a cluster, read with strong consistency (for a period's balances and for the backfill). */
  async entries(clusterId: string): Promise<StoredLedgerEntry[]> {
    const { data } = await LedgerEntryEntity.query.byCluster({ clusterId }).go({ pages: 'all', consistent: true });
    return onlyExact({ clusterId }, data);
  },

  async getMany(clusterId: string, ids: readonly string[]): Promise<(StoredLedgerEntry | undefined)[]> {
    const entries = await batchGetByIds(ids, 'entryId', (batch) =>
      LedgerEntryEntity.get(batch.map((entryId) => ({ clusterId, entryId }))).go({ consistent: true }),
    );
    return entries.map((entry) => exactly({ clusterId }, entry));
  },
};

export const fundRepository = {
  async getMany(clusterId: string, ids: readonly string[]): Promise<(StoredFundContribution | undefined)[]> {
    const found = await batchGetByIds(ids, 'contributionId', (batch) =>
      FundContributionEntity.get(batch.map((contributionId) => ({ contributionId }))).go({ consistent: true }),
    );
    return found.map((contribution) => exactly({ clusterId }, contribution));
  },

  /** Records a contribution once (its id comes from the reference) with its audit event and the fund's totals. */
  async record(
    contribution: StoredFundContribution,
    actor: Actor,
    at: string,
    refusals: Pick<LedgerRefusals, 'fund' | 'currency'> & { alreadyRecorded: Refusal },
  ): Promise<void> {
    const amount = BigInt(contribution.amountMinor);
    const tx = transaction()
      .create('contribution', FundContributionEntity.create(contribution), refusals.alreadyRecorded)
      .audit(
        actor,
        {
          clusterId: contribution.clusterId,
          action: 'FUND_CONTRIBUTION_RECORDED',
          targetType: 'FundContribution',
          targetId: contribution.contributionId,
          changes: {
            from: [null, contribution.cityId ?? contribution.thirdParty],
            amountMinor: [null, contribution.amountMinor],
          },
        },
        at,
      );
    adjustFund(
      tx,
      contribution.clusterId,
      contribution.currency,
      { [contribution.cityId ? 'fromMembers' : 'fromThirdParties']: amount, cash: amount },
      refusals,
    );
    await tx.commit();
  },

  /** The newest contributions first, as many as asked. */
  async contributions(clusterId: string, limit?: number): Promise<StoredFundContribution[]> {
    const { data } = await FundContributionEntity.query
      .byCluster({ clusterId })
      .go(limit === undefined ? { pages: 'all', order: 'desc' } : { order: 'desc', limit });
    return onlyExact({ clusterId }, data);
  },
};

/** Adds the audit event of a payment (what was entered: from, to). */
export function auditPayment(tx: WriteTransaction, payment: StoredLedgerEntry, actor: Actor, at: string) {
  return tx.audit(
    actor,
    {
      clusterId: payment.clusterId,
      action: 'PAYMENT_RECORDED',
      targetType: 'LedgerEntry',
      targetId: payment.entryId,
      changes: {
        payer: [null, payment.payeeId],
        payee: [null, payment.payerId],
        amountMinor: [null, payment.amountMinor],
        reference: [null, payment.reference],
        claimId: [null, payment.claimId ?? null],
      },
    },
    at,
  );
}

/**
 * Totals for a ledger written before they were kept: computed once from the records and written, all under the
 * condition that no backfill finished first; the marker (`keptSince` on the fund total) is written last, so a backfill
 * cut short is simply done again. Writers wait for the marker (`ensureLedgerTotals`), so none can interleave.
 */
async function backfill(clusterId: string, at: string): Promise<void> {
  const [entries, contributions, claims] = await Promise.all([
    ledgerRepository.entries(clusterId),
    fundRepository.contributions(clusterId),
    claimsOfCluster(clusterId),
  ]);
  const claimants = new Map(claims.map((claim) => [claim.claimId, claim.claimantCityId]));
  const effects = ledgerEffects(entries, (claimId) => claimants.get(claimId));
  const positions = new Map(
    [...effects.nets].map(([partyId, net]) => [partyId, { net, firstOwedAt: effects.firstOwedAt.get(partyId) }]),
  );
  const owed = effects.owedOnClaims;
  const disbursed = effects.fundOut;
  const received = effects.fundIn;
  const fromMembers = contributions.filter((c) => c.cityId).reduce((total, c) => total + BigInt(c.amountMinor), 0n);
  const fromThirdParties = contributions
    .filter((c) => !c.cityId)
    .reduce((total, c) => total + BigInt(c.amountMinor), 0n);
  const approved = new Map<string, { eventId: string; agreementId: string; minor: bigint }>();
  for (const claim of claims) {
    if (!countsAsApproved(claim) || !claim.approvedMinor) continue;
    const key = `${claim.eventId}\u0000${claim.agreementId}`;
    const before = approved.get(key)?.minor ?? 0n;
    approved.set(key, {
      eventId: claim.eventId,
      agreementId: claim.agreementId,
      minor: before + BigInt(claim.approvedMinor),
    });
  }
  const suspensions = await activeSuspensions(clusterId, at);
  const items: Array<TotalKey & Record<string, unknown>> = [
    ...[...positions].map(([partyId, position]) => ({
      ...ledgerTotalKeys.position(clusterId, partyId),
      net: position.net,
      ...(position.firstOwedAt ? { firstOwedAt: position.firstOwedAt } : {}),
      ...(suspensions.get(partyId) ? { drawBarredUntil: suspensions.get(partyId) } : {}),
    })),
    ...[...suspensions]
      .filter(([partyId]) => !positions.has(partyId))
      .map(([partyId, until]) => ({ ...ledgerTotalKeys.position(clusterId, partyId), drawBarredUntil: until })),
    ...[...owed].map(([claimId, perPayer]) => ({
      ...ledgerTotalKeys.claimOwed(claimId),
      ...Object.fromEntries([...perPayer].map(([payerId, value]) => [owedField(payerId), value])),
    })),
    ...[...approved.values()].map((event) => ({
      ...ledgerTotalKeys.eventApproved(event.eventId, event.agreementId),
      approved: event.minor,
    })),
  ];
  const currency = entries[0]?.currency ?? contributions[0]?.currency;
  const fund = {
    ...ledgerTotalKeys.fund(clusterId),
    ...(currency ? { currency } : {}),
    fromMembers,
    fromThirdParties,
    disbursed,
    received,
    cash: fromMembers + fromThirdParties + received - disbursed,
  };
  const markerAbsent = (tx: WriteTransaction) =>
    tx.checkTotal(
      'no backfill finished first',
      ledgerTotalKeys.fund(clusterId),
      { keptSince: null },
      () => new BackfillDone(),
    );
  try {
    for (let start = 0; start < items.length; start += 50) {
      const tx = markerAbsent(transaction());
      for (const item of items.slice(start, start + 50))
        tx.putTotal(`total ${item.pk} ${item.sk}`, item, backfillRaced);
      await tx.commit();
    }
    await transaction()
      .putTotal('fund', { ...fund, keptSince: at }, () => new BackfillDone(), { absent: 'keptSince' })
      .commit();
  } catch (error) {
    if (!(error instanceof BackfillDone)) throw error;
  }
}

class BackfillDone extends Error {}
const backfillRaced = () => new BackfillDone();

async function claimsOfCluster(clusterId: string): Promise<StoredClaim[]> {
  const { data } = await ClaimEntity.query.byCluster({ clusterId }).go({ pages: 'all', attributes: ['claimId'] });
  const claims = await batchGetByIds(
    data.map((claim) => claim.claimId),
    'claimId',
    (ids) => ClaimEntity.get(ids.map((claimId) => ({ claimId }))).go({ consistent: true }),
  );
  return claims.filter((claim): claim is StoredClaim => !!claim && claim.clusterId === clusterId);
}

/** Per city, the latest end of the fund-draw suspensions in effect at `at` (they bar the fund from paying it). */
async function activeSuspensions(clusterId: string, at: string): Promise<Map<string, string>> {
  const { data: suspensions } = await FundSuspensionEntity.query
    .byCluster({ clusterId })
    .go({ pages: 'all', consistent: true });
  const until = new Map<string, string>();
  for (const suspension of suspensions) {
    if (suspension.liftedAt || suspension.until <= at) continue;
    if ((until.get(suspension.cityId) ?? '') < suspension.until) until.set(suspension.cityId, suspension.until);
  }
  return until;
}

/** Clusters whose totals are known to be kept (the marker never goes away, so it is remembered per container). */
const kept = new Set<string>();

/** Makes sure a cluster's ledger totals are kept before anything reads or moves them (backfilling them once). */
export async function ensureLedgerTotals(clusterId: string, at: string): Promise<void> {
  if (kept.has(clusterId)) return;
  const marker = await readTotal(ledgerTotalKeys.fund(clusterId));
  if (!marker?.keptSince) await backfill(clusterId, at);
  kept.add(clusterId);
}

/** Forgets which clusters were seen with kept totals (a table that was emptied and reused, as tests do). */
export function forgetKeptTotals(): void {
  kept.clear();
}

export type { Refusal };
