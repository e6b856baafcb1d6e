import { BadInputError } from './errors';

/** Whether text shows nothing: spaces, or format characters alone (zero-width spaces, word joiners, a byte-order mark). */
export function isBlank(text: string): boolean {
  return !text.replace(/[\p{Cf}\p{Z}\s]/gu, '');
}

/** Trims a required free-text field and checks its length, naming the field in words. */
export function requiredText(value: string | null | undefined, label: string, max = 2000): string {
  const trimmed = (value ?? '').trim();
  if (isBlank(trimmed)) throw new BadInputError(`The ${label} cannot be empty.`);
  if (trimmed.length > max)
    throw new BadInputError(`The ${label} is ${trimmed.length} characters long; keep it under ${max}.`);
  return trimmed;
}
