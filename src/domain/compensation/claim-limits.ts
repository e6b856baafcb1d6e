import type { CostKind } from './terms';

/**
 * What a claim holds against the limits kept across claims, per cost kind, in minor units of the claim's currency:
 * its claimed amounts while it awaits a decision, its approved amounts once decided, nothing once rejected.
 */
export type HeldByKind = Partial<Record<CostKind, bigint>>;

interface HeldItem {
  kind: CostKind;
  amountMinor: string;
  approvedMinor?: string;
}

/** What a claim holds while it awaits a decision: everything it claims. */
export function claimedByKind(items: readonly HeldItem[]): HeldByKind {
  return byKind(items.map((item) => [item.kind, BigInt(item.amountMinor)]));
}

/** What a decided claim holds: its approved amounts (a reduction is released). */
export function approvedByKind(items: readonly HeldItem[]): HeldByKind {
  return byKind(items.map((item) => [item.kind, BigInt(item.approvedMinor ?? '0')]));
}

/** The change from what was held to what is held now, per kind (kinds that do not move are left out). */
export function heldChange(before: HeldByKind, after: HeldByKind): HeldByKind {
  const change: HeldByKind = {};
  for (const kind of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<CostKind>) {
    const delta = (after[kind] ?? 0n) - (before[kind] ?? 0n);
    if (delta !== 0n) change[kind] = delta;
  }
  return change;
}

export function heldTotal(held: HeldByKind): bigint {
  return Object.values(held).reduce((total, amount) => total + amount, 0n);
}

function byKind(entries: ReadonlyArray<readonly [CostKind, bigint]>): HeldByKind {
  const held: HeldByKind = {};
  for (const [kind, amount] of entries) held[kind] = (held[kind] ?? 0n) + amount;
  return held;
}
