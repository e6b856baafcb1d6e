import { compareMinor, formatMoney, minorUnitsOf } from '../../web/src/ui/money';

// What an official types in the console's amount fields, as the minor units sent to the API (or refused).
test.each([
  ['1,234.5', '123450'],
  ['1234.50', '123450'],
  ['12,000.01', '1200001'],
  ['800', '80000'],
  [' 1 234 ', '123400'],
  ['0.5', '50'],
  ['0', '0'],
  ['99999999999999.99', '9999999999999999'],
])('%j is %s fen', (typed, minor) => {
  expect(minorUnitsOf(typed, 'CNY')).toBe(minor);
});

test.each([
  ['1234,50', 'a decimal comma, never read as 123450 yuan'],
  ['1,5', 'a decimal comma'],
  ['1,2,3', 'commas not between thousands'],
  ['12,34.00', 'commas not between thousands'],
  ['0.001', 'more decimals than the currency has'],
  ['-5', 'a sign'],
  ['1e3', 'an exponent'],
  ['999999999999999.99', 'more than 16 digits of minor units'],
  ['', 'nothing'],
  ['¥12', 'a currency sign'],
])('%j is refused: %s', (typed) => {
  expect(minorUnitsOf(typed, 'CNY')).toBeNull();
});

test('currencies without minor units take no decimals', () => {
  expect(minorUnitsOf('1,500', 'JPY')).toBe('1500');
  expect(minorUnitsOf('1500.5', 'JPY')).toBeNull();
});

test('amounts are shown and compared exactly, beyond what a float holds', () => {
  expect(formatMoney({ amountMinor: '9007199254740993', currency: 'CNY' })).toBe('CNY 90,071,992,547,409.93');
  expect(compareMinor('9007199254740993', '9007199254740992')).toBe(1);
});
