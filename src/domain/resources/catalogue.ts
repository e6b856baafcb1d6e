import { BadInputError } from '../errors';
import type { RiskCategory } from '../levels';
import { localNameOf, MAX_NAME_LENGTH } from '../local-names';
import { requiredText } from '../text';

export const RESOURCE_TIERS = ['I', 'II', 'III'] as const;
export type ResourceTier = (typeof RESOURCE_TIERS)[number];

export interface CapabilityTier {
  tier: ResourceTier;
  capability: string;
  minimum: number;
  measure: string;
}

export interface ResourceTypeDefinition {
  typeId: string;
  name: string;
  /** The name in the local script (e.g. 移动排涝泵车), where one was given. */
  localName?: string;
  unit: string;
  description: string;
  categories: RiskCategory[];
  tiers: CapabilityTier[];
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

/** True when an item of tier `tier` meets a request for at least `minimum` (Type I meets every request). */
export function meetsTier(tier: ResourceTier, minimum: ResourceTier | null | undefined): boolean {
  return !minimum || RESOURCE_TIERS.indexOf(tier) <= RESOURCE_TIERS.indexOf(minimum);
}

/**
 * Checks a catalogue entry: a slug id, a unit, at least one category, and tiers that are distinct and ordered by
 * capability (a Type I must be at least as capable as a Type II, in the same measure).
 */
export function validateResourceType(input: ResourceTypeDefinition): ResourceTypeDefinition {
  if (!SLUG.test(input.typeId)) {
    throw new BadInputError(
      `"${input.typeId}" is not a usable id: use lower-case letters, digits and dashes (e.g. mobile-pump-unit).`,
    );
  }
  const categories = [...new Set(input.categories)];
  if (categories.length === 0) throw new BadInputError('Name at least one risk category the resource serves.');
  if (input.tiers.length === 0) throw new BadInputError('Describe at least one capability tier (Type I, II or III).');
  const seen = new Set<ResourceTier>();
  for (const tier of input.tiers) {
    if (seen.has(tier.tier)) throw new BadInputError(`Type ${tier.tier} is described twice.`);
    seen.add(tier.tier);
    if (!Number.isFinite(tier.minimum) || tier.minimum <= 0)
      throw new BadInputError(`Type ${tier.tier}: the minimum capability must be a positive number.`);
  }
  const tiers = [...input.tiers]
    .sort((a, b) => RESOURCE_TIERS.indexOf(a.tier) - RESOURCE_TIERS.indexOf(b.tier))
    .map((tier) => ({
      ...tier,
      capability: requiredText(tier.capability, `capability of Type ${tier.tier}`, 300),
      measure: requiredText(tier.measure, `measure of Type ${tier.tier}`, 40),
    }));
  for (let i = 1; i < tiers.length; i++) {
    const [better, lesser] = [tiers[i - 1], tiers[i]];
    if (better.measure !== lesser.measure)
      throw new BadInputError(
        `Type ${better.tier} and Type ${lesser.tier} must state their minimum in the same measure.`,
      );
    if (better.minimum < lesser.minimum) {
      throw new BadInputError(
        `Type ${better.tier} must be at least as capable as Type ${lesser.tier} (${better.minimum} < ${lesser.minimum} ${lesser.measure}).`,
      );
    }
  }
  return {
    typeId: input.typeId,
    name: requiredText(input.name, 'name', MAX_NAME_LENGTH),
    ...(input.localName == null ? {} : { localName: localNameOf(input.localName) }),
    unit: requiredText(input.unit, 'unit', 40),
    description: requiredText(input.description, 'description', 1000),
    categories,
    tiers,
  };
}
