import { asRiskCategories } from '../domain/levels';
import type { Resolvers } from '../generated/graphql';
import { notFound } from '../services/access';
import { createInventoryItem, inventoryItemFor, listInventory, updateInventoryItems } from '../services/inventory';
import { defineResourceType, resourceCatalogue } from '../services/resources';
import { pageArgs, toConnection } from './connection';

export const resourceResolvers: Resolvers = {
  Query: {
    resourceCatalogue: (_, { clusterId }, ctx) => resourceCatalogue(ctx, clusterId),
    inventory: async (_, { clusterId, cityId, resourceTypeId, ...args }, ctx) =>
      toConnection(await listInventory(ctx, clusterId, { cityId, typeId: resourceTypeId }, pageArgs(args))),
    inventoryItem: (_, { id }, ctx) => inventoryItemFor(ctx, id),
    inventoryHistory: async (_, { itemId, ...args }, ctx) => {
      const item = await inventoryItemFor(ctx, itemId);
      return toConnection(await ctx.store.audit.list(item.clusterId, { targetId: item.itemId }, pageArgs(args)));
    },
  },
  Mutation: {
    defineResourceType: (_, { input }, ctx) => defineResourceType(ctx, { ...input, typeId: input.id }),
    createInventoryItem: (_, { input }, ctx) => createInventoryItem(ctx, input),
    updateInventoryItem: async (_, { input, idempotencyKey }, ctx) => (await updateInventoryItems(ctx, [input], idempotencyKey))[0],
    updateInventoryItems: (_, { items, idempotencyKey }, ctx) => updateInventoryItems(ctx, items, idempotencyKey),
  },
  InventoryItem: {
    id: (item) => item.itemId,
    city: async (item, _, ctx) => {
      const city = await ctx.loaders.city.load(item.cityId);
      if (!city) throw notFound('city', item.cityId);
      return city;
    },
    resourceType: async (item, _, ctx) => {
      const type = await ctx.loaders.resourceType.load(`${item.clusterId}#${item.typeId}`);
      if (!type) throw new Error(`Resource type ${item.typeId} missing from the catalogue of ${item.clusterId}`);
      return type;
    },
    available: (item) => item.shareable - item.committed,
  },
  ResourceType: {
    id: (type) => type.typeId,
    categories: (type) => asRiskCategories(type.categories),
  },
};
