/**
 * The ledger's figures: reads (`balances`, `fund`, `settlementPlan`) as the ledger grows, and many clients recording
 * money for different parties at once. Lines are written through the store's own ledger write (`addLedgerLines` in
 * kernel transactions), so the totals are kept exactly as the API keeps them; only the API is timed.
 */
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { StoredLedgerEntry } from '../../src/store/entities';
import { percentile } from './measure';
import { sendGraphql, type LambdaHandler } from './lambda';

export const LEDGER_BALANCES = `query ($clusterId: ID!) { balances(clusterId: $clusterId) { partyId net { amountMinor } } }`;
export const LEDGER_FUND = `query ($clusterId: ID!) {
  fund(clusterId: $clusterId) { balance { amountMinor } owed { amountMinor } dueToFund { amountMinor } } }`;
export const LEDGER_PLAN = `query ($clusterId: ID!) {
  settlementPlan(clusterId: $clusterId) { fromId toId amount { amountMinor } } }`;
const PAY = `mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordComplianceInput!) { recordCompliance(input: $input) { id } }`;

/** Lines per transaction: two positions (one pair of cities per writer) and the lines, within DynamoDB's 100 items. */
const LINES_PER_TRANSACTION = 98;

const refused = () => new Error('bench: a ledger total would pass its bound');

async function writeLines(lines: StoredLedgerEntry[]): Promise<void> {
  const { addLedgerLines } = await import('../../src/store/ledger');
  const { transaction } = await import('../../src/store/kernel');
  await addLedgerLines(transaction(), lines, { refusals: { position: refused } }).commit();
}

/**
 * Adds `count` ledger lines to a cluster: claim shares back and forth within disjoint pairs of cities, one writer per
 * pair at once (writers share no total, so none waits on another). Returns each party's net change.
 */
export async function growLedger(
  clusterId: string,
  cityIds: readonly string[],
  count: number,
  from: number,
): Promise<Map<string, bigint>> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < cityIds.length; i += 2) pairs.push([cityIds[i], cityIds[i + 1]]);
  const nets = new Map<string, bigint>();
  const perPair = Math.ceil(count / pairs.length);
  const base = Date.parse('2025-01-01T00:00:00Z');
  await Promise.all(
    pairs.map(async ([a, b], pairIndex) => {
      const todo = Math.min(perPair, count - pairIndex * perPair);
      for (let done = 0; done < todo; done += LINES_PER_TRANSACTION) {
        const lines = Array.from(
          { length: Math.min(LINES_PER_TRANSACTION, todo - done) },
          (_, i): StoredLedgerEntry => {
            const n = from + pairIndex * perPair + done + i;
            const [payerId, payeeId] = n % 3 === 0 ? [b, a] : [a, b];
            const amountMinor = String(100 + ((n * 7919) % 1_000_000));
            nets.set(payeeId, (nets.get(payeeId) ?? 0n) + BigInt(amountMinor));
            nets.set(payerId, (nets.get(payerId) ?? 0n) - BigInt(amountMinor));
            return {
              entryId: `led_bench_${randomUUID()}`,
              clusterId,
              kind: 'CLAIM_SHARE',
              payerId,
              payeeId,
              amountMinor,
              currency: 'CNY',
              at: new Date(base + n * 1000).toISOString(),
              recordedBy: { id: 'bench', name: 'Bench', role: 'COORDINATOR' },
            };
          },
        );
        await writeLines(lines);
      }
    }),
  );
  return nets;
}

/** Each debtor owes each creditor `amount` (one transaction): the debts the concurrent payments settle a little of. */
export async function owe(clusterId: string, debtors: string[], creditors: string[], amount: bigint): Promise<void> {
  await writeLines(
    debtors.flatMap((payerId) =>
      creditors.map((payeeId): StoredLedgerEntry => ({
        entryId: `led_bench_${randomUUID()}`,
        clusterId,
        kind: 'CLAIM_SHARE',
        payerId,
        payeeId,
        amountMinor: amount.toString(),
        currency: 'CNY',
        at: '2025-01-01T00:00:00.000Z',
        recordedBy: { id: 'bench', name: 'Bench', role: 'COORDINATOR' },
      })),
    ),
  );
}

export async function netsOf(handler: LambdaHandler, token: string, clusterId: string): Promise<Map<string, bigint>> {
  const outcome = await sendGraphql<{ balances: Array<{ partyId: string; net: { amountMinor: string } }> }>(
    handler,
    token,
    LEDGER_BALANCES,
    { clusterId },
  );
  if (!outcome.data) throw new Error(`balances failed: ${outcome.errorText}`);
  return new Map(outcome.data.balances.map((b) => [b.partyId, BigInt(b.net.amountMinor)]));
}

/** What one writer of the money run does: a payment between its pair of cities, or a surcharge on its city. */
export type MoneyWriter =
  { kind: 'payment'; fromId: string; toId: string } | { kind: 'surcharge'; cityId: string; agreementId: string };

export interface MoneyRun {
  clients: number;
  elapsedMs: number;
  ok: number;
  conflicts: number;
  otherErrors: Record<string, number>;
  firstOtherError?: string;
  medianMs: number;
  p95Ms: number;
  /** Each party's net moved by exactly the writes that succeeded. */
  lost: string[];
}

/** Every writer sends its writes one after another for `durationMs`; the net positions are checked before and after. */
export async function moneyRun(
  handler: LambdaHandler,
  token: string,
  clusterId: string,
  writers: readonly MoneyWriter[],
  durationMs: number,
): Promise<MoneyRun> {
  const before = await netsOf(handler, token, clusterId);
  const expected = new Map(before);
  const move = (party: string, delta: bigint) => expected.set(party, (expected.get(party) ?? 0n) + delta);
  const latencies: number[] = [];
  let ok = 0;
  let conflicts = 0;
  const otherErrors: Record<string, number> = {};
  let firstOtherError: string | undefined;
  const started = performance.now();
  await Promise.all(
    writers.map(async (writer, client) => {
      for (let n = 0; performance.now() - started < durationMs; n++) {
        const amount = { amountMinor: String(100 + client), currency: 'CNY' };
        const begin = performance.now();
        const outcome =
          writer.kind === 'payment'
            ? await sendGraphql(handler, token, PAY, {
                input: {
                  clusterId,
                  fromId: writer.fromId,
                  toId: writer.toId,
                  amount,
                  reference: `bench-${client}-${n}-${randomUUID()}`,
                  paidAt: new Date().toISOString(),
                },
              })
            : await sendGraphql(handler, token, RECORD, {
                input: {
                  clusterId,
                  cityId: writer.cityId,
                  kind: 'NON_COOPERATION',
                  note: 'Bench: late at the joint drill',
                  evidence: { text: 'Drill log' },
                  agreementId: writer.agreementId,
                  consequence: { kind: 'FUND_SURCHARGE', amount },
                },
              });
        latencies.push(performance.now() - begin);
        if (outcome.data) {
          ok += 1;
          const value = BigInt(amount.amountMinor);
          if (writer.kind === 'payment') {
            move(writer.fromId, value);
            move(writer.toId, -value);
          } else {
            move(writer.cityId, -value);
            move('FUND', value);
          }
        } else if (outcome.errorCodes[0] === 'CONFLICT') conflicts += 1;
        else {
          otherErrors[outcome.errorCodes[0]] = (otherErrors[outcome.errorCodes[0]] ?? 0) + 1;
          firstOtherError ??= outcome.errorText;
        }
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  const after = await netsOf(handler, token, clusterId);
  const lost = [...new Set([...expected.keys(), ...after.keys()])]
    .filter((party) => (expected.get(party) ?? 0n) !== (after.get(party) ?? 0n))
    .map((party) => `${party}: expected ${expected.get(party) ?? 0n}, the ledger shows ${after.get(party) ?? 0n}`);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    clients: writers.length,
    elapsedMs,
    ok,
    conflicts,
    otherErrors,
    ...(firstOtherError ? { firstOtherError } : {}),
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    lost,
  };
}
