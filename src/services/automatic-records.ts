import { disputeDeadline, type ClusterTrustSettings } from '../domain/trust/settings';
import { DEFAULT_SEVERITY } from '../domain/trust/standing';
import type { StoredComplianceRecord } from '../store/entities';

/** The kinds the system records by itself, from a due time or a fulfilment, never an official's judgment. */
export type AutomaticKind =
  'FULFILLED' | 'LATE' | 'FULFILLED_LATE' | 'CONTRIBUTION_MISSED' | 'CORRECTIVE_ACTION_OVERDUE';

/** What an automatic record is about: its id (derived from its source, so it exists once), subject and source. */
export type RecordSource = Pick<StoredComplianceRecord, 'recordId' | 'clusterId' | 'subjectKey'> &
  Partial<Pick<StoredComplianceRecord, 'cityId' | 'obligationId' | 'evaluationId' | 'correctiveActionId'>>;

/**
 * An automatic compliance record (an obligation's outcome, a corrective action not done by its due time): vertical,
 * standing, of the kind's default severity, recorded at `at` by the job or by the official whose step wrote it.
 */
export function automaticRecord(
  source: RecordSource,
  kind: AutomaticKind,
  note: string,
  recordedBy: StoredComplianceRecord['recordedBy'],
  at: string,
  settings: ClusterTrustSettings,
): StoredComplianceRecord {
  return {
    ...source,
    kind,
    supervision: 'VERTICAL',
    severity: DEFAULT_SEVERITY[kind],
    note,
    at,
    recordedAt: at,
    recordedBy,
    automatic: true,
    // Fixed when recorded: changing the cluster's window later neither closes nor reopens it.
    disputeWindowEndsAt: disputeDeadline(settings, at),
    status: 'STANDING',
    version: 1,
  };
}
