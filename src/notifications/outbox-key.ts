/**
 * Where outbox items live in the table. Plain data (no imports): the CDK stack reads it for the stream filter, which
 * hands the dispatcher only new items under this key.
 */
export const OUTBOX = {
  /** Every outbox item's partition key starts with this, then the announcement's id. */
  keyPrefix: '$citypact#outbox#',
  sortKey: 'announcement',
} as const;
