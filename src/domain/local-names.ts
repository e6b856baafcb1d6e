import { requiredText } from './text';

/** The longest name of a city, cluster or resource type, in any script (the catalogue's `name` has the same bound). */
export const MAX_NAME_LENGTH = 120;

/**
 * A name in the local script (e.g. 廊坊市), entered beside the English one and handled like it: trimmed, never blank,
 * letter case kept, any script allowed. Absent (undefined) when the input leaves it out.
 */
export function localNameOf(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return requiredText(value, 'local name', MAX_NAME_LENGTH);
}
