import { asRiskCategories } from '../domain/levels';
import type { Resolvers } from '../generated/graphql';
import { referencedCity, referencedResourceType } from '../services/access';
import { createInventoryItem, inventoryItemFor, listInventory, updateInventoryItems } from '../services/inventory';
import {
  clusterShortfalls,
  defineResourceType,
  reserveRequirements,
  resourceCatalogue,
  setReserveRequirement,
} from '../services/resources';
import { pageArgs, toConnection } from './connection';

export const resourceResolvers: Resolvers = {
  Query: {
    resourceCatalogue: (_, { clusterId }, ctx) => resourceCatalogue(ctx, clusterId),
    inventory: async (_, { clusterId, cityId, resourceTypeId, ...args }, ctx) =>
      toConnection(await listInventory(ctx, clusterId, { cityId, typeId: resourceTypeId }, pageArgs(args))),
    inventoryItem: (_, { id }, ctx) => inventoryItemFor(ctx, id),
    reserveRequirements: (_, { clusterId }, ctx) => reserveRequirements(ctx, clusterId),
    clusterShortfalls: async (_, { clusterId }, ctx) =>
      (await clusterShortfalls(ctx, clusterId)).map((shortfall) => ({ ...shortfall, clusterId })),
    inventoryHistory: async (_, { itemId, ...args }, ctx) => {
      const item = await inventoryItemFor(ctx, itemId);
      return toConnection(await ctx.store.audit.list(item.clusterId, { targetId: item.itemId }, pageArgs(args)));
    },
  },
  Mutation: {
    defineResourceType: (_, { input }, ctx) =>
      defineResourceType(ctx, { ...input, typeId: input.id, localName: input.localName ?? undefined }),
    createInventoryItem: (_, { input }, ctx) => createInventoryItem(ctx, input),
    updateInventoryItem: async (_, { input, idempotencyKey }, ctx) =>
      (await updateInventoryItems(ctx, [input], idempotencyKey))[0],
    updateInventoryItems: (_, { items, idempotencyKey }, ctx) => updateInventoryItems(ctx, items, idempotencyKey),
    setReserveRequirement: (_, { input }, ctx) => setReserveRequirement(ctx, input),
  },
  ReserveRequirement: {
    resourceType: (requirement, _, ctx) => referencedResourceType(ctx, requirement.clusterId, requirement.typeId),
  },
  Shortfall: {
    resourceType: (shortfall, _, ctx) => referencedResourceType(ctx, shortfall.clusterId, shortfall.typeId),
  },
  CityContribution: {
    city: (contribution, _, ctx) => referencedCity(ctx, contribution.cityId),
  },
  InventoryItem: {
    id: (item) => item.itemId,
    city: (item, _, ctx) => referencedCity(ctx, item.cityId),
    resourceType: (item, _, ctx) => referencedResourceType(ctx, item.clusterId, item.typeId),
    available: (item) => item.shareable - item.committed,
  },
  ResourceType: {
    id: (type) => type.typeId,
    categories: (type) => asRiskCategories(type.categories),
  },
};
