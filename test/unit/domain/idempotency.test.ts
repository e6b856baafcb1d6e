import { fingerprintOf, idempotentRequest } from '../../../src/domain/idempotency';

describe('request fingerprints', () => {
  test('field order, omitted fields and nulls do not change the fingerprint; the key itself is left out', () => {
    const base = fingerprintOf({ a: 1, b: { c: 'x', d: [1, 2] } });
    expect(fingerprintOf({ b: { d: [1, 2], c: 'x', e: null }, a: 1, idempotencyKey: 'k-1' })).toBe(base);
    expect(fingerprintOf({ a: 1, b: { c: 'x', d: [1, 2], e: undefined } })).toBe(base);
  });

  test.each([
    ['another value', { a: 2, b: { c: 'x', d: [1, 2] } }],
    ['another list order', { a: 1, b: { c: 'x', d: [2, 1] } }],
    ['another letter case', { a: 1, b: { c: 'X', d: [1, 2] } }],
    ['a number sent as text', { a: '1', b: { c: 'x', d: [1, 2] } }],
  ])('%s changes it', (_what, content) => {
    expect(fingerprintOf(content)).not.toBe(fingerprintOf({ a: 1, b: { c: 'x', d: [1, 2] } }));
  });

  test('no key means no idempotent request; a key of 200 characters is accepted, 201 is refused', () => {
    expect(idempotentRequest(undefined, {})).toBeUndefined();
    expect(idempotentRequest(null, {})).toBeUndefined();
    expect(idempotentRequest('k'.repeat(200), {})?.key).toHaveLength(200);
    expect(() => idempotentRequest('k'.repeat(201), {})).toThrow(
      'The idempotency key is 201 characters long; the limit is 200.',
    );
  });
});
