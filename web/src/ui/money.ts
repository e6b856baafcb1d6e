/**
 * Money in the console, exactly as the API keeps it: whole minor units (fen for CNY) as a string of digits. Amounts
 * are read and written as decimal text and converted by splitting the digits, never through a float.
 */

export interface MoneyValue {
  amountMinor: string;
  currency: string;
}

// Minor-unit digits of the currencies a cluster may meet, as the API counts them; any other code has 2.
const EXPONENT: Readonly<Record<string, number>> = { JPY: 0, KRW: 0, VND: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

/** How many decimals an amount in `currency` has (2 for CNY). */
export function decimalsOf(currency: string): number {
  return EXPONENT[currency] ?? 2;
}

/** Money from minor units, exactly: the string is split, never turned into a float. */
export function formatMoney(money: MoneyValue | null | undefined): string {
  if (!money) return '—';
  const negative = money.amountMinor.startsWith('-');
  const decimals = decimalsOf(money.currency);
  const digits = money.amountMinor.replace('-', '').padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${money.currency} ${whole}${decimals ? `.${digits.slice(-decimals)}` : ''}`;
}

/** An amount as the decimal text an official edits ("1234.50" for 123450 fen). */
export function decimalText(money: MoneyValue): string {
  const decimals = decimalsOf(money.currency);
  const digits = money.amountMinor.replace('-', '').padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  return `${money.amountMinor.startsWith('-') ? '-' : ''}${whole}${decimals ? `.${digits.slice(-decimals)}` : ''}`;
}

/**
 * Decimal text an official typed ("1,234.5", "1234.50", "800") as minor units, or null when it is not an amount of
 * `currency`: digits with an optional decimal point and at most the currency's decimals, commas between thousands and
 * spaces allowed, no sign and no exponent. At most 16 digits of minor units, as the API records.
 */
export function minorUnitsOf(text: string, currency: string): string | null {
  const decimals = decimalsOf(currency);
  // A comma only between groups of three ("1,234.50"): "1234,50" (a decimal comma) is refused, never read as 123450.
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(text.replace(/\s/g, ''));
  if (!match) return null;
  const whole = match[1].replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return null;
  const minor = `${whole}${fraction.padEnd(decimals, '0')}`.replace(/^0+(?=\d)/, '');
  return minor.length > 16 ? null : minor;
}

/** Compares two amounts in minor units (digit strings without leading zeros): -1, 0 or 1. */
export function compareMinor(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}
