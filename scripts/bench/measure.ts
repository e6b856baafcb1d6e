/** The timing loop and its statistics: sequential requests, as one warm Lambda instance serves them. */
import { performance } from 'node:perf_hooks';
import type { CallCounter } from '../lib/call-counter';
import type { ReadMeter } from './read-meter';

export interface Plan {
  warmup: number;
  requests: number;
  /** Stop early once this much measuring time has passed (slow scenarios), after at least `minRequests`. */
  budgetMs: number;
  minRequests: number;
}

export interface Measurement {
  requests: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  callsPerRequest: number;
  /** e.g. "Query 1 + BatchGetItem 3" per request. */
  callMix: string;
  capacityUnitsPerRequest: number;
  itemsReadPerRequest: number;
  itemsReturned: number;
}

/** One request; resolves to the number of items in the answer. */
export type Request = () => Promise<number>;

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function callMix(byCommand: Record<string, number>, requests: number): string {
  return Object.entries(byCommand)
    .sort(([, a], [, b]) => b - a)
    .map(([command, calls]) => `${command.replace(/Command$/, '')} ${+(calls / requests).toFixed(2)}`)
    .join(' + ');
}

export async function measure(
  request: Request,
  plan: Plan,
  counter: CallCounter,
  meter: ReadMeter,
): Promise<Measurement> {
  for (let i = 0; i < plan.warmup; i++) await request();
  // Counted from here only: warm-up calls (cold caches, first connections) are not part of the figures.
  counter.reset();
  meter.reset();
  const latencies: number[] = [];
  let itemsReturned = 0;
  const started = performance.now();
  while (latencies.length < plan.requests) {
    const begin = performance.now();
    const items = await request();
    latencies.push(performance.now() - begin);
    // Every request of a scenario returns the same answer; keep the last (they are checked equal below).
    if (latencies.length > 1 && items !== itemsReturned)
      throw new Error(`answers differ between requests (${itemsReturned} vs ${items} items)`);
    itemsReturned = items;
    if (latencies.length >= plan.minRequests && performance.now() - started > plan.budgetMs) break;
  }
  const elapsedMs = performance.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    requests,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    requestsPerSecond: requests / (elapsedMs / 1000),
    callsPerRequest: counter.total / requests,
    callMix: callMix(counter.byCommand, requests),
    capacityUnitsPerRequest: meter.capacityUnits / requests,
    itemsReadPerRequest: meter.itemsRead / requests,
    itemsReturned,
  };
}
