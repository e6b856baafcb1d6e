/** The agreement each demo cluster starts with, in force and ratified by every party. */
import type { StoredAgreement, StoredAgreementVersion } from '../src/store/entities';

const SIGNED_AT = '2026-01-10T02:00:00.000Z';

type Duties = StoredAgreementVersion['duties'];

function inForce(agreementId: string, clusterId: string, title: string, partyCityIds: string[], categories: string[], duties: Duties, compensation?: object): { agreement: StoredAgreement; version: StoredAgreementVersion } {
  return {
    agreement: { agreementId, clusterId, status: 'ACTIVE', inForceVersionNo: 1, latestVersionNo: 1, version: 1, createdAt: SIGNED_AT, updatedAt: SIGNED_AT },
    version: {
      agreementId, versionNo: 1, clusterId, status: 'IN_FORCE', title, partyCityIds, categories,
      effectiveFrom: '2026-01-15T00:00:00.000Z', effectiveUntil: '2031-01-15T00:00:00.000Z', duties,
      ...(compensation ? { compensation: JSON.stringify(compensation) } : {}),
      ratifications: partyCityIds.map((cityId) => ({ cityId, at: SIGNED_AT, actorId: `seed-${cityId}`, actorName: 'Signed at the 2026 joint committee meeting' })),
      proposedAt: '2026-01-05T02:00:00.000Z', inForceSince: SIGNED_AT,
    },
  };
}

export const DEMO_AGREEMENTS = [
  // After the cross-border water pollution incidents, the Delta cities bound themselves to report and warn downstream fast.
  inForce('agr-yrd-water', 'cluster-yrd', 'Taipu River and Taihu Basin Cross-border Water Pollution Joint Prevention and Response Agreement',
    ['city-suzhou', 'city-jiaxing', 'city-shanghai', 'city-huzhou'], ['ACCIDENT', 'NATURAL_DISASTER'], [
      { dutyId: 'report', party: 'ORIGIN', role: 'LEAD', kind: 'REPORT', categories: [], action: 'Report the confirmed pollution incident, its source and the pollutant to the coordination office and every downstream party.', deadline: 'PT2H' },
      { dutyId: 'warn', party: 'ORIGIN', role: 'LEAD', kind: 'WARN_DOWNSTREAM', categories: [], action: 'Warn the downstream waterworks intakes and order upstream discharges stopped.', deadline: 'PT1H' },
      { dutyId: 'monitor', party: 'AFFECTED', role: 'ASSIST', kind: 'SHARE_INFORMATION', categories: [], action: 'Monitor water quality at the intakes and border sections and share readings every 4 hours.', deadline: 'PT6H' },
      { dutyId: 'contain', party: 'AFFECTED', role: 'ASSIST', kind: 'JOINT_RESPONSE', categories: [], action: 'Join the joint containment team at the border section with booms and sampling crews.', deadline: 'PT12H' },
      { dutyId: 'boats', party: 'NAMED_CITY', cityId: 'city-shanghai', role: 'ASSIST', kind: 'PROVIDE_RESOURCES', categories: ['ACCIDENT'], fromLevel: 'III', action: 'Put emergency water-quality monitoring boats at the cluster’s disposal.', deadline: 'PT12H', resourceType: 'water-monitoring-boat', quantity: 4 },
      { dutyId: 'command', party: 'COORDINATION_OFFICE', role: 'LEAD', kind: 'JOINT_RESPONSE', categories: [], action: 'Convene the joint command and open the shared incident channel.', deadline: 'PT4H' },
      { dutyId: 'drill', party: 'AFFECTED', role: 'ASSIST', kind: 'JOIN_DRILL', categories: [], action: 'Join the yearly joint water-pollution drill.', deadline: 'P30D', recurrence: 'P1Y' },
    ],
    // The regional fund carries 40%; the rest is shared by population among the parties other than the claimant.
    {
      currency: 'CNY',
      coveredKinds: [{ kind: 'TRANSPORT' }, { kind: 'CONSUMABLES' }, { kind: 'PERSONNEL_HOURS' }, { kind: 'EQUIPMENT_WEAR', capPerClaim: { amountMinor: '200000000', currency: 'CNY' } }, { kind: 'LOSSES_IN_AFFECTED_TERRITORY' }],
      capPerClaim: { amountMinor: '500000000', currency: 'CNY' },
      capPerEvent: { amountMinor: '2000000000', currency: 'CNY' },
      filingWindow: 'P90D',
      sharingRule: { kind: 'FUND_COVERS', fundBasisPoints: 4000, remainderRule: { kind: 'POPULATION_WEIGHTED' } },
      inKind: [{ form: 'TRAINING', description: 'Yearly hazmat training for downstream water utilities, given by Shanghai', value: { amountMinor: '30000000', currency: 'CNY' } }],
    }),
  // The Beijing–Tianjin–Hebei joint work plan for coordinated accident response, as a responsibility list.
  inForce('agr-jjj-accidents', 'cluster-jjj', 'Beijing–Tianjin–Hebei Joint Accident Emergency Response Responsibility List',
    ['city-beijing', 'city-tianjin', 'city-tangshan', 'city-langfang', 'city-baoding', 'city-cangzhou'], ['ACCIDENT'], [
      { dutyId: 'report', party: 'ORIGIN', role: 'LEAD', kind: 'REPORT', categories: [], action: 'Report the accident to the coordination office and the neighbouring parties.', deadline: 'PT1H' },
      { dutyId: 'command', party: 'ORIGIN', role: 'LEAD', kind: 'JOINT_RESPONSE', categories: [], action: 'Set up on-site command and lead the response in its own territory.', deadline: 'PT2H' },
      { dutyId: 'warn', party: 'AFFECTED', role: 'ASSIST', kind: 'WARN_DOWNSTREAM', categories: [], action: 'Warn residents and enterprises in the exposed area and prepare evacuation.', deadline: 'PT2H' },
      { dutyId: 'hazmat', party: 'NAMED_CITY', cityId: 'city-tianjin', role: 'ASSIST', kind: 'PROVIDE_RESOURCES', categories: [], fromLevel: 'II', action: 'Dispatch hazardous-chemicals rescue teams to the scene.', deadline: 'PT6H', resourceType: 'hazmat-team', quantity: 2 },
      { dutyId: 'medical', party: 'NAMED_CITY', cityId: 'city-beijing', role: 'ASSIST', kind: 'PROVIDE_RESOURCES', categories: [], fromLevel: 'II', action: 'Dispatch medical rescue teams and burn-care specialists.', deadline: 'PT8H', resourceType: 'medical-team', quantity: 3 },
      { dutyId: 'bulletin', party: 'COORDINATION_OFFICE', role: 'LEAD', kind: 'SHARE_INFORMATION', categories: [], action: 'Publish a joint situation bulletin to every party.', deadline: 'PT6H' },
    ]),
];
