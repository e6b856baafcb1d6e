import { BadInputError } from '../errors';

/** Facts every member city shares on the cluster's information platform. */
export interface CityBaseline {
  population: number;
  vulnerablePopulation: number;
  emergencyTeams: number;
  emergencyPersonnel: number;
  shelterCapacity: number;
}

/** Just the baseline figures of a larger record (a city carries more than its baseline). */
export function baselineOf(source: CityBaseline): CityBaseline {
  const { population, vulnerablePopulation, emergencyTeams, emergencyPersonnel, shelterCapacity } = source;
  return { population, vulnerablePopulation, emergencyTeams, emergencyPersonnel, shelterCapacity };
}

export type BaselinePatch = Partial<CityBaseline>;

export type FieldChanges = Record<string, [before: unknown, after: unknown]>;

const FIELD_LABELS: Record<keyof CityBaseline, string> = {
  population: 'population',
  vulnerablePopulation: 'vulnerable population',
  emergencyTeams: 'number of emergency teams',
  emergencyPersonnel: 'number of emergency personnel',
  shelterCapacity: 'shelter capacity',
};

// Larger than any city on Earth; catches a misplaced digit before it skews regional shortfalls.
const MAX_FIGURE = 100_000_000;

/**
 * Applies a partial update to a city's baseline and returns the new baseline with the fields that changed.
 * Rejects figures that cannot be true, naming the field, so an official can correct the entry.
 */
export function applyBaselinePatch(
  current: CityBaseline,
  patch: BaselinePatch,
): { next: CityBaseline; changes: FieldChanges } {
  const provided = (Object.keys(FIELD_LABELS) as (keyof CityBaseline)[]).filter(
    (field) => patch[field] !== undefined && patch[field] !== null,
  );
  if (provided.length === 0) {
    throw new BadInputError('Pass at least one baseline figure (or the local name) to change.');
  }
  for (const field of provided) {
    const value = patch[field] as number;
    if (!Number.isInteger(value) || value < 0) {
      throw new BadInputError(`The ${FIELD_LABELS[field]} must be a whole number of zero or more (got ${value}).`, {
        field,
      });
    }
    if (value > MAX_FIGURE) {
      throw new BadInputError(`The ${FIELD_LABELS[field]} of ${value} is implausibly large; check the figure.`, {
        field,
      });
    }
  }
  const next: CityBaseline = { ...current };
  for (const field of provided) next[field] = patch[field] as number;

  if (next.vulnerablePopulation > next.population) {
    throw new BadInputError(
      `The vulnerable population (${next.vulnerablePopulation}) cannot exceed the population (${next.population}).`,
      { field: 'vulnerablePopulation' },
    );
  }
  if (next.emergencyPersonnel < next.emergencyTeams) {
    throw new BadInputError(
      `${next.emergencyTeams} emergency teams need at least as many personnel (got ${next.emergencyPersonnel}).`,
      { field: 'emergencyPersonnel' },
    );
  }

  const changes: FieldChanges = {};
  for (const field of provided) {
    if (current[field] !== next[field]) changes[field] = [current[field], next[field]];
  }
  return { next, changes };
}
