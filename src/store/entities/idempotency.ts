import { LazyEntity } from './lazy';
import { entityOptions } from './attributes';

/** Remembers the result of a create made with an idempotency key, so a retry returns it instead of creating twice. */
export const IdempotencyEntity = new LazyEntity(
  {
    model: { entity: 'idempotency', version: '1', service: 'citypact' },
    attributes: {
      scope: { type: 'string', required: true, readOnly: true },
      /** SHA-256 of the scope and the key as sent (see idempotency.ts); the key itself on records written before. */
      key: { type: 'string', required: true, readOnly: true },
      resultId: { type: 'string', required: true },
      /** SHA-256 of the request's content; absent on records written before it was kept. */
      fingerprint: { type: 'string' },
      expiresAt: { type: 'number', required: true },
    },
    indexes: {
      byKey: { pk: { field: 'pk', composite: ['scope', 'key'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  entityOptions,
);
