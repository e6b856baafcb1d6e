import { actorOf } from '../auth/caller';
import type { RequestContext } from '../context';
import { ConflictError, NotFoundError } from '../domain/errors';
import { validateResourceType, type ResourceTypeDefinition } from '../domain/resources/catalogue';
import type { ResourceTypeItem } from '../store/entities';
import { clusterFor } from './access';

export async function resourceCatalogue(ctx: RequestContext, clusterId: string): Promise<ResourceTypeItem[]> {
  await clusterFor(ctx, clusterId, 'resources:read');
  return (await ctx.store.resources.catalogue(clusterId)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds a resource type, or changes one at the version the coordinator read. */
export async function defineResourceType(
  ctx: RequestContext,
  input: ResourceTypeDefinition & { clusterId: string; expectedVersion?: number | null },
): Promise<ResourceTypeItem> {
  await clusterFor(ctx, input.clusterId, 'resources:defineType');
  const definition = validateResourceType(input);
  const previous = await ctx.store.resources.get(input.clusterId, definition.typeId);
  if (input.expectedVersion == null && previous) {
    throw new ConflictError(`The catalogue already has a resource type "${definition.typeId}". Pass its version to change it.`, { currentVersion: previous.version });
  }
  if (input.expectedVersion != null && !previous) throw new NotFoundError(`No resource type "${definition.typeId}" is in the catalogue to change.`);
  if (previous && input.expectedVersion !== previous.version) {
    throw new ConflictError(
      `The resource type "${definition.typeId}" was changed by someone else after you read it (you had version ${input.expectedVersion}, it is now version ${previous.version}). Nothing was changed.`,
      { yourVersion: input.expectedVersion, currentVersion: previous.version },
    );
  }
  const at = ctx.now();
  return ctx.store.resources.save({ clusterId: input.clusterId, ...definition, version: (previous?.version ?? 0) + 1, updatedAt: at }, previous, actorOf(ctx.caller), at);
}
