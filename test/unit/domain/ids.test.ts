import { agreementVersionKey, parseAgreementVersionKey } from '../../../src/domain/agreements/ids';
import { consequenceEntryId, fundContributionId, paymentEntryId } from '../../../src/domain/compensation/ids';
import {
  evaluationRecordId,
  obligationRecordId,
  partnerStandingKey,
  subjectKeyOf,
} from '../../../src/domain/compliance/ids';
import { assessmentTargetId } from '../../../src/domain/evaluations/ids';
import { idempotencyScope } from '../../../src/domain/idempotency';
import { specFromDuty } from '../../../src/domain/obligations/activation';
import {
  COORDINATION_OFFICE,
  obligationId,
  obligeeKeyOf,
  recurringOccurrence,
} from '../../../src/domain/obligations/ids';
import {
  inventoryItemId,
  parseResourceTypeKey,
  reserveRequirementTargetId,
  resourceTypeKey,
} from '../../../src/domain/resources/ids';
import type { Duty } from '../../../src/domain/agreements/terms';

// Stored items and idempotency depend on these strings: each expected value was computed with the recipe as it stood
// before the recipes were gathered here, and must never change.
describe('derived ids and keys are stable', () => {
  it('names an agreement version, and reads the name back', () => {
    expect(agreementVersionKey('agr_1', 3)).toBe('agr_1#3');
    expect(parseAgreementVersionKey('agr_1#3')).toEqual({ agreementId: 'agr_1', versionNo: 3 });
  });

  it('derives an obligation id from event, agreement, duty and obligee', () => {
    expect(obligationId('evt_1', 'agr_1', 'duty-warn', 'city-a')).toBe('obl_845aa436d5a64a95562327e5');
    expect(obligationId('evt_1', 'agr_1', 'duty-warn', COORDINATION_OFFICE)).toBe('obl_4cf55bc521d4c8830afb4759');
  });

  it("derives a recurring duty's obligation id from the period it is owed for", () => {
    const duty = {
      dutyId: 'drill',
      party: 'NAMED_CITY',
      cityId: 'city-a',
      role: 'joins',
      kind: 'JOIN_DRILL',
      action: 'Drill',
      deadline: 'P1D',
    } as unknown as Duty;
    const spec = specFromDuty(
      duty,
      'city-a',
      { clusterId: 'c', agreementId: 'agr_1', versionNo: 2, triggeredAt: '2026-01-01T00:00:00.000Z' },
      '2026-01-02T00:00:00.000Z',
    );
    expect(recurringOccurrence('2026-01-01T00:00:00.000Z')).toBe('recurring@2026-01-01T00:00:00.000Z');
    expect(spec.obligationId).toBe('obl_f6eb69c9faa4869d5dbb23db');
  });

  it("keys an obligee's and a subject's records: a city by its id, the office per cluster", () => {
    expect(obligeeKeyOf('cluster-x', 'city-a')).toBe('city-a');
    expect(obligeeKeyOf('cluster-x', COORDINATION_OFFICE)).toBe('COORDINATION_OFFICE#cluster-x');
    expect(subjectKeyOf('cluster-x', 'city-a')).toBe('city-a');
    expect(subjectKeyOf('cluster-x', null)).toBe('COORDINATION_OFFICE#cluster-x');
    expect(subjectKeyOf('cluster-x', undefined)).toBe('COORDINATION_OFFICE#cluster-x');
  });

  it("derives the automatic compliance records' ids; a missed contribution shares the LATE slot", () => {
    expect(obligationRecordId('obl_1', 'FULFILLED')).toBe('cr_obl_1_FULFILLED');
    expect(obligationRecordId('obl_1', 'FULFILLED_LATE')).toBe('cr_obl_1_FULFILLED_LATE');
    expect(obligationRecordId('obl_1', 'LATE')).toBe('cr_obl_1_LATE');
    expect(obligationRecordId('obl_1', 'CONTRIBUTION_MISSED')).toBe('cr_obl_1_LATE');
    expect(evaluationRecordId('evl_1')).toBe('cr_evl_1');
  });

  it("derives a partner record's standing key from recorder, subject, kind and concern", () => {
    const facts = {
      clusterId: 'cluster-x',
      recorderCityId: 'city-a',
      subjectKey: 'city-b',
      kind: 'BREACH',
      obligationId: 'obl_1',
      agreementId: 'agr_1',
    };
    expect(partnerStandingKey(facts)).toBe('standing_fb2b608a8b02eba6eab3325f1c961b9ed6b5c8fb');
    expect(partnerStandingKey({ ...facts, eventId: 'evt_1' })).not.toBe(partnerStandingKey(facts));
  });

  it('derives payment lines and fund contributions from their reference, in any letter case', () => {
    expect(paymentEntryId('cluster-x', 'Ref-2026/07')).toBe('pay_199cd1aa3b68786b67451610');
    expect(paymentEntryId('cluster-x', 'REF-2026/07')).toBe('pay_199cd1aa3b68786b67451610');
    expect(fundContributionId('cluster-x', 'Ref-2026/07')).toBe('fnd_199cd1aa3b68786b67451610');
    expect(paymentEntryId('cluster-y', 'Ref-2026/07')).not.toBe('pay_199cd1aa3b68786b67451610');
  });

  it("names a compliance record's consequence lines after the record", () => {
    expect(consequenceEntryId('SURCHARGE', 'cr_1')).toBe('sur_cr_1');
    expect(consequenceEntryId('BONUS', 'cr_1')).toBe('bon_cr_1');
    expect(consequenceEntryId('REVERSAL', 'cr_1')).toBe('rev_cr_1');
  });

  it('derives an inventory item id from city, type, tier and storage (trimmed, any case)', () => {
    expect(inventoryItemId('city-a', 'mobile-pump', 'II', '  North Depot ')).toBe('inv_e84e75b2ebbcda854416035a');
    expect(inventoryItemId('city-a', 'mobile-pump', 'II', 'north depot')).toBe('inv_e84e75b2ebbcda854416035a');
  });

  it('names resource types, reserve requirements and assessments', () => {
    expect(resourceTypeKey('cluster-x', 'mobile-pump')).toBe('cluster-x#mobile-pump');
    expect(parseResourceTypeKey('cluster-x#mobile-pump')).toEqual({ clusterId: 'cluster-x', typeId: 'mobile-pump' });
    expect(reserveRequirementTargetId('mobile-pump')).toBe('reserve:mobile-pump');
    expect(assessmentTargetId('evl_1', 'evaluator-7')).toBe('evl_1#evaluator-7');
  });

  it('scopes an idempotency key to operation, owner and caller', () => {
    expect(idempotencyScope('fileClaim', 'cluster-x', 'user-1')).toBe('fileClaim:cluster-x:user-1');
  });
});
