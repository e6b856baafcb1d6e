import { meetsTier, validateResourceType, type ResourceTypeDefinition } from '../../../src/domain/resources/catalogue';
import { demoCatalogue } from '../../../scripts/demo-catalogue';
import { RISK_CATEGORIES } from '../../../src/domain/levels';

const pump: ResourceTypeDefinition = {
  typeId: 'mobile-pump-unit',
  name: ' Mobile pump ',
  unit: 'unit',
  description: 'Drainage pump',
  categories: ['NATURAL_DISASTER'],
  tiers: [
    { tier: 'III', capability: 'At least 300 m³/h', minimum: 300, measure: 'm³/h' },
    { tier: 'I', capability: 'At least 3,000 m³/h', minimum: 3000, measure: 'm³/h' },
  ],
};

describe('resource catalogue', () => {
  test('orders tiers from Type I down and trims text', () => {
    const type = validateResourceType(pump);
    expect(type.name).toBe('Mobile pump');
    expect(type.tiers.map((tier) => tier.tier)).toEqual(['I', 'III']);
  });

  test.each<[string, Partial<ResourceTypeDefinition>, RegExp]>([
    ['an id with spaces', { typeId: 'Mobile Pump' }, /not a usable id/],
    ['no category', { categories: [] }, /at least one risk category/],
    ['no tier', { tiers: [] }, /at least one capability tier/],
    ['a tier twice', { tiers: [pump.tiers[0], pump.tiers[0]] }, /Type III is described twice/],
    ['a non-positive minimum', { tiers: [{ ...pump.tiers[0], minimum: 0 }] }, /positive number/],
    [
      'a Type I weaker than a Type III',
      { tiers: [{ ...pump.tiers[1], minimum: 100 }, pump.tiers[0]] },
      /Type I must be at least as capable as Type III/,
    ],
    ['tiers in different measures', { tiers: [{ ...pump.tiers[1], measure: 'L/s' }, pump.tiers[0]] }, /same measure/],
    ['no unit', { unit: ' ' }, /unit cannot be empty/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => validateResourceType({ ...pump, ...change })).toThrow(message);
  });

  test('Type I meets every request; a Type III does not meet a request for Type II', () => {
    expect(meetsTier('I', 'III')).toBe(true);
    expect(meetsTier('II', 'II')).toBe(true);
    expect(meetsTier('III', 'II')).toBe(false);
    expect(meetsTier('III', null)).toBe(true);
  });

  test('the seeded catalogue is valid and covers every risk category', () => {
    const catalogue = demoCatalogue('c', '2026-01-01T00:00:00.000Z');
    for (const entry of catalogue)
      expect(() => validateResourceType({ ...entry, categories: entry.categories as never })).not.toThrow();
    expect(new Set(catalogue.flatMap((entry) => entry.categories))).toEqual(new Set(RISK_CATEGORIES));
  });
});
