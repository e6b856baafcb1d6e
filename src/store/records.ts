// What the store hands to the rest of the app: plain records, typed from the entity definitions (one place).
export type {
  ClusterItem as ClusterRecord,
  CityItem as CityRecord,
  ModeChangeItem as ModeChangeRecord,
  AuditEventItem as AuditEventRecord,
} from './entities';
export type DeskRecord = import('./entities').ClusterItem['desks'][number];
