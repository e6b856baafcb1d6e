import { randomUUID } from 'node:crypto';
import { systemClock } from '../clock';
import { config } from '../config';
import { transaction } from './kernel';
import type { TotalKey } from './totals';

/**
 * A build that advances in steps (trust tallies, obligation and stock tallies) keeps its state on a marker item, and
 * a step holds the build by a lease on that marker (`buildLease`, `buildLeaseUntil`, system time in ms), so two steps
 * never commit the same chunk and a step that dies is taken over once its lease runs out.
 */

class ConditionFailed extends Error {}
const conditionFailed = () => new ConditionFailed();

/** A condition on the marker, as DynamoDB expresses it. */
export interface MarkerCondition {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/**
 * Updates a build's marker on a condition: true when made, false when the condition no longer held (another step
 * moved the build on, or it finished).
 */
export async function updateMarker(
  name: string,
  key: TotalKey,
  update: string,
  condition: MarkerCondition,
  set: { names?: Record<string, string>; values?: Record<string, unknown> } = {},
): Promise<boolean> {
  const values = { ...condition.values, ...set.values };
  try {
    await transaction()
      .update(
        name,
        {
          params: () => ({
            TableName: config.TABLE_NAME,
            Key: key,
            UpdateExpression: update,
            ConditionExpression: condition.expression,
            ExpressionAttributeNames: { ...condition.names, ...set.names },
            ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
          }),
        },
        conditionFailed,
      )
      .commit();
    return true;
  } catch (error) {
    if (error instanceof ConditionFailed) return false;
    throw error;
  }
}

/**
 * Takes the lease of the build `sameBuild` names, until `untilMs` plus `marginMs` (a step's budget, and far longer
 * than a chunk takes, so only a step that was killed loses it). Its id, or undefined while another step holds it.
 */
export async function takeLease(
  key: TotalKey,
  sameBuild: MarkerCondition,
  untilMs: number,
  marginMs: number,
): Promise<string | undefined> {
  const lease = randomUUID();
  const nowMs = Date.parse(systemClock());
  const taken = await updateMarker(
    'lease of the build',
    key,
    'SET #lease = :lease, #leaseUntil = :until',
    {
      expression: `${sameBuild.expression} AND (attribute_not_exists(#leaseUntil) OR #leaseUntil < :now)`,
      names: { ...sameBuild.names, '#leaseUntil': 'buildLeaseUntil' },
      values: { ...sameBuild.values, ':now': nowMs },
    },
    { names: { '#lease': 'buildLease' }, values: { ':lease': lease, ':until': Math.max(untilMs, nowMs) + marginMs } },
  );
  return taken ? lease : undefined;
}

/** Gives the lease back; a build that finished meanwhile, or a step that took over after it ran out, keeps the marker. */
export async function releaseLease(key: TotalKey, lease: string): Promise<void> {
  await updateMarker('lease released', key, 'REMOVE #lease, #leaseUntil', {
    expression: '#lease = :lease',
    names: { '#lease': 'buildLease', '#leaseUntil': 'buildLeaseUntil' },
    values: { ':lease': lease },
  });
}
