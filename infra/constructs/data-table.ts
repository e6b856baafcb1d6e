import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
// From src/: CDK and the local tooling share one table definition.
import { TABLE_DEFINITION } from '../../src/store/table';
import type { StageConfig } from '../stage-config';

/** The single DynamoDB table (single-table design), built from `TABLE_DEFINITION`. */
export class DataTable extends Construct {
  readonly table: Table;
  /** Names of the table's global secondary indexes, in TABLE_DEFINITION order. */
  readonly indexNames: readonly string[] = TABLE_DEFINITION.globalIndexes.map((i) => i.indexName);

  constructor(scope: Construct, id: string, props: { config: StageConfig }) {
    super(scope, id);
    const { config } = props;

    this.table = new Table(this, 'Table', {
      tableName: `${TABLE_DEFINITION.baseName}-${config.stage}`,
      partitionKey: { name: TABLE_DEFINITION.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_DEFINITION.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_DEFINITION.timeToLiveAttribute,
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: config.isProd,
      removalPolicy: config.removalPolicy,
      // The notification dispatcher reads new outbox items from the stream.
      stream: StreamViewType.NEW_IMAGE,
    });

    for (const index of TABLE_DEFINITION.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
