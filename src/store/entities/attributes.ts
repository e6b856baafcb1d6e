import './model-check';
import { config } from '../../config';
import { documentClient } from '../client';
import { ACTOR_ROLES } from '../../domain/roles';

// Shared by every entity file. Key formats and index names live in src/store/entities/ and nowhere else.

/** Moves by one with every change: writes are conditioned on the version the writer read (optimistic locking). */
export const versionAttribute = { type: 'number', required: true } as const;
export const createdAtAttribute = { type: 'string', required: true, readOnly: true } as const;
export const updatedAtAttribute = { type: 'string', required: true } as const;

/** Money as integer minor units in a decimal string, with its ISO 4217 code: exact, never a float. */
export const moneyAttribute = {
  type: 'map',
  properties: { amountMinor: { type: 'string', required: true }, currency: { type: 'string', required: true } },
} as const;

/** A named place (a storage site, an aid destination). */
export const locationAttribute = {
  type: 'map',
  properties: {
    name: { type: 'string', required: true },
    latitude: { type: 'number', required: true },
    longitude: { type: 'number', required: true },
  },
} as const;

/** Who did something: recorded on the item itself, so it reads back even if the person later leaves. */
export const actorAttribute = {
  type: 'map',
  properties: {
    id: { type: 'string', required: true },
    name: { type: 'string', required: true },
    role: { type: ACTOR_ROLES, required: true },
  },
} as const;
export const entityOptions = { table: config.TABLE_NAME, client: documentClient };
