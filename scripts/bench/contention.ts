/**
 * Many clients changing the same few items at once, as officers of one city do during an incident: each client reads
 * an item, writes it back at the version it read, and on CONFLICT reads again and retries. Afterwards, the items
 * must show every successful update exactly once (optimistic locking loses none and applies none twice).
 */
import { performance } from 'node:perf_hooks';
import type { CallCounter } from '../lib/call-counter';
import { callMix, percentile, type Measurement } from './measure';
import type { ReadMeter } from './read-meter';

export interface ItemState {
  version: number;
  onHand: number;
  shareable: number;
}

export type UpdateOutcome = { ok: true } | { ok: false; code: string; text: string };

/** One client: a caller of the API (its own token), reading and updating items through the handler. */
export interface ContentionClient {
  read(itemId: string): Promise<ItemState>;
  update(itemId: string, expectedVersion: number, onHand: number): Promise<UpdateOutcome>;
}

export interface ContentionPlan {
  /** Clients start new changes until then; changes under way finish (or give up on their next CONFLICT). */
  durationMs: number;
}

export interface ContentionRun {
  /** One "request" is one successful update: latency of the update call that went through, calls and reads per success. */
  measurement: Measurement;
  clients: number;
  items: number;
  elapsedMs: number;
  /** Update calls made (successful or not). */
  attempts: number;
  conflicts: number;
  /** Errors other than CONFLICT, by code (read or update): none expected. */
  otherErrors: Record<string, number>;
  firstOtherError?: string;
  /** Changes given up when the time was over (their last attempt met a CONFLICT). */
  abandoned: number;
  /** Read → committed, including re-reads and retries, of the changes that went through. */
  change: { medianMs: number; p95Ms: number; p99Ms: number };
  verdict: Verdict;
}

export interface Verdict {
  ok: boolean;
  /** One line per item: initial → final onHand and version, and the successes counted. */
  details: string[];
}

/** Item by item: final onHand = initial + successes on it, version = initial + successes, shareable untouched. */
function verify(
  itemIds: readonly string[],
  before: Map<string, ItemState>,
  after: Map<string, ItemState>,
  successes: Map<string, number>,
): Verdict {
  let ok = true;
  const details = itemIds.map((itemId) => {
    const was = before.get(itemId);
    const is = after.get(itemId);
    const won = successes.get(itemId) ?? 0;
    if (!was || !is) {
      ok = false;
      return `${itemId}: missing ${was ? 'after' : 'before'} the run`;
    }
    const good = is.onHand === was.onHand + won && is.version === was.version + won && is.shareable === was.shareable;
    if (!good) ok = false;
    return `${itemId}: ${won} updates; onHand ${was.onHand} → ${is.onHand}, version ${was.version} → ${is.version}${good ? '' : '  <-- MISMATCH'}`;
  });
  return { ok, details };
}

/**
 * Warms the write path (one sequential change per item, not counted), snapshots the items, runs every client until
 * the time is over, snapshots again and checks that no update was lost or doubled. `state` reads the table directly,
 * consistently, outside the measured counts.
 */
export async function contend(
  clients: readonly ContentionClient[],
  itemIds: readonly string[],
  plan: ContentionPlan,
  counter: CallCounter,
  meter: ReadMeter,
  state: (itemIds: readonly string[]) => Promise<Map<string, ItemState>>,
): Promise<ContentionRun> {
  for (const itemId of itemIds) {
    const item = await clients[0].read(itemId);
    const outcome = await clients[0].update(itemId, item.version, item.onHand + 1);
    if (!outcome.ok) throw new Error(`Warm-up update of ${itemId} failed: ${outcome.text}`);
  }
  const before = await state(itemIds);

  const updateLatencies: number[] = [];
  const changeLatencies: number[] = [];
  const successes = new Map<string, number>();
  const otherErrors: Record<string, number> = {};
  let firstOtherError: string | undefined;
  let attempts = 0;
  let conflicts = 0;
  let abandoned = 0;
  const other = (code: string, text: string) => {
    otherErrors[code] = (otherErrors[code] ?? 0) + 1;
    firstOtherError ??= text;
  };

  counter.reset();
  meter.reset();
  const started = performance.now();
  const deadline = started + plan.durationMs;

  /** Client `index` cycles through the items from its own offset: every item has clients/items writers at any time. */
  const runClient = async (client: ContentionClient, index: number) => {
    for (let round = 0; performance.now() < deadline; round++) {
      const itemId = itemIds[(index + round) % itemIds.length];
      const began = performance.now();
      for (;;) {
        let item: ItemState;
        try {
          item = await client.read(itemId);
        } catch (error) {
          other('read failed', error instanceof Error ? error.message : String(error));
          if (performance.now() >= deadline) break;
          continue;
        }
        attempts += 1;
        const sent = performance.now();
        const outcome = await client.update(itemId, item.version, item.onHand + 1);
        const done = performance.now();
        if (outcome.ok) {
          updateLatencies.push(done - sent);
          changeLatencies.push(done - began);
          successes.set(itemId, (successes.get(itemId) ?? 0) + 1);
          break;
        }
        if (outcome.code === 'CONFLICT') conflicts += 1;
        else other(outcome.code, outcome.text);
        if (done >= deadline) {
          abandoned += 1;
          break;
        }
      }
    }
  };
  await Promise.all(clients.map(runClient));
  const elapsedMs = performance.now() - started;
  const calls = { total: counter.total, byCommand: { ...counter.byCommand } };
  const reads = { capacityUnits: meter.capacityUnits, itemsRead: meter.itemsRead };

  const after = await state(itemIds);
  const verdict = verify(itemIds, before, after, successes);
  const succeeded = updateLatencies.length;
  if (succeeded === 0)
    throw new Error(
      `No update went through in ${(elapsedMs / 1000).toFixed(1)} s (${attempts} attempts; first error: ${firstOtherError ?? 'CONFLICT'})`,
    );
  const sortedUpdates = [...updateLatencies].sort((a, b) => a - b);
  const sortedChanges = [...changeLatencies].sort((a, b) => a - b);
  return {
    measurement: {
      requests: succeeded,
      medianMs: percentile(sortedUpdates, 50),
      p95Ms: percentile(sortedUpdates, 95),
      p99Ms: percentile(sortedUpdates, 99),
      requestsPerSecond: succeeded / (elapsedMs / 1000),
      callsPerRequest: calls.total / succeeded,
      callMix: callMix(calls.byCommand, succeeded),
      capacityUnitsPerRequest: reads.capacityUnits / succeeded,
      itemsReadPerRequest: reads.itemsRead / succeeded,
      itemsReturned: 1,
    },
    clients: clients.length,
    items: itemIds.length,
    elapsedMs,
    attempts,
    conflicts,
    otherErrors,
    firstOtherError,
    abandoned,
    change: {
      medianMs: percentile(sortedChanges, 50),
      p95Ms: percentile(sortedChanges, 95),
      p99Ms: percentile(sortedChanges, 99),
    },
    verdict,
  };
}
