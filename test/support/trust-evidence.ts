import { DEFAULT_SEVERITY, type TrustEvidence } from '../../src/domain/trust/standing';
import { ComplianceRecordEntity, ObligationEntity } from '../../src/store/entities';

/**
 * The cluster's compliance records as stored, as evidence per subject: read from the table, not through any tally, so
 * tests can hold the kept trust tallies against what the records say.
 */
export async function evidenceBySubject(clusterId: string): Promise<Map<string, TrustEvidence[]>> {
  const { data: records } = await ComplianceRecordEntity.query.byCluster({ clusterId }).go({ pages: 'all' });
  const obligationIds = [...new Set(records.flatMap((record) => (record.obligationId ? [record.obligationId] : [])))];
  const obligations = obligationIds.length
    ? (await ObligationEntity.get(obligationIds.map((obligationId) => ({ obligationId }))).go()).data
    : [];
  const eventOf = new Map(obligations.map((obligation) => [obligation.obligationId, obligation.eventId]));
  const bySubject = new Map<string, TrustEvidence[]>();
  for (const record of records) {
    const eventId = record.eventId ?? (record.obligationId ? eventOf.get(record.obligationId) : undefined);
    const list = bySubject.get(record.subjectKey) ?? [];
    list.push({
      recordId: record.recordId,
      kind: record.kind,
      severity: record.severity ?? DEFAULT_SEVERITY[record.kind],
      at: record.at,
      counts: record.status !== 'OVERTURNED' && !record.withdrawal,
      note: '',
      ...(record.obligationId ? { obligationId: record.obligationId } : {}),
      ...(eventId ? { incident: { id: eventId, label: '' } } : {}),
    });
    bySubject.set(record.subjectKey, list);
  }
  return bySubject;
}
