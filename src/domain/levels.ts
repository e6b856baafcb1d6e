export const RISK_CATEGORIES = [
  'NATURAL_DISASTER',
  'PUBLIC_HEALTH',
  'ACCIDENT',
  'SOCIAL_SECURITY',
  'TECHNOLOGY_CYBER',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** Emergency Response Law levels: I is the most severe, IV the least. */
export const EMERGENCY_LEVELS = ['I', 'II', 'III', 'IV'] as const;
export type EmergencyLevel = (typeof EMERGENCY_LEVELS)[number];

export const WARNING_LEVELS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

const SEVERITY: Record<EmergencyLevel, number> = { I: 4, II: 3, III: 2, IV: 1 };

/** True when `level` is at least as severe as `threshold` (a missing threshold admits every level). */
export function reaches(level: EmergencyLevel, threshold: EmergencyLevel | null | undefined): boolean {
  return !threshold || SEVERITY[level] >= SEVERITY[threshold];
}

/** Narrows stored category strings (validated on write) back to the enum, dropping anything unknown. */
export function asRiskCategories(values: readonly string[]): RiskCategory[] {
  return values.filter((value): value is RiskCategory => (RISK_CATEGORIES as readonly string[]).includes(value));
}
