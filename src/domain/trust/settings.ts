import { BadInputError } from '../errors';
import { boundedDuration, DURATION_BOUNDS } from '../bounds';
import { addDuration, parseDuration } from '../time';
import {
  DEFAULT_GROUP_WEIGHTS,
  DEFAULT_THRESHOLDS,
  parseGroupWeights,
  validateThresholds,
  type GroupWeights,
  type Thresholds,
} from '../evaluations/scoring';
import { DEFAULT_HALF_LIFE_DAYS, DEFAULT_MINIMUM_RECORDS_TO_RANK } from './standing';

/** How a cluster weighs its records, trust and evaluations. Every field has a default; the coordinator may change any. */
export interface ClusterTrustSettings {
  /** ISO-8601 duration the subject of a record has to dispute it. */
  disputeWindow: string;
  halfLifeDays: number;
  /** Records that count (not overturned, withdrawn or replaced) a member needs before the ranking ranks it. */
  minimumEvidenceToRank: number;
  groupWeights: GroupWeights;
  thresholds: Thresholds;
}

export const DEFAULT_TRUST_SETTINGS: ClusterTrustSettings = Object.freeze({
  disputeWindow: 'P14D',
  halfLifeDays: DEFAULT_HALF_LIFE_DAYS,
  minimumEvidenceToRank: DEFAULT_MINIMUM_RECORDS_TO_RANK,
  groupWeights: DEFAULT_GROUP_WEIGHTS,
  thresholds: DEFAULT_THRESHOLDS,
});

/** The form kept on the cluster record. */
export interface StoredTrustSettings {
  disputeWindow: string;
  halfLifeDays: number;
  /** Absent on settings stored before it existed: the default applies. */
  minimumEvidenceToRank?: number;
  thirdPartyWeightBp: number;
  selfWeightBp: number;
  rewardAtOrAbove: number;
  penaltyBelow: number;
}

export function settingsOf(stored: StoredTrustSettings | undefined): ClusterTrustSettings {
  if (!stored) return DEFAULT_TRUST_SETTINGS;
  return {
    disputeWindow: stored.disputeWindow,
    halfLifeDays: stored.halfLifeDays,
    minimumEvidenceToRank: stored.minimumEvidenceToRank ?? DEFAULT_MINIMUM_RECORDS_TO_RANK,
    groupWeights: { thirdPartyBp: stored.thirdPartyWeightBp, selfBp: stored.selfWeightBp },
    thresholds: { rewardAtOrAbove: stored.rewardAtOrAbove, penaltyBelow: stored.penaltyBelow },
  };
}

export interface TrustSettingsChange {
  disputeWindow?: string | null;
  trustHalfLifeDays?: number | null;
  minimumEvidenceToRank?: number | null;
  thirdPartyWeight?: string | null;
  selfWeight?: string | null;
  rewardThreshold?: number | null;
  penaltyThreshold?: number | null;
}

/** Above this, hardly any member of a cluster could ever be ranked. */
const MAX_MINIMUM_RECORDS = 100;

/** Applies a change to the current settings, validating the result as a whole (weights and thresholds go in pairs). */
export function changeSettings(current: ClusterTrustSettings, change: TrustSettingsChange): StoredTrustSettings {
  let disputeWindow = current.disputeWindow;
  if (change.disputeWindow != null) {
    boundedDuration(change.disputeWindow, 'dispute window', DURATION_BOUNDS.disputeWindow);
    disputeWindow = change.disputeWindow;
  }
  let halfLifeDays = current.halfLifeDays;
  if (change.trustHalfLifeDays != null) {
    if (
      !Number.isInteger(change.trustHalfLifeDays) ||
      change.trustHalfLifeDays < 30 ||
      change.trustHalfLifeDays > 3650
    ) {
      throw new BadInputError(
        `A trust half-life of ${change.trustHalfLifeDays} days is not allowed: give a whole number of days from 30 to 3650.`,
      );
    }
    halfLifeDays = change.trustHalfLifeDays;
  }
  let minimumEvidenceToRank = current.minimumEvidenceToRank;
  if (change.minimumEvidenceToRank != null) {
    const minimum = change.minimumEvidenceToRank;
    if (!Number.isInteger(minimum) || minimum < 0 || minimum > MAX_MINIMUM_RECORDS) {
      throw new BadInputError(
        `A minimum evidence to rank of ${minimum} records is not allowed: give a whole number of records from 0 to ${MAX_MINIMUM_RECORDS} (the default is ${DEFAULT_MINIMUM_RECORDS_TO_RANK}).`,
      );
    }
    minimumEvidenceToRank = minimum;
  }
  let groupWeights = current.groupWeights;
  if (change.thirdPartyWeight != null || change.selfWeight != null) {
    if (change.thirdPartyWeight == null || change.selfWeight == null)
      throw new BadInputError('Give the third-party and the self-assessment weights together: they must add up to 1.');
    groupWeights = parseGroupWeights(change.thirdPartyWeight, change.selfWeight);
  }
  const thresholds = validateThresholds({
    rewardAtOrAbove: change.rewardThreshold ?? current.thresholds.rewardAtOrAbove,
    penaltyBelow: change.penaltyThreshold ?? current.thresholds.penaltyBelow,
  });
  return {
    disputeWindow,
    halfLifeDays,
    minimumEvidenceToRank,
    thirdPartyWeightBp: groupWeights.thirdPartyBp,
    selfWeightBp: groupWeights.selfBp,
    rewardAtOrAbove: thresholds.rewardAtOrAbove,
    penaltyBelow: thresholds.penaltyBelow,
  };
}

/** Until when the subject of a record recorded at `recordedAt` may dispute it, under these settings. */
export function disputeDeadline(settings: ClusterTrustSettings, recordedAt: string): string {
  return addDuration(recordedAt, parseDuration(settings.disputeWindow));
}
