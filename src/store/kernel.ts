import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { NumberValue, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Entity, Schema, TransactWriteEntity } from 'electrodb';
import { ConflictError } from '../domain/errors';
import type { Actor } from '../domain/roles';
import { config } from '../config';
import { auditItem, type AuditedChange } from './audit';
import { documentClient } from './client';
import { AuditEventEntity } from './entities';
import { outboxItem } from './outbox';
import type { Announcement } from '../domain/notifications';
import { exactMinor, type TotalKey } from './totals';

/**
 * The persistence kernel: every write of CityPact is one DynamoDB transaction built from named steps. A cancelled
 * transaction is turned into the refusal of the step whose condition failed (found by name, never by position), with
 * the record as it is now; a collision with another transaction in flight is retried here, so a race the server can
 * win by trying again never reaches the official.
 */

/**
 * What a step's refusal is told: the record (or total) as it is now, when it exists. Its numbers come as exact
 * decimal strings (`NumberValue`), so a total is never rounded: read them with `exactMinor`.
 */
export type Refusal = (current: Record<string, unknown> | undefined) => Error | Promise<Error>;

type Params = Record<string, unknown>;
type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

interface Step {
  name: string;
  item: TransactItem;
  refused: Refusal;
}

/** Attempts for a transaction that collides with another in flight (same item): bounded, with jittered backoff. */
const ATTEMPTS = 8;
const BASE_DELAY_MS = 15;

/**
 * The largest magnitude any kept total may reach: the largest amount CityPact records (16 digits of minor units), so
 * every view built from a total can always be shown. A write that would pass it is refused before anything changes.
 */
export const TOTAL_LIMIT = 10n ** 16n - 1n;

/** A bound on a total after the change, e.g. the fund's cash after a payment stays at or above zero. */
export interface TotalBounds {
  atLeast?: bigint;
  atMost?: bigint;
}

export interface TotalChange {
  /** Amounts added to numeric fields (negative to take away). */
  add?: Record<string, bigint>;
  /** Bounds each field must keep after the change (every added field also stays within ±TOTAL_LIMIT). */
  bounds?: Record<string, TotalBounds>;
  /** Plain fields set alongside (e.g. the time of the last change). */
  set?: Record<string, string | number | boolean>;
  /** Fields that must hold exactly these values before the change (null: must not be set). */
  expect?: Record<string, string | number | boolean | null>;
  /** Fields set only if not set yet (e.g. when a party first owed anything). */
  setOnce?: Record<string, string>;
  /** Fields set to this value, refused if they already hold another (e.g. the ledger's one currency). */
  keep?: Record<string, string>;
  /** Instants the field must not be after, when set (e.g. the fund may pay a city not barred now). */
  notAfter?: Record<string, string>;
}

/** The version of the record a refusal is given (stored as an exact decimal). */
export function versionOf(current: Params): number {
  return Number(exactMinor(current.version));
}

/** A stale `expectedVersion`: CONFLICT with both versions, as docs/API.md promises every version conflict carries. */
export function staleVersion(what: string, yourVersion: number, describe?: (current: Params) => string): Refusal {
  return (current) => {
    if (!current) return new ConflictError(`The ${what} no longer exists. Nothing was changed.`, { yourVersion });
    const currentVersion = versionOf(current);
    return new ConflictError(
      `The ${what} was changed by someone else after you read it (you had version ${yourVersion}, it is now version ${currentVersion}${describe ? `, ${describe(current)}` : ''}). Nothing was changed.`,
      { yourVersion, currentVersion },
    );
  };
}

const collided = () =>
  new ConflictError('Someone else was changing the same record at the same moment. Nothing was changed; try again.');

/** The refusal of a step whose record has a new random id: no condition of its own can fail. */
export const neverRefused: Refusal = () => collided();

export class WriteTransaction {
  private readonly steps: Step[] = [];
  private audits = 0;

  /** A new record, refused (by `refused`) when one with its key exists. */
  create(name: string, operation: { params(): Params }, refused: Refusal): this {
    return this.add(name, { Put: this.withOld(operation.params()) as TransactItem['Put'] }, refused);
  }

  /** A record written whole (its own condition, if any, refused by `refused`). */
  put(name: string, operation: { params(): Params }, refused: Refusal): this {
    return this.add(name, { Put: this.withOld(operation.params()) as TransactItem['Put'] }, refused);
  }

  /** A change to a record, usually at the version read (`staleVersion`). */
  update(name: string, operation: { params(): Params }, refused: Refusal): this {
    return this.add(name, { Update: this.withOld(operation.params()) as TransactItem['Update'] }, refused);
  }

  delete(name: string, operation: { params(): Params }, refused: Refusal): this {
    return this.add(name, { Delete: this.withOld(operation.params()) as TransactItem['Delete'] }, refused);
  }

  /**
   * A condition on a record the transaction does not change (e.g. the event a request names is not closed). ElectroDB
   * builds a condition check only inside its own transactions: pass `conditionOn(Entity)`'s `check(...).where(...)`.
   */
  check(name: string, operation: { commit(): unknown }, refused: Refusal): this {
    const { ConditionCheck } = operation.commit() as { ConditionCheck: Params };
    return this.add(name, { ConditionCheck: this.withOld(ConditionCheck) as TransactItem['ConditionCheck'] }, refused);
  }

  /** An audit event of the change (its id is new, so it never refuses); a transaction may record several. */
  audit(actor: Actor, change: AuditedChange, at: string): this {
    const name = `audit ${++this.audits}: ${change.action} ${change.targetId}`;
    return this.create(name, AuditEventEntity.create(auditItem(actor, change, at)), neverRefused);
  }

  /**
   * Announces the fact this transaction writes: one outbox item (recipients inside it), so the announcement exists
   * exactly when the fact does. Its id is derived from the fact, so the same fact written again overwrites it with no
   * new announcement. With `once`, the item must not exist yet and its refusal is `once` (a reminder: the outbox item
   * is then the only record that it was sent).
   */
  announce(announcement: Announcement, once?: Refusal): this {
    return this.add(
      `announce ${announcement.type} ${announcement.id}`,
      {
        Put: this.withOld({
          TableName: config.TABLE_NAME,
          Item: outboxItem(announcement),
          ...(once ? { ConditionExpression: 'attribute_not_exists(pk)' } : {}),
        }),
      },
      once ?? neverRefused,
    );
  }

  /**
   * Adjusts a kept total atomically (DynamoDB ADD on exact decimal numbers), with its bounds as the condition of the
   * same transaction. A total not written yet counts as zero.
   */
  adjust(name: string, total: TotalKey, change: TotalChange, refused: Refusal): this {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const conditions: string[] = [];
    const sets: string[] = [];
    const adds: string[] = [];
    let counter = 0;
    const nameOf = (field: string) => {
      const alias = `#f${Object.keys(names).length}`;
      names[alias] = field;
      return alias;
    };
    const valueOf = (value: unknown) => {
      const alias = `:v${counter++}`;
      values[alias] = typeof value === 'bigint' ? NumberValue.from(value.toString()) : value;
      return alias;
    };
    for (const [field, delta] of Object.entries(change.add ?? {})) {
      const alias = nameOf(field);
      adds.push(`${alias} ${valueOf(delta)}`);
      const bounds = change.bounds?.[field] ?? {};
      const atLeast = bounds.atLeast !== undefined && bounds.atLeast > -TOTAL_LIMIT ? bounds.atLeast : -TOTAL_LIMIT;
      const atMost = bounds.atMost !== undefined && bounds.atMost < TOTAL_LIMIT ? bounds.atMost : TOTAL_LIMIT;
      // The bounds hold after the change exactly when the value before lies within them shifted by the change.
      const low = atLeast - delta;
      const high = atMost - delta;
      const zeroFits = low <= 0n && 0n <= high;
      const range = `${alias} BETWEEN ${valueOf(low)} AND ${valueOf(high)}`;
      conditions.push(zeroFits ? `(attribute_not_exists(${alias}) OR ${range})` : range);
    }
    for (const [field, value] of Object.entries(change.set ?? {})) sets.push(`${nameOf(field)} = ${valueOf(value)}`);
    for (const [field, value] of Object.entries(change.expect ?? {})) {
      const alias = nameOf(field);
      conditions.push(value === null ? `attribute_not_exists(${alias})` : `${alias} = ${valueOf(value)}`);
    }
    for (const [field, value] of Object.entries(change.setOnce ?? {})) {
      const alias = nameOf(field);
      sets.push(`${alias} = if_not_exists(${alias}, ${valueOf(value)})`);
    }
    for (const [field, value] of Object.entries(change.keep ?? {})) {
      const alias = nameOf(field);
      const kept = valueOf(value);
      sets.push(`${alias} = ${kept}`);
      conditions.push(`(attribute_not_exists(${alias}) OR ${alias} = ${kept})`);
    }
    for (const [field, value] of Object.entries(change.notAfter ?? {})) {
      const alias = nameOf(field);
      conditions.push(`(attribute_not_exists(${alias}) OR ${alias} <= ${valueOf(value)})`);
    }
    const expression = [sets.length ? `SET ${sets.join(', ')}` : '', adds.length ? `ADD ${adds.join(', ')}` : '']
      .filter(Boolean)
      .join(' ');
    return this.add(
      name,
      {
        Update: this.withOld({
          TableName: config.TABLE_NAME,
          Key: { pk: total.pk, sk: total.sk },
          UpdateExpression: expression,
          ...(conditions.length ? { ConditionExpression: conditions.join(' AND ') } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      },
      refused,
    );
  }

  /** A condition on a kept total, without changing it (null: the field must not be set). */
  checkTotal(name: string, total: TotalKey, expect: Record<string, string | number | null>, refused: Refusal): this {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const conditions = Object.entries(expect).map(([field, value], index) => {
      names[`#f${index}`] = field;
      if (value === null) return `attribute_not_exists(#f${index})`;
      values[`:v${index}`] = value;
      return `#f${index} = :v${index}`;
    });
    return this.add(
      name,
      {
        ConditionCheck: {
          TableName: config.TABLE_NAME,
          Key: { pk: total.pk, sk: total.sk },
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
        },
      },
      refused,
    );
  }

  /**
   * Writes a kept total whole (a backfill computed from the records), its numbers exact; `absent` names a field that
   * must not be set yet.
   */
  putTotal(
    name: string,
    total: TotalKey & Record<string, unknown>,
    refused: Refusal,
    options: { absent?: string } = {},
  ): this {
    const item = Object.fromEntries(
      Object.entries(total).map(([field, value]) => [
        field,
        typeof value === 'bigint' ? NumberValue.from(value.toString()) : value,
      ]),
    );
    return this.add(
      name,
      {
        Put: {
          TableName: config.TABLE_NAME,
          Item: item,
          ...(options.absent
            ? {
                ConditionExpression: 'attribute_not_exists(#absent)',
                ExpressionAttributeNames: { '#absent': options.absent },
              }
            : {}),
        },
      },
      refused,
    );
  }

  get isEmpty(): boolean {
    return this.steps.length === 0;
  }

  /**
   * Writes every step or none. A failed condition throws the refusal of the first step that failed; a collision with
   * another transaction is retried (the same conditions are checked again, so a retry never skips a rule).
   */
  async commit(): Promise<void> {
    if (this.steps.length === 0) return;
    const names = new Set<string>();
    for (const step of this.steps) {
      if (names.has(step.name)) throw new Error(`Two steps of one transaction are both named "${step.name}".`);
      names.add(step.name);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await documentClient.send(new TransactWriteCommand({ TransactItems: this.steps.map((step) => step.item) }));
        return;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        const failed = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
        if (failed >= 0) {
          const step = this.steps[failed];
          const item = reasons[failed].Item;
          throw await step.refused(item ? unmarshall(item, { wrapNumbers: true }) : undefined);
        }
        if (!reasons.some((reason) => reason.Code === 'TransactionConflict')) throw error;
        if (attempt >= ATTEMPTS) throw collided();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * BASE_DELAY_MS * 2 ** attempt));
      }
    }
  }

  private add(name: string, item: TransactItem, refused: Refusal): this {
    this.steps.push({ name, item, refused });
    return this;
  }

  /** Asks DynamoDB for the record as it is when a condition fails, so the refusal can name the current version. */
  private withOld<T extends Params>(params: T): T & { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } {
    return { ...params, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' };
  }
}

export function transaction(): WriteTransaction {
  return new WriteTransaction();
}

/**
 * A write's condition failed because what it read has changed since (another write landed in between): the caller
 * reads again and retries, rather than answering the official with an error it could not act on.
 */
export class RaceLost extends Error {
  constructor() {
    super('The records changed while this write was being made.');
  }
}

/** How often a write that lost a race is read again and retried before the official is told. */
const RACE_ATTEMPTS = 6;

/**
 * Runs `attempt` (read, check, write) again, with jittered backoff, while it loses races; after the last attempt,
 * answers with `lastWord()` if it has one (e.g. "already recorded"), else a CONFLICT to try again.
 */
export async function retryLostRaces<T>(
  attempt: () => Promise<T>,
  lastWord: () => Promise<Error | undefined> = () => Promise.resolve(undefined),
): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof RaceLost)) throw error;
      const final = await lastWord();
      if (final) throw final;
      if (round >= RACE_ATTEMPTS)
        throw new ConflictError(
          'Other writes kept changing the same records while this one was being made. Nothing was recorded; try again.',
        );
      await new Promise((resolve) => setTimeout(resolve, Math.random() * BASE_DELAY_MS * 2 ** round));
    }
  }
}

/** An entity's condition-check builder, which ElectroDB's types offer only inside its own transactions. */
export function conditionOn<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  entity: Entity<A, F, C, S>,
): Pick<TransactWriteEntity<A, F, C, S>, 'check'> {
  return entity as unknown as Pick<TransactWriteEntity<A, F, C, S>, 'check'>;
}
