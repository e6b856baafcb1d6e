import { BadInputError } from '../../../../src/domain/errors';
import {
  add,
  compare,
  formatMoney,
  money,
  parseMoney,
  subtract,
  sum,
  toWire,
  zero,
  type MoneyWire,
} from '../../../../src/domain/compensation/money';
import { Random } from './random';

const cny = (amountMinor: string): MoneyWire => ({ amountMinor, currency: 'CNY' });

describe('parseMoney', () => {
  test.each<[string, MoneyWire, bigint]>([
    ['zero', cny('0'), 0n],
    ['one fen', cny('1'), 1n],
    ['¥12,500.00', cny('1250000'), 1250000n],
    ['16 digits', cny('9999999999999999'), 9999999999999999n],
    ['another currency', { amountMinor: '500', currency: 'USD' }, 500n],
  ])('accepts %s', (_name, input, minor) => {
    expect(parseMoney(input)).toEqual({ minor, currency: input.currency });
  });

  test('accepts a negative amount only where asked (net balances)', () => {
    expect(parseMoney(cny('-125'), 'balance', { allowNegative: true })).toEqual({ minor: -125n, currency: 'CNY' });
    expect(() => parseMoney(cny('-125'), 'balance')).toThrow('The balance cannot be negative (got "-125").');
  });

  test.each<[string, unknown, RegExp]>([
    [
      'a decimal',
      '12500.00',
      /amount must be a whole number of minor units \(fen for CNY\) written as digits, e.g. "1250000" for ¥12,500.00 \(got "12500.00"\)/,
    ],
    ['a float written with an exponent', '1e6', /whole number of minor units/],
    ['a plus sign', '+5', /whole number of minor units/],
    ['a leading zero', '0125', /whole number of minor units/],
    ['minus zero', '-0', /whole number of minor units/],
    ['spaces', ' 125', /whole number of minor units/],
    ['thousands separators', '1,250,000', /whole number of minor units/],
    ['an empty string', '', /whole number of minor units/],
    ['a number instead of a string', 125, /whole number of minor units .* \(got 125\)/],
    ['a negative amount', '-1', /cannot be negative/],
    ['17 digits', '10000000000000000', /has 17 digits; CityPact records at most 16/],
  ])('refuses %s', (_name, amountMinor, message) => {
    const input = { amountMinor, currency: 'CNY' } as MoneyWire;
    expect(() => parseMoney(input)).toThrow(BadInputError);
    expect(() => parseMoney(input)).toThrow(message);
  });

  test.each(['cny', 'RMB¥', 'CN', '', undefined])('refuses the currency %p', (currency) => {
    expect(() => parseMoney({ amountMinor: '1', currency } as MoneyWire)).toThrow(
      /ISO 4217 code of three capital letters/,
    );
  });

  test('refuses zero where a positive amount is required, naming the field', () => {
    expect(() => parseMoney(cny('0'), 'transport cap', { requirePositive: true })).toThrow(
      'The transport cap must be more than ¥0.00.',
    );
  });

  test('round-trips any amount of up to 16 digits through the exchanged form', () => {
    const random = new Random(7);
    for (let i = 0; i < 2000; i++) {
      const minor = random.amount() * (random.chance(0.3) ? -1n : 1n);
      const value = money(minor, 'CNY');
      expect(parseMoney(toWire(value), 'amount', { allowNegative: true })).toEqual(value);
    }
  });
});

describe('formatMoney', () => {
  test.each<[bigint, string, string]>([
    [1250000n, 'CNY', '¥12,500.00'],
    [0n, 'CNY', '¥0.00'],
    [5n, 'CNY', '¥0.05'],
    [123456789n, 'CNY', '¥1,234,567.89'],
    [-1200n, 'CNY', '-¥12.00'],
    [9999999999999999n, 'CNY', '¥99,999,999,999,999.99'],
    [1250000n, 'USD', '12,500.00 USD'],
    [1250n, 'JPY', '1,250 JPY'],
    [1250n, 'KWD', '1.250 KWD'],
  ])('%p %s reads %s', (minor, currency, text) => {
    expect(formatMoney({ minor, currency })).toBe(text);
  });
});

describe('arithmetic', () => {
  const a = money(1250000n, 'CNY');
  const b = money(99n, 'CNY');

  test('adds, subtracts and compares exactly', () => {
    expect(add(a, b)).toEqual({ minor: 1250099n, currency: 'CNY' });
    expect(subtract(b, a)).toEqual({ minor: -1249901n, currency: 'CNY' });
    expect(sum([a, b, b], 'CNY')).toEqual({ minor: 1250198n, currency: 'CNY' });
    expect(sum([], 'CNY')).toEqual(zero('CNY'));
    expect([compare(a, b), compare(b, a), compare(a, a)]).toEqual([1, -1, 0]);
  });

  test('is exact where floats are not (0.1 + 0.2)', () => {
    expect(toWire(add(money(10n, 'CNY'), money(20n, 'CNY')))).toEqual({ amountMinor: '30', currency: 'CNY' });
    const huge = money(9007199254740993n, 'CNY'); // 2^53 + 1: a float would round it to an even number
    expect(toWire(add(huge, money(1n, 'CNY'))).amountMinor).toBe('9007199254740994');
  });

  test('refuses to mix currencies', () => {
    expect(() => add(a, money(1n, 'USD'))).toThrow(
      'Amounts in CNY and USD cannot be combined; record every amount of an agreement in one currency.',
    );
    expect(() => compare(a, money(1n, 'USD'))).toThrow(BadInputError);
  });

  test('refuses a result beyond 16 digits', () => {
    expect(() => add(money(9999999999999999n, 'CNY'), money(1n, 'CNY'))).toThrow(/beyond the largest CityPact records/);
    expect(() => money(-(10n ** 16n), 'CNY')).toThrow(BadInputError);
  });
});
