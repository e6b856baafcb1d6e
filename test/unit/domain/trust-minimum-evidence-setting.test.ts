import { BadInputError } from '../../../src/domain/errors';
import { DEFAULT_TRUST_SETTINGS, changeSettings, settingsOf } from '../../../src/domain/trust/settings';

const stored = (change: Parameters<typeof changeSettings>[1]) => changeSettings(DEFAULT_TRUST_SETTINGS, change);

describe('the minimum evidence to rank: records that count', () => {
  test('defaults to 3, also for settings stored before it existed', () => {
    expect(DEFAULT_TRUST_SETTINGS.minimumEvidenceToRank).toBe(3);
    const before = { ...stored({}) };
    delete before.minimumEvidenceToRank;
    expect(settingsOf(before).minimumEvidenceToRank).toBe(3);
    expect(settingsOf(undefined).minimumEvidenceToRank).toBe(3);
  });

  test.each([0, 1, 3, 10, 100])('%p is accepted and kept', (minimum) => {
    const settings = stored({ minimumEvidenceToRank: minimum });
    expect(settings.minimumEvidenceToRank).toBe(minimum);
    expect(settingsOf(settings).minimumEvidenceToRank).toBe(minimum);
  });

  test.each([-1, 101, 1e9, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('%p is refused', (minimum) => {
    expect(() => stored({ minimumEvidenceToRank: minimum })).toThrow(BadInputError);
    expect(() => stored({ minimumEvidenceToRank: minimum })).toThrow(/whole number of records from 0 to 100/);
  });

  test('changing another setting keeps it; leaving it out keeps the current one', () => {
    const changed = stored({ minimumEvidenceToRank: 5 });
    expect(changeSettings(settingsOf(changed), { trustHalfLifeDays: 180 })).toMatchObject({
      minimumEvidenceToRank: 5,
      halfLifeDays: 180,
    });
    expect(changeSettings(settingsOf(changed), { minimumEvidenceToRank: null }).minimumEvidenceToRank).toBe(5);
  });
});
