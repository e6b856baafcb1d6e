/**
 * The one table definition, shared by the CDK stack (infra/) and the local tooling that creates the table on
 * DynamoDB Local. Plain data only: infra imports this file, so it must not import the AWS SDK or anything else.
 */
export const TABLE_DEFINITION = {
  /** Base name; a stage or test suffix is appended by whoever creates the table. */
  baseName: 'citypact',
  partitionKey: 'pk',
  sortKey: 'sk',
  /**
   * Generic overloaded indexes (single-table design). Only src/store knows which entity uses which index:
   * gsi1 groups items under a parent (e.g. the cities of a cluster), gsi2 gives a second access path
   * (e.g. a city's own open obligations by due time), gsi3 a third (e.g. a cluster's open obligations by due time).
   */
  globalIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
  /** Epoch seconds; DynamoDB deletes expired items (used for idempotency records only, never for history). */
  timeToLiveAttribute: 'expiresAt',
} as const;
