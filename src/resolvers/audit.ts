import { BadInputError } from '../domain/errors';
import type { Resolvers } from '../generated/graphql';
import { clusterFor } from '../services/access';
import { auditChanges } from '../store/audit';
import { pageArgs, toConnection } from './connection';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_, { clusterId, filter, ...args }, ctx) => {
      await clusterFor(ctx, clusterId, 'audit:read');
      if (filter?.since && filter.until && filter.since >= filter.until)
        throw new BadInputError('The time window is empty: since must be before until.');
      return toConnection(await ctx.store.audit.list(clusterId, filter ?? {}, pageArgs(args)));
    },
  },
  AuditEvent: {
    id: (event) => event.eventId,
    changes: (event) => auditChanges(event),
  },
};
