import { planModeSwitch } from '../../../src/domain/clusters/mode';

describe('planModeSwitch', () => {
  test('records both directions with the trimmed reason', () => {
    expect(planModeSwitch('NORMAL', 'EMERGENCY', '  Haihe flood crest at Tianjin  ')).toEqual({
      from: 'NORMAL',
      to: 'EMERGENCY',
      reason: 'Haihe flood crest at Tianjin',
    });
    expect(planModeSwitch('EMERGENCY', 'NORMAL', 'Water back below warning level')).toEqual({
      from: 'EMERGENCY',
      to: 'NORMAL',
      reason: 'Water back below warning level',
    });
  });

  test.each([
    ['the mode it is already in', 'EMERGENCY', 'EMERGENCY', 'again', /already in EMERGENCY mode/],
    ['an empty reason', 'NORMAL', 'EMERGENCY', '   ', /Give a reason/],
    ['a reason too long to be one', 'NORMAL', 'EMERGENCY', 'x'.repeat(2001), /under 2000/],
  ] as const)('refuses %s', (_name, from, to, reason, message) => {
    expect(() => planModeSwitch(from, to, reason)).toThrow(message);
  });
});
