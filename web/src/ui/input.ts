/**
 * What the forms check before they send: each check throws the official's words as an Error, which the form's
 * `useAction` shows in its ErrorBox exactly where the API's own message would appear.
 */
import { minorUnitsOf } from './money';

/** Required text, trimmed; `message` when it is empty. */
export function required(text: string, message: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error(message);
  return trimmed;
}

/** A whole number typed in a field; `message` when it is not one. */
export function wholeNumber(text: string, message: string): number {
  const plain = text.trim();
  if (!/^\d{1,9}$/.test(plain)) throw new Error(message);
  return Number(plain);
}

/** A decimal amount typed in a field as MoneyInput, never through a float; `message` when it is not an amount. */
export function amountOf(text: string, currency: string, message: string): { amountMinor: string; currency: string } {
  const amountMinor = minorUnitsOf(text, currency);
  if (amountMinor === null) throw new Error(message);
  return { amountMinor, currency };
}

/** A datetime-local input's value for an instant, in the browser's time zone. */
export function localInputValue(at: Date): string {
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A datetime-local value as an instant; `message` (the official's words) when it is empty or incomplete. */
export function instantOf(local: string, message: string): string {
  const at = new Date(local);
  if (Number.isNaN(at.getTime())) throw new Error(message);
  return at.toISOString();
}
