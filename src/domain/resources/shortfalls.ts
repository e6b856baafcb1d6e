import { BadInputError } from '../errors';
import { meetsTier, type ResourceTier } from './catalogue';

export type ReserveBasis = 'ABSOLUTE' | 'PER_10K_RESIDENTS';

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
  readiness: 'READY' | 'DEGRADED' | 'UNAVAILABLE';
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

export function validateRequirement(requirement: Requirement): Requirement {
  if (!Number.isFinite(requirement.quantity) || requirement.quantity <= 0) throw new BadInputError('The required quantity must be a positive number.');
  if (requirement.basis === 'ABSOLUTE' && !Number.isInteger(requirement.quantity)) {
    throw new BadInputError('An absolute requirement is a whole number in the catalogue\u2019s unit.');
  }
  return requirement;
}

/** The requirement in units for a cluster of `population` residents (per-10,000 bases are rounded up). */
export function requiredQuantity(requirement: Requirement, population: number): number {
  return requirement.basis === 'ABSOLUTE' ? requirement.quantity : Math.ceil((requirement.quantity * population) / 10_000);
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
        if (holding.typeId !== requirement.typeId || holding.readiness !== 'READY' || !meetsTier(holding.tier, requirement.minimumTier)) continue;
        byCity.set(holding.cityId, (byCity.get(holding.cityId) ?? 0) + Math.max(0, holding.shareable - holding.committed));
      }
      const available = [...byCity.values()].reduce((sum, n) => sum + n, 0);
      const required = requiredQuantity(requirement, population);
      return {
        ...requirement,
        required,
        available,
        shortfall: Math.max(0, required - available),
        coverage: required === 0 ? 1 : available / required,
        contributions: [...byCity.entries()]
          .filter(([, quantity]) => quantity > 0)
          .map(([cityId, quantity]) => ({ cityId, available: quantity, share: available === 0 ? 0 : quantity / available }))
          .sort((a, b) => b.available - a.available || a.cityId.localeCompare(b.cityId)),
      };
    })
    .sort((a, b) => a.coverage - b.coverage || a.typeId.localeCompare(b.typeId));
}
