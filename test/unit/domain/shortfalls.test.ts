import {
  computeShortfalls,
  requiredQuantity,
  validateRequirement,
  type Holding,
} from '../../../src/domain/resources/shortfalls';

const pumps = (cityId: string, fields: Partial<Holding>): Holding => ({
  cityId,
  typeId: 'pump',
  tier: 'II',
  readiness: 'READY',
  shareable: 10,
  committed: 0,
  ...fields,
});

describe('shortfalls', () => {
  test('per 10,000 residents is multiplied out over the cluster population and rounded up', () => {
    expect(
      requiredQuantity({ typeId: 'pump', minimumTier: 'II', basis: 'PER_10K_RESIDENTS', quantity: 0.05 }, 1_234_567),
    ).toBe(7);
    expect(requiredQuantity({ typeId: 'pump', minimumTier: 'II', basis: 'ABSOLUTE', quantity: 40 }, 1_234_567)).toBe(
      40,
    );
  });

  test('only shareable, ready, uncommitted stock of the minimum tier or better counts; worst coverage first', () => {
    const holdings = [
      pumps('tianjin', { shareable: 12, committed: 4 }), // 8 count
      pumps('langfang', { tier: 'I', shareable: 6 }), // Type I meets II: 6 count
      pumps('baoding', { tier: 'III', shareable: 50 }), // below the minimum tier
      pumps('cangzhou', { readiness: 'DEGRADED' }), // not ready
      { cityId: 'tianjin', typeId: 'beds', tier: 'III', readiness: 'READY', shareable: 900, committed: 0 } as Holding,
    ];
    const result = computeShortfalls(
      [
        { typeId: 'beds', minimumTier: 'III', basis: 'ABSOLUTE', quantity: 600 },
        { typeId: 'pump', minimumTier: 'II', basis: 'ABSOLUTE', quantity: 40 },
        { typeId: 'drone', minimumTier: 'III', basis: 'ABSOLUTE', quantity: 5 },
      ],
      holdings,
      1_000_000,
    );
    expect(result.map((s) => [s.typeId, s.required, s.available, s.shortfall, s.coverage])).toEqual([
      ['drone', 5, 0, 5, 0],
      ['pump', 40, 14, 26, 0.35],
      ['beds', 600, 900, 0, 1.5],
    ]);
    expect(result[1].contributions).toEqual([
      { cityId: 'tianjin', available: 8, share: 8 / 14 },
      { cityId: 'langfang', available: 6, share: 6 / 14 },
    ]);
  });

  test.each([[0], [-1], [2.5]])('refuses an absolute requirement of %p', (quantity) => {
    expect(() => validateRequirement({ typeId: 'pump', minimumTier: 'II', basis: 'ABSOLUTE', quantity })).toThrow();
  });
});
