import { actorOf } from '../auth/caller';
import type { RequestContext } from '../context';
import { BadInputError, ConflictError, NotFoundError } from '../domain/errors';
import {
  meetsTier,
  validateResourceType,
  type ResourceTier,
  type ResourceTypeDefinition,
} from '../domain/resources/catalogue';
import {
  computeShortfalls,
  validateRequirement,
  type ReserveBasis,
  type Shortfall,
} from '../domain/resources/shortfalls';
import type { StoredReserveRequirement, StoredResourceType } from '../store/entities';
import { allows, clusterFor } from './access';
import { citiesOf } from './members';

export async function resourceCatalogue(ctx: RequestContext, clusterId: string): Promise<StoredResourceType[]> {
  await clusterFor(ctx, clusterId, 'resources:read');
  return (await ctx.store.resources.catalogue(clusterId)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds a resource type, or changes one at the version the coordinator read. */
export async function defineResourceType(
  ctx: RequestContext,
  input: ResourceTypeDefinition & { clusterId: string; expectedVersion?: number | null },
): Promise<StoredResourceType> {
  await clusterFor(ctx, input.clusterId, 'resources:defineType');
  const definition = validateResourceType(input);
  const previous = await ctx.store.resources.get(input.clusterId, definition.typeId);
  if (input.expectedVersion == null && previous) {
    throw new ConflictError(
      `The catalogue already has a resource type "${definition.typeId}". Pass its version to change it.`,
      { yourVersion: null, currentVersion: previous.version },
    );
  }
  if (input.expectedVersion != null && !previous)
    throw new NotFoundError(`No resource type "${definition.typeId}" is in the catalogue to change.`);
  if (previous && input.expectedVersion !== previous.version) {
    throw new ConflictError(
      `The resource type "${definition.typeId}" was changed by someone else after you read it (you had version ${input.expectedVersion}, it is now version ${previous.version}). Nothing was changed.`,
      { yourVersion: input.expectedVersion, currentVersion: previous.version },
    );
  }
  const at = ctx.now();
  // A change that leaves the local name out keeps it: a client that does not know the field never erases it.
  const localName = definition.localName ?? previous?.localName;
  return ctx.store.resources.save(
    {
      clusterId: input.clusterId,
      ...definition,
      ...(localName === undefined ? {} : { localName }),
      version: (previous?.version ?? 0) + 1,
      updatedAt: at,
    },
    previous,
    actorOf(ctx.caller),
    at,
  );
}

/** A shortfall as the API returns it: with its cluster, to resolve the resource type. */
export type ShortfallView = Shortfall & { clusterId: string };

export interface SetRequirementInput {
  clusterId: string;
  resourceTypeId: string;
  minimumTier: ResourceTier;
  basis: ReserveBasis;
  quantity: number;
  expectedVersion?: number | null;
}

export async function setReserveRequirement(
  ctx: RequestContext,
  input: SetRequirementInput,
): Promise<StoredReserveRequirement> {
  await clusterFor(ctx, input.clusterId, 'reserves:set');
  const type = await ctx.store.resources.get(input.clusterId, input.resourceTypeId);
  if (!type) throw new NotFoundError(`No resource type "${input.resourceTypeId}" is in the cluster's catalogue.`);
  if (!type.tiers.some((tier) => meetsTier(tier.tier, input.minimumTier))) {
    throw new BadInputError(`No tier of ${type.name} meets Type ${input.minimumTier}.`);
  }
  const requirement = validateRequirement(
    { typeId: type.typeId, minimumTier: input.minimumTier, basis: input.basis, quantity: input.quantity },
    type.unit,
  );
  const previous = await ctx.store.resources.requirement(input.clusterId, type.typeId);
  if ((previous?.version ?? null) !== (input.expectedVersion ?? null)) {
    throw new ConflictError(
      previous
        ? `The reserve requirement for ${type.name} exists at version ${previous.version}; pass that version to change it.`
        : `There is no reserve requirement for ${type.name} yet; omit expectedVersion to set one.`,
      { yourVersion: input.expectedVersion ?? null, currentVersion: previous?.version ?? null },
    );
  }
  const at = ctx.now();
  return ctx.store.resources.saveRequirement(
    { clusterId: input.clusterId, ...requirement, version: (previous?.version ?? 0) + 1, updatedAt: at },
    previous,
    actorOf(ctx.caller),
    at,
  );
}

export async function reserveRequirements(ctx: RequestContext, clusterId: string): Promise<StoredReserveRequirement[]> {
  await clusterFor(ctx, clusterId, 'resources:read');
  return ctx.store.resources.requirements(clusterId);
}

/** The cluster's shortfalls; each city's contribution only for those who may read its inventory (a city: its own). */
export async function clusterShortfalls(ctx: RequestContext, clusterId: string): Promise<Shortfall[]> {
  await clusterFor(ctx, clusterId, 'resources:read');
  const [requirements, holdings, population] = await Promise.all([
    ctx.store.resources.requirements(clusterId),
    ctx.store.resources.holdings(clusterId, ctx.now()),
    clusterPopulation(ctx, clusterId),
  ]);
  const shortfalls = computeShortfalls(requirements, holdings, population);
  // A city's contribution is its inventory: shown to those who may read that city's items.
  return shortfalls.map((shortfall) => ({
    ...shortfall,
    contributions: shortfall.contributions.filter((c) =>
      allows(ctx, 'inventory:read', { clusterId, cityId: c.cityId }),
    ),
  }));
}

async function clusterPopulation(ctx: RequestContext, clusterId: string): Promise<number> {
  return (await citiesOf(ctx, clusterId)).reduce((sum, city) => sum + city.population, 0);
}
