import { asRiskCategories } from '../domain/levels';
import type { Resolvers } from '../generated/graphql';
import { defineResourceType, resourceCatalogue } from '../services/resources';

export const resourceResolvers: Resolvers = {
  Query: {
    resourceCatalogue: (_, { clusterId }, ctx) => resourceCatalogue(ctx, clusterId),
  },
  Mutation: {
    defineResourceType: (_, { input }, ctx) => defineResourceType(ctx, { ...input, typeId: input.id }),
  },
  ResourceType: {
    id: (type) => type.typeId,
    categories: (type) => asRiskCategories(type.categories),
  },
};
