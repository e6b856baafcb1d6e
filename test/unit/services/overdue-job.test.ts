import { recordOverdueObligations } from '../../../src/services/obligations';
import type { Repositories } from '../../../src/store';
import type { StoredObligation } from '../../../src/store/entities';

const overdue = (obligationId: string, clusterId: string): StoredObligation => ({
  obligationId,
  clusterId,
  eventId: 'e',
  agreementId: 'a',
  agreementVersionNo: 1,
  dutyId: 'd',
  obligeeKey: 'city-x',
  cityId: 'city-x',
  role: 'LEAD',
  kind: 'REPORT',
  action: 'Report',
  triggeredAt: '2026-07-21T08:00:00.000Z',
  dueAt: '2026-07-21T10:00:00.000Z',
  status: 'OPEN',
  openState: 'OPEN',
  version: 1,
});

// A failing cluster or obligation must not stop the job: the others are recorded, the failure is counted and logged.
test('the overdue job carries on past a failing cluster and a failing obligation', async () => {
  const recorded: string[] = [];
  const store = {
    clusters: { listAllIds: async () => ['broken', 'ok'], get: async () => undefined },
    events: { getMany: async (ids: string[]) => ids.map(() => undefined) },
    obligations: {
      overdueNotRecorded: async (clusterId: string) => {
        if (clusterId === 'broken') throw new Error('ProvisionedThroughputExceededException');
        return [overdue('o1', clusterId), overdue('o2', clusterId), overdue('o3', clusterId)];
      },
      recordLate: async (obligation: StoredObligation) => {
        if (obligation.obligationId === 'o2') throw new Error('TransactionConflict');
        recorded.push(obligation.obligationId);
        return true;
      },
    },
  } as unknown as Repositories;

  const result = await recordOverdueObligations(store, '2026-07-22T00:00:00.000Z');

  expect(result).toEqual({ clusters: 2, recorded: 2, lapsed: 0, failed: 2 });
  expect(recorded).toEqual(['o1', 'o3']);
});

// A missed fund contribution is recorded as such, not as a generic lateness.
test('an overdue fund contribution is recorded as CONTRIBUTION_MISSED', async () => {
  const kinds: string[] = [];
  const windows: string[] = [];
  const store = {
    events: { getMany: async (ids: string[]) => ids.map(() => undefined) },
    clusters: {
      listAllIds: async () => ['c'],
      get: async () => ({
        clusterId: 'c',
        trustSettings: {
          disputeWindow: 'P7D',
          halfLifeDays: 365,
          thirdPartyWeightBp: 7000,
          selfWeightBp: 3000,
          rewardAtOrAbove: 0.8,
          penaltyBelow: 0.4,
        },
      }),
    },
    obligations: {
      overdueNotRecorded: async () => [{ ...overdue('o1', 'c'), kind: 'FUND_CONTRIBUTION' }, overdue('o2', 'c')],
      recordLate: async (_obligation: StoredObligation, record: { kind: string; disputeWindowEndsAt: string }) => {
        kinds.push(record.kind);
        windows.push(record.disputeWindowEndsAt);
        return true;
      },
    },
  } as unknown as Repositories;
  await recordOverdueObligations(store, '2026-07-22T00:00:00.000Z');
  expect(kinds).toEqual(['CONTRIBUTION_MISSED', 'LATE']);
  // Each record's dispute window is fixed when it is written, from the cluster's setting (here 7 days).
  expect(windows).toEqual(['2026-07-29T00:00:00.000Z', '2026-07-29T00:00:00.000Z']);
});
