import { applyBaselinePatch, type CityBaseline } from '../../../src/domain/cities/baseline';
import { BadInputError } from '../../../src/domain/errors';

const langfang: CityBaseline = {
  population: 5_464_087,
  vulnerablePopulation: 702_000,
  emergencyTeams: 88,
  emergencyPersonnel: 5_500,
  shelterCapacity: 431_000,
};

describe('applyBaselinePatch', () => {
  test('changes only the fields passed and reports each change as [before, after]', () => {
    const { next, changes } = applyBaselinePatch(langfang, { shelterCapacity: 450_000, emergencyTeams: 88 });
    expect(next).toEqual({ ...langfang, shelterCapacity: 450_000 });
    expect(changes).toEqual({ shelterCapacity: [431_000, 450_000] });
  });

  test.each([
    ['nothing to change', {}, /at least one/],
    ['a negative figure', { population: -1 }, /population must be a whole number of zero or more/],
    ['a fraction', { emergencyTeams: 2.5 }, /number of emergency teams must be a whole number/],
    ['an implausible figure', { population: 2_000_000_000 }, /implausibly large/],
    [
      'more vulnerable people than people',
      { vulnerablePopulation: 6_000_000 },
      /vulnerable population \(6000000\) cannot exceed the population \(5464087\)/,
    ],
    [
      'teams without personnel',
      { emergencyTeams: 100, emergencyPersonnel: 50 },
      /100 emergency teams need at least as many personnel/,
    ],
    ['a population shrunk below its vulnerable part', { population: 700_000 }, /cannot exceed the population/],
  ])('refuses %s', (_name, patch, message) => {
    expect(() => applyBaselinePatch(langfang, patch)).toThrow(BadInputError);
    expect(() => applyBaselinePatch(langfang, patch)).toThrow(message);
  });

  test('zero is a valid figure (a city may have no designated shelters yet)', () => {
    expect(applyBaselinePatch(langfang, { shelterCapacity: 0 }).next.shelterCapacity).toBe(0);
  });
});
