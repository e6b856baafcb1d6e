import { BadInputError } from './errors';

/** Trims a required free-text field and checks its length, naming the field in words. */
export function requiredText(value: string | null | undefined, label: string, max = 2000): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw new BadInputError(`The ${label} cannot be empty.`);
  if (trimmed.length > max) throw new BadInputError(`The ${label} is ${trimmed.length} characters long; keep it under ${max}.`);
  return trimmed;
}
