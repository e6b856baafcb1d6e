import { BadInputError } from '../errors';

/**
 * Money is an exact count of minor units (fen for CNY) held as a `bigint`, with an ISO 4217 currency code.
 * It is never a float: 0.1 + 0.2 is not 0.3 in floating point, and a ledger between cities must agree to the fen.
 * On the wire (GraphQL `Money` / `MoneyInput`, DynamoDB) it travels as a string of digits, e.g. "1250000" = ¥12,500.00.
 */
export interface Money {
  readonly minor: bigint;
  readonly currency: string;
}

/** The exchanged form, as in the GraphQL `Money` type and `MoneyInput`. */
export interface MoneyWire {
  amountMinor: string;
  currency: string;
}

/**
 * At most 16 digits of minor units (just under ¥100 trillion). Far beyond any claim, and it catches a pasted
 * number with extra digits; it also keeps stored amounts within what other readers of the table parse safely.
 */
export const MAX_DIGITS = 16;
const LIMIT = 10n ** BigInt(MAX_DIGITS);

const CURRENCY = /^[A-Z]{3}$/;
const SIGNED_DIGITS = /^-?(0|[1-9]\d*)$/;

// Minor-unit exponents for the currencies a Chinese city cluster may meet; any other ISO code is taken as 2 decimals.
const EXPONENT: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };
const SYMBOL_FIRST: Record<string, string> = { CNY: '¥' };

export interface ParseOptions {
  /** Net balances may be negative; amounts a city files or approves never are. */
  allowNegative?: boolean;
  /** Caps and claimed items must be more than nothing; a running total may be zero. */
  requirePositive?: boolean;
}

/** Checks an ISO 4217 code (three capital letters). */
export function parseCurrency(value: unknown, field = 'currency'): string {
  if (typeof value !== 'string' || !CURRENCY.test(value)) {
    throw new BadInputError(
      `The ${field} must be an ISO 4217 code of three capital letters, such as CNY (got ${JSON.stringify(value)}).`,
    );
  }
  return value;
}

/**
 * Parses the exchanged form into Money. Refuses decimals, exponents, spaces, a leading zero or "+", a sign where
 * none is allowed, and more than 16 digits; `field` names the amount in the message ("amount of item 3").
 */
export function parseMoney(input: MoneyWire, field = 'amount', options: ParseOptions = {}): Money {
  const currency = parseCurrency(input?.currency, `currency of the ${field}`);
  const raw: unknown = input?.amountMinor;
  const example = `e.g. "1250000" for ${formatMoney({ minor: 1250000n, currency })}`;
  if (typeof raw !== 'string' || !SIGNED_DIGITS.test(raw) || raw === '-0') {
    throw new BadInputError(
      `The ${field} must be a whole number of minor units (fen for CNY) written as digits, ${example} (got ${JSON.stringify(raw)}).`,
    );
  }
  if (raw.startsWith('-') && !options.allowNegative) {
    throw new BadInputError(`The ${field} cannot be negative (got "${raw}").`);
  }
  const digits = raw.replace('-', '');
  if (digits.length > MAX_DIGITS) {
    throw new BadInputError(
      `The ${field} has ${digits.length} digits; CityPact records at most ${MAX_DIGITS} digits of minor units.`,
    );
  }
  const minor = BigInt(raw);
  if (minor === 0n && options.requirePositive)
    throw new BadInputError(`The ${field} must be more than ${formatMoney({ minor, currency })}.`);
  return { minor, currency };
}

/** Builds Money from minor units already computed in code (checked against the 16-digit limit). */
export function money(minor: bigint, currency: string): Money {
  return checked({ minor, currency: parseCurrency(currency) });
}

export function zero(currency: string): Money {
  return money(0n, currency);
}

export function toWire(value: Money): MoneyWire {
  return { amountMinor: value.minor.toString(), currency: value.currency };
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked({ minor: a.minor + b.minor, currency: a.currency });
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked({ minor: a.minor - b.minor, currency: a.currency });
}

/** Adds many amounts of one currency; `currency` gives the answer for an empty list. */
export function sum(values: readonly Money[], currency: string): Money {
  return values.reduce(add, zero(currency));
}

/** -1, 0 or 1, for sorting and comparing against caps. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

/** For messages an official reads: `¥12,500.00` for CNY, `12,500.00 USD` for other currencies. */
export function formatMoney(value: Money): string {
  const exponent = EXPONENT[value.currency] ?? 2;
  const negative = value.minor < 0n;
  const digits = (negative ? -value.minor : value.minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+$)/g, ',');
  const number = exponent ? `${whole}.${digits.slice(digits.length - exponent)}` : whole;
  const symbol = SYMBOL_FIRST[value.currency];
  return `${negative ? '-' : ''}${symbol ? `${symbol}${number}` : `${number} ${value.currency}`}`;
}

function sameCurrency(a: Money, b: Money): void {
  // Converting at some rate would be a decision for people, not arithmetic; refuse instead.
  if (a.currency !== b.currency) {
    throw new BadInputError(
      `Amounts in ${a.currency} and ${b.currency} cannot be combined; record every amount of an agreement in one currency.`,
    );
  }
}

function checked(value: Money): Money {
  if (value.minor >= LIMIT || value.minor <= -LIMIT) {
    throw new BadInputError(
      `The amount ${formatMoney(value)} is beyond the largest CityPact records (${MAX_DIGITS} digits of minor units).`,
    );
  }
  return value;
}
