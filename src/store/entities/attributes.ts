import { config } from '../../config';
import { documentClient } from '../client';
import { ACTOR_ROLES } from '../../domain/roles';

// Shared by every entity file. Key formats and index names live in src/store/entities/ and nowhere else.
// Every entity carries `version` for optimistic locking.
export const actorAttribute = {
  type: 'map',
  properties: { id: { type: 'string', required: true }, name: { type: 'string', required: true }, role: { type: ACTOR_ROLES, required: true } },
} as const;
export const entityOptions = { table: config.TABLE_NAME, client: documentClient };
