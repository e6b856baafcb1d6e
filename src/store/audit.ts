import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/roles';
import { currentTargetType, type AuditAction, type AuditTargetType } from '../domain/audit';
import type { Page, PageRequest } from '../domain/pagination';
import { AuditEventEntity, cursors, type StoredAuditEvent } from './entities';
import { readPage } from './pagination';

/** An audit event as read: a target type written under a former name reads as its current name. */
function asRead(event: StoredAuditEvent): StoredAuditEvent {
  const current = currentTargetType(event.targetType);
  return current === event.targetType ? event : { ...event, targetType: current };
}

/** One state change, as the audit trail records it. Written in the same transaction as the change itself. */
export interface AuditedChange {
  clusterId: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  versionBefore?: number;
  versionAfter?: number;
  changes?: Record<string, unknown>;
}

export function auditItem(actor: Actor, change: AuditedChange, at: string): StoredAuditEvent {
  return {
    clusterId: change.clusterId,
    eventId: randomUUID(),
    at,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    action: change.action,
    targetType: change.targetType,
    targetId: change.targetId,
    versionBefore: change.versionBefore,
    versionAfter: change.versionAfter,
    changes: change.changes ? JSON.stringify(change.changes) : undefined,
  };
}

/**
 * The stored `changes` (a JSON string: one string attribute reads every entity's fields without a schema per target)
 * as the object the API returns. Every event ever written holds an object; a row that somehow does not is shown
 * with its text rather than failing the whole log.
 */
export function auditChanges(event: Pick<StoredAuditEvent, 'changes'>): Record<string, unknown> | null {
  if (event.changes === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(event.changes);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // Not JSON: fall through to the text.
  }
  return { text: event.changes };
}

export interface AuditFilter {
  action?: AuditAction | null;
  targetId?: string | null;
  since?: string | null;
  until?: string | null;
}

export const auditRepository = {
  /** The cluster's audit trail, newest first; a target filter uses its own index instead of filtering the cluster's. */
  async list(clusterId: string, filter: AuditFilter, page: PageRequest): Promise<Page<StoredAuditEvent>> {
    const accessPattern = filter.targetId ? 'byTarget' : 'byCluster';
    const scope = `audit:${clusterId}:${filter.targetId ?? ''}`;
    const cursorOf = (item: StoredAuditEvent) =>
      cursors.auditEvent.byAccessPattern[accessPattern].fromComposite.toCursor(item);
    const stored = await readPage(
      scope,
      page,
      (options) => {
        const keyed = filter.targetId
          ? AuditEventEntity.query.byTarget({ clusterId, targetId: filter.targetId })
          : AuditEventEntity.query.byCluster({ clusterId });
        const ranged =
          filter.since && filter.until
            ? keyed.between({ at: filter.since }, { at: filter.until })
            : filter.since
              ? keyed.gte({ at: filter.since })
              : filter.until
                ? keyed.lt({ at: filter.until })
                : keyed;
        // The target is part of the key, which ElectroDB lower-cases: the filter keeps only its exact spelling.
        const ofTarget = filter.targetId
          ? ranged.where(({ targetId }, { eq }) => eq(targetId, filter.targetId!))
          : ranged;
        const filtered = filter.action ? ofTarget.where(({ action }, { eq }) => eq(action, filter.action!)) : ofTarget;
        return filtered.go({ order: 'desc', ...options });
      },
      cursorOf,
    );
    return { ...stored, items: stored.items.map(asRead) };
  },
};
