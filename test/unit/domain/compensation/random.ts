/** A small seeded PRNG (mulberry32) so the property tests are random but every run sees the same cases. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A whole number from min to max inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** Minor units with 1 to `maxDigits` digits (length first, so small and huge amounts are both common). */
  amount(maxDigits = 16): bigint {
    const length = this.int(1, maxDigits);
    let digits = String(this.int(length === 1 ? 0 : 1, 9));
    while (digits.length < length) digits += String(this.int(0, 9));
    return BigInt(digits);
  }

  /** `parts` whole numbers, zero or more, adding up to exactly `total` (random cut points). */
  partition(total: number, parts: number): number[] {
    const cuts = Array.from({ length: parts - 1 }, () => this.int(0, total)).sort((a, b) => a - b);
    return [...cuts, total].map((cut, i) => cut - (i === 0 ? 0 : cuts[i - 1]));
  }
}
