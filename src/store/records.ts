// What the store hands to the rest of the app: plain records, typed from the entity definitions (one place).
export type {
  ClusterItem as ClusterRecord,
  CityItem as CityRecord,
  ModeChangeItem as ModeChangeRecord,
  AuditEventItem as AuditEventRecord,
} from './entities';
export type DeskRecord = import('./entities').ClusterItem['desks'][number];
export type {
  AgreementItem as AgreementRecord,
  AgreementVersionItem as AgreementVersionRecord,
  RiskEventItem as RiskEventRecord,
  ObligationItem as ObligationRecord,
  ComplianceRecordItem as ComplianceRecordRecord,
} from './entities';
export type DutyRecord = import('./entities').AgreementVersionItem['duties'][number];
export type RatificationRecord = import('./entities').AgreementVersionItem['ratifications'][number];
export type DeclineRecord = NonNullable<import('./entities').AgreementVersionItem['lastDecline']>;
export type { InventoryItemRecord } from './entities';
export type DisputeRecord = NonNullable<import('./entities').ComplianceRecordItem['dispute']>;
export type ConsequenceRecord = NonNullable<import('./entities').ComplianceRecordItem['consequence']>;
export type { Criterion as CriterionRecord } from '../domain/evaluations/rubric';
export type { CriterionResult as CriterionResultRecord } from '../domain/evaluations/scoring';
