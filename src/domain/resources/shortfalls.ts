import { MAX_PER_10K_RESIDENTS, unitQuantity } from '../bounds';
import { BadInputError } from '../errors';
import { meetsTier, type ResourceTier } from './catalogue';
import type { Readiness } from './inventory';

export const RESERVE_BASES = ['ABSOLUTE', 'PER_10K_RESIDENTS'] as const;
export type ReserveBasis = (typeof RESERVE_BASES)[number];

export interface Requirement {
  typeId: string;
  minimumTier: ResourceTier;
  basis: ReserveBasis;
  quantity: number;
}

export interface Holding {
  cityId: string;
  typeId: string;
  tier: ResourceTier;
  readiness: Readiness;
  shareable: number;
  committed: number;
}

export interface Contribution {
  cityId: string;
  available: number;
  share: number;
}

export interface Shortfall extends Requirement {
  required: number;
  available: number;
  shortfall: number;
  coverage: number;
  contributions: Contribution[];
}

export function validateRequirement(requirement: Requirement, unit = 'unit'): Requirement {
  if (!Number.isFinite(requirement.quantity) || requirement.quantity <= 0)
    throw new BadInputError('The required quantity must be a positive number.');
  if (requirement.basis === 'ABSOLUTE') {
    if (!Number.isInteger(requirement.quantity))
      throw new BadInputError('An absolute requirement is a whole number in the catalogue\u2019s unit.');
    unitQuantity(requirement.quantity, 'required quantity', unit);
  } else if (requirement.quantity > MAX_PER_10K_RESIDENTS) {
    throw new BadInputError(
      `A requirement of ${requirement.quantity} ${unit}s per 10,000 residents is implausibly large: at most ${MAX_PER_10K_RESIDENTS.toLocaleString('en')}; check the figure.`,
      { max: MAX_PER_10K_RESIDENTS },
    );
  }
  return requirement;
}

/**
 * The largest figure the API can answer (GraphQL Int). Figures stored before quantities were bounded, or sums over many
 * items, can exceed it; they are reported at this ceiling instead of failing the whole answer.
 */
export const LARGEST_REPORTED = 2_147_483_647;
const reported = (n: number) => Math.min(n, LARGEST_REPORTED);

/** The requirement in units for a cluster of `population` residents (per-10,000 bases are rounded up). */
export function requiredQuantity(requirement: Requirement, population: number): number {
  return requirement.basis === 'ABSOLUTE'
    ? requirement.quantity
    : Math.ceil((requirement.quantity * population) / 10_000);
}

/**
 * Required vs available per requirement: available counts only stock a partner could send now (shareable, READY, not
 * committed, of the minimum tier or better). Sorted by worst coverage first.
 */
export function computeShortfalls(requirements: Requirement[], holdings: Holding[], population: number): Shortfall[] {
  return requirements
    .map((requirement) => {
      const byCity = new Map<string, number>();
      for (const holding of holdings) {
        if (
          holding.typeId !== requirement.typeId ||
          holding.readiness !== 'READY' ||
          !meetsTier(holding.tier, requirement.minimumTier)
        )
          continue;
        byCity.set(
          holding.cityId,
          (byCity.get(holding.cityId) ?? 0) + Math.max(0, holding.shareable - holding.committed),
        );
      }
      const available = [...byCity.values()].reduce((sum, n) => sum + n, 0);
      const required = requiredQuantity(requirement, population);
      // Plain float arithmetic cannot throw; only what is reported is held to the ceiling.
      return {
        ...requirement,
        required: reported(required),
        available: reported(available),
        shortfall: reported(Math.max(0, required - available)),
        coverage: required === 0 ? 1 : available / required,
        contributions: [...byCity.entries()]
          .filter(([, quantity]) => quantity > 0)
          .map(([cityId, quantity]) => ({
            cityId,
            available: reported(quantity),
            share: available === 0 ? 0 : quantity / available,
          }))
          .sort((a, b) => b.available - a.available || a.cityId.localeCompare(b.cityId)),
      };
    })
    .sort((a, b) => a.coverage - b.coverage || a.typeId.localeCompare(b.typeId));
}
