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
  const timing = timer(request);
  const started = performance.now();
  while (timing.latencies.length < plan.requests) {
    await timing.once();
    if (timing.latencies.length >= plan.minRequests && performance.now() - started > plan.budgetMs) break;
  }
  return figures(timing, performance.now() - started, counter, meter);
}

/** A probe: what counts one side's calls and reads (each side sends through its own client). */
export interface Probe {
  counter: CallCounter;
  meter: ReadMeter;
}

/**
 * Two requests timed in alternation (a b, b a, a b, ...), each on its own probe: on a machine whose load changes from
 * one second to the next, both see the same load, so the ratio of their medians compares the requests, not the moments
 * they ran at. Used for a read beside its floor.
 */
export async function measureSideBySide(
  a: { request: Request; probe: Probe },
  b: { request: Request; probe: Probe },
  plan: Plan,
): Promise<[Measurement, Measurement]> {
  for (let i = 0; i < plan.warmup; i++) {
    await a.request();
    await b.request();
  }
  for (const { probe } of [a, b]) {
    probe.counter.reset();
    probe.meter.reset();
  }
  const timings = [timer(a.request), timer(b.request)] as const;
  const started = performance.now();
  let elapsed = [0, 0];
  for (let round = 0; timings[0].latencies.length < plan.requests; round++) {
    for (const side of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const begin = performance.now();
      await timings[side].once();
      elapsed[side] += performance.now() - begin;
    }
    if (timings[0].latencies.length >= plan.minRequests && performance.now() - started > plan.budgetMs) break;
  }
  elapsed = elapsed.map((value) => Math.max(value, 1e-9));
  return [
    figures(timings[0], elapsed[0], a.probe.counter, a.probe.meter),
    figures(timings[1], elapsed[1], b.probe.counter, b.probe.meter),
  ];
}

interface Timer {
  latencies: number[];
  itemsReturned: number;
  once(): Promise<void>;
}

/** Times one request at a time, checking that every request returns as many items as the first. */
function timer(request: Request): Timer {
  const timing: Timer = {
    latencies: [],
    itemsReturned: 0,
    async once() {
      const begin = performance.now();
      const items = await request();
      timing.latencies.push(performance.now() - begin);
      // Every request of a scenario returns the same answer; keep the last (they are checked equal below).
      if (timing.latencies.length > 1 && items !== timing.itemsReturned)
        throw new Error(`answers differ between requests (${timing.itemsReturned} vs ${items} items)`);
      timing.itemsReturned = items;
    },
  };
  return timing;
}

function figures(timing: Timer, elapsedMs: number, counter: CallCounter, meter: ReadMeter): Measurement {
  const sorted = [...timing.latencies].sort((a, b) => a - b);
  const requests = timing.latencies.length;
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
    itemsReturned: timing.itemsReturned,
  };
}
