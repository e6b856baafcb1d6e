import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, entityOptions, versionAttribute } from './attributes';
import { LEDGER_ENTRY_KINDS } from '../../domain/compensation/settlement';
import {
  APPEALABLE_CLAIM_STATUSES,
  APPEAL_OUTCOMES,
  CLAIM_STATUSES,
  COST_KINDS,
} from '../../domain/compensation/terms';

// Claims, the ledger and the regional fund.

export const ClaimEntity = new LazyEntity(
  {
    model: { entity: 'claim', version: '1', service: 'citypact' },
    attributes: {
      claimId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      agreementId: { type: 'string', required: true, readOnly: true },
      agreementVersionNo: { type: 'number', required: true, readOnly: true },
      eventId: { type: 'string', required: true, readOnly: true },
      claimantCityId: { type: 'string', required: true, readOnly: true },
      aidOfferId: { type: 'string' },
      /**
       * True when the claim holds its amounts in the kept claim limits (its dispatch's costs, its claimant's caps per
       * claim for the event); absent on claims filed before those limits were kept, which hold and release nothing.
       */
      holdsClaimLimits: { type: 'boolean' },
      currency: { type: 'string', required: true },
      items: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            number: { type: 'number', required: true },
            kind: { type: COST_KINDS, required: true },
            description: { type: 'string', required: true },
            amountMinor: { type: 'string', required: true },
            evidence: { type: 'list', items: { type: 'string' }, required: true },
            approvedMinor: { type: 'string' },
            reductionReason: { type: 'string' },
          },
        },
      },
      /** Money as integer minor units in decimal strings: exact, never floats. */
      claimedMinor: { type: 'string', required: true },
      approvedMinor: { type: 'string' },
      status: { type: CLAIM_STATUSES, required: true },
      decisionReason: { type: 'string' },
      appeal: {
        type: 'map',
        properties: {
          statement: { type: 'string', required: true },
          filedAt: { type: 'string', required: true },
          /** The decision appealed against, restored when the appeal is upheld. */
          appealedStatus: { type: APPEALABLE_CLAIM_STATUSES, required: true },
          outcome: { type: APPEAL_OUTCOMES },
          reason: { type: 'string' },
          decidedAt: { type: 'string' },
          decidedByName: { type: 'string' },
        },
      },
      submittedBy: { ...actorAttribute, required: true },
      submittedAt: { type: 'string', required: true, readOnly: true },
      decidedAt: { type: 'string' },
      decidedBy: { ...actorAttribute },
      ledgerEntryIds: { type: 'list', items: { type: 'string' } },
      /** The payments recorded towards the claim, in the order recorded. */
      paymentIds: { type: 'list', items: { type: 'string' } },
      version: versionAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['claimId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['submittedAt', 'claimId'] },
      },
      byEvent: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['eventId'] },
        sk: { field: 'gsi2sk', composite: ['agreementId', 'claimId'] },
      },
    },
  },
  entityOptions,
);

export const LedgerEntryEntity = new LazyEntity(
  {
    model: { entity: 'ledgerEntry', version: '1', service: 'citypact' },
    attributes: {
      entryId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      kind: { type: LEDGER_ENTRY_KINDS, required: true, readOnly: true },
      complianceRecordId: { type: 'string', readOnly: true },
      payerId: { type: 'string', required: true, readOnly: true },
      payeeId: { type: 'string', required: true, readOnly: true },
      amountMinor: { type: 'string', required: true, readOnly: true },
      currency: { type: 'string', required: true, readOnly: true },
      claimId: { type: 'string', readOnly: true },
      reference: { type: 'string', readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      recordedBy: { ...actorAttribute, required: true },
    },
    indexes: {
      // Append-only: entries are created, never updated or deleted. A cluster's ledger is one partition of the table
      // itself (not an index), so balance checks can read it with strong consistency. Entries written before this
      // was the only index also carry gsi1pk/gsi1sk (a by-time index nothing read): harmless, and left as they are.
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['entryId'] } },
    },
  },
  entityOptions,
);

export const FundContributionEntity = new LazyEntity(
  {
    model: { entity: 'fundContribution', version: '1', service: 'citypact' },
    attributes: {
      contributionId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      cityId: { type: 'string', readOnly: true },
      thirdParty: { type: 'string', readOnly: true },
      /** The FUND_CONTRIBUTION obligation the contribution fulfils, decided when it is recorded. */
      fulfilsObligationId: { type: 'string', readOnly: true },
      amountMinor: { type: 'string', required: true, readOnly: true },
      currency: { type: 'string', required: true, readOnly: true },
      reference: { type: 'string', required: true, readOnly: true },
      receivedAt: { type: 'string', required: true, readOnly: true },
      recordedBy: { ...actorAttribute, required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['contributionId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['receivedAt', 'contributionId'] },
      },
    },
  },
  entityOptions,
);

export type StoredClaim = EntityItem<typeof ClaimEntity>;
export type StoredLedgerEntry = EntityItem<typeof LedgerEntryEntity>;
export type StoredFundContribution = EntityItem<typeof FundContributionEntity>;
