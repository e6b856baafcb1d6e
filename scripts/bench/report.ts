/** Fixed-width lines, one per scenario, so runs can be diffed and pasted into a PR. */
import type { Measurement } from './measure';

const COLUMNS: Array<[title: string, width: number]> = [
  ['scenario', 44],
  ['req', 5],
  ['median', 9],
  ['p95', 9],
  ['p99', 9],
  ['req/s', 8],
  ['calls/req', 10],
  ['RCU/req', 9],
  ['read/req', 9],
  ['items', 6],
  ['÷ floor', 9],
];

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)}ms`;
const num = (value: number, digits = 1) => (Number.isInteger(value) ? String(value) : value.toFixed(digits));

function row(cells: string[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(COLUMNS[index][1]) : cell.padStart(COLUMNS[index][1])))
    .join(' ');
}

export function header(): string {
  const line = row(COLUMNS.map(([title]) => title));
  return `${line}\n${'-'.repeat(line.length)}`;
}

/** `floor` present: the ratio of medians, ours ÷ floor. */
export function line(name: string, result: Measurement, floor?: Measurement): string {
  return row([
    name,
    String(result.requests),
    ms(result.medianMs),
    ms(result.p95Ms),
    ms(result.p99Ms),
    num(result.requestsPerSecond),
    num(result.callsPerRequest, 2),
    num(result.capacityUnitsPerRequest),
    num(result.itemsReadPerRequest, 0),
    String(result.itemsReturned),
    floor ? `×${(result.medianMs / floor.medianMs).toFixed(1)}` : '',
  ]);
}

/** The call mix, printed under the table: "calls per request" alone hides whether they are Queries or gets. */
export function callMixLine(name: string, result: Measurement): string {
  return `  ${name.padEnd(42)} ${result.callMix}`;
}
