/**
 * The floors: bare Lambda handlers that make the one DynamoDB Query an answer needs (same index, same key condition,
 * Limit = page size + 1 for an exact hasNextPage) and return its items as JSON. Beside them, our handler's figures
 * read as ratios, which stay meaningful on a busy machine where absolute times do not. Key conditions come from
 * ElectroDB's own params, so the floor cannot drift from the keys the app writes. Import after the environment is set.
 */
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { InventoryItemEntity, ObligationEntity } from '../../src/store/entities';
import { obligeeKeyOf } from '../../src/domain/obligations/ids';
import type { LambdaHandler } from './lambda';

export interface FloorBody {
  items: Record<string, unknown>[];
  hasNextPage: boolean;
}

function bareHandler(client: DynamoDBDocumentClient, pageSize: number, params: () => QueryCommandInput): LambdaHandler {
  return async () => {
    const { Items = [] } = await client.send(new QueryCommand(params()));
    const body: FloorBody = { items: Items.slice(0, pageSize), hasNextPage: Items.length > pageSize };
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  };
}

/** "Overdue in my cluster": the cluster's open partition (gsi3), due before now. */
export function overdueFloor(client: DynamoDBDocumentClient, clusterId: string, pageSize: number): LambdaHandler {
  return bareHandler(client, pageSize, () =>
    ObligationEntity.query
      .byClusterState({ clusterId, openState: 'OPEN' })
      .lt({ dueAt: new Date().toISOString() })
      .params<QueryCommandInput>({ limit: pageSize + 1 }),
  );
}

/** "A city's open obligations" (open and overdue alike): the city's open partition (gsi2), whole range. */
export function cityOpenFloor(
  client: DynamoDBDocumentClient,
  clusterId: string,
  cityId: string,
  pageSize: number,
): LambdaHandler {
  return bareHandler(client, pageSize, () =>
    ObligationEntity.query
      .byObligeeState({ obligeeKey: obligeeKeyOf(clusterId, cityId), openState: 'OPEN' })
      .params<QueryCommandInput>({ limit: pageSize + 1 }),
  );
}

/** The attributes the shortfall computation reads of each item: the projection of `resourceRepository.holdings`. */
export const HOLDING_ATTRIBUTES = ['cityId', 'typeId', 'tier', 'readiness', 'shareable', 'committed'] as const;

/**
 * Every inventory item of a cluster, projected to what the shortfall computation needs: the cluster's gsi1 partition
 * (inventory items sort first by type), read page after page until DynamoDB has no more.
 */
export async function clusterHoldings(
  client: DynamoDBDocumentClient,
  clusterId: string,
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  return allPages(
    client,
    InventoryItemEntity.query
      .byClusterType({ clusterId })
      .params<QueryCommandInput>({ attributes: [...HOLDING_ATTRIBUTES] }),
  );
}

/** Every page of one Query, as DynamoDB returns them: the floor of an answer computed from a whole partition. */
export async function allPages(
  client: DynamoDBDocumentClient,
  params: QueryCommandInput,
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let pages = 0;
  let start: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(new QueryCommand({ ...params, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
    pages += 1;
  } while (start);
  return { items, pages };
}

/** "Shortfalls of a cluster": the whole cluster partition of inventory items, as above; answers with the count. */
export function clusterHoldingsFloor(client: DynamoDBDocumentClient, clusterId: string): LambdaHandler {
  return async () => {
    const { items, pages } = await clusterHoldings(client, clusterId);
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count: items.length, pages }),
    };
  };
}
