import { config } from '../../config';
import { documentClient } from '../client';

// Shared by every entity file. Key formats and index names live in src/store/entities/ and nowhere else.
// Every entity carries `version` for optimistic locking.
export const RISK_CATEGORIES = ['NATURAL_DISASTER', 'PUBLIC_HEALTH', 'ACCIDENT', 'SOCIAL_SECURITY', 'TECHNOLOGY_CYBER'] as const;
export const ROLES = ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR', 'SYSTEM'] as const;
export const MODES = ['NORMAL', 'EMERGENCY'] as const;
export const LEVELS = ['I', 'II', 'III', 'IV'] as const;
export const WARNINGS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'] as const;
export const DUTY_KINDS = ['REPORT', 'WARN_DOWNSTREAM', 'PROVIDE_RESOURCES', 'JOINT_RESPONSE', 'SHARE_INFORMATION', 'JOIN_DRILL', 'FUND_CONTRIBUTION'] as const;
export const DUTY_ROLES = ['LEAD', 'ASSIST'] as const;
export const actorAttribute = {
  type: 'map',
  properties: { id: { type: 'string', required: true }, name: { type: 'string', required: true }, role: { type: ROLES, required: true } },
} as const;
export const entityOptions = { table: config.TABLE_NAME, client: documentClient };
