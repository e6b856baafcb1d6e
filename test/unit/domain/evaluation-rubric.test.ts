import { BadInputError } from '../../../src/domain/errors';
import {
  DEFAULT_RUBRICS,
  formatWeight,
  parseWeight,
  validateRubric,
  type Rubric,
  type RubricDraft,
} from '../../../src/domain/evaluations/rubric';

const criterion = (name: string, weight: string, criterionId?: string | null) => ({
  name,
  description: `How good ${name} was.`,
  weight,
  ...(criterionId !== undefined ? { criterionId } : {}),
});
const base: RubricDraft = {
  name: '  Flood response  ',
  targetKind: 'ACTIVITY',
  criteria: [criterion('Warning', '0.5'), criterion('Handling', '0.5')],
  scale: { min: 1, max: 5 },
};
const draftOf = (rubric: Rubric): RubricDraft => ({
  ...rubric,
  criteria: rubric.criteria.map(({ weightBp, ...rest }) => ({ ...rest, weight: formatWeight(weightBp) })),
});
const ids = (draft: Partial<RubricDraft>) => validateRubric({ ...base, ...draft }).criteria.map((c) => c.criterionId);

describe('parseWeight', () => {
  test.each([
    ['0.25', 2500],
    ['1', 10000],
    ['1.0', 10000],
    ['1.0000', 10000],
    ['0.5', 5000],
    ['0', 0],
    ['0.0001', 1],
    ['0.3333', 3333],
    [' 0.2 ', 2000],
  ])('reads %j as %i basis points', (value, bp) => {
    expect(parseWeight(value, 'Cooperation')).toBe(bp);
  });

  test.each([
    ['.5', /must be a decimal number from 0 to 1, such as "0.25" \(got "\.5"\)/],
    ['-0.1', /must be a decimal number from 0 to 1/],
    ['abc', /must be a decimal number from 0 to 1/],
    ['', /must be a decimal number from 0 to 1/],
    ['0,5', /must be a decimal number from 0 to 1/],
    ['1e-1', /must be a decimal number from 0 to 1/],
    ['0.12345', /more than 4 decimals \(0\.12345\); weights are exact to 0\.0001/],
    ['1.5', /The weight of "Cooperation" is 1\.5; a weight is at most 1/],
    ['1.0001', /is 1\.0001; a weight is at most 1/],
  ])('refuses %j', (value, message) => {
    expect(() => parseWeight(value, 'Cooperation')).toThrow(BadInputError);
    expect(() => parseWeight(value, 'Cooperation')).toThrow(message);
  });
});

describe('formatWeight', () => {
  test.each([
    [2500, '0.25'],
    [10000, '1'],
    [3333, '0.3333'],
    [0, '0'],
    [1, '0.0001'],
    [5000, '0.5'],
    [10500, '1.05'],
    [9500, '0.95'],
  ])('writes %i basis points as %j', (bp, text) => {
    expect(formatWeight(bp)).toBe(text);
  });

  test('round-trips every weight from 0 to 1', () => {
    for (let bp = 0; bp <= 10000; bp++) expect(parseWeight(formatWeight(bp), 'x')).toBe(bp);
  });
});

describe('validateRubric', () => {
  test('trims, keeps weights in basis points and derives ids from names', () => {
    expect(
      validateRubric({ ...base, criteria: [criterion('  Warning ', '0.3'), criterion('Handling', '0.7')] }),
    ).toEqual({
      name: 'Flood response',
      targetKind: 'ACTIVITY',
      scale: { min: 1, max: 5 },
      criteria: [
        { criterionId: 'warning', name: 'Warning', description: 'How good   Warning  was.', weightBp: 3000 },
        { criterionId: 'handling', name: 'Handling', description: 'How good Handling was.', weightBp: 7000 },
      ],
    });
  });

  test('weights that only add up to 1 in decimal arithmetic are accepted exactly (0.1 + 0.2 + 0.7)', () => {
    const rubric = validateRubric({
      ...base,
      criteria: [criterion('A', '0.1'), criterion('B', '0.2'), criterion('C', '0.7')],
    });
    expect(rubric.criteria.map((c) => c.weightBp)).toEqual([1000, 2000, 7000]);
  });

  test.each<[string, RubricDraft['criteria'], string[]]>([
    ['slugs of the words', [criterion('Warning & handling!', '1')], ['warning-handling']],
    ['c- before a leading digit', [criterion('24-hour reporting', '1')], ['c-24-hour-reporting']],
    [
      'the position when no ASCII letter or digit is left',
      [criterion('信息共享', '0.5'), criterion('资源保障', '0.5')],
      ['c-1', 'c-2'],
    ],
    [
      'at most 40 characters',
      [criterion('Sufficiency of resources and information exchange', '1')],
      ['sufficiency-of-resources-and-information'],
    ],
    ['no dash left at the cut', [criterion(`${'a'.repeat(39)} b`, '1')], ['a'.repeat(39)]],
    [
      '-2, -3 for names that slug alike',
      [criterion('Cost: inputs', '0.3'), criterion('Cost inputs?', '0.3'), criterion('cost-inputs!', '0.4')],
      ['cost-inputs', 'cost-inputs-2', 'cost-inputs-3'],
    ],
    [
      'a given id kept, even when a derived one would take it first',
      [criterion('Results', '0.5'), criterion('Outcome', '0.5', 'results')],
      ['results-2', 'results'],
    ],
    ['null as missing', [criterion('Results', '1', null)], ['results']],
    [
      'a suffix within 40 characters',
      [
        criterion('Sufficiency of resources and information exchange', '0.5'),
        criterion('Sufficiency of resources and information', '0.5'),
      ],
      ['sufficiency-of-resources-and-information', 'sufficiency-of-resources-and-informati-2'],
    ],
  ])('criterion ids: %s', (_name, criteria, expected) => {
    expect(ids({ criteria })).toEqual(expected);
    expect(expected.every((id) => /^[a-z][a-z0-9-]{0,39}$/.test(id))).toBe(true);
  });

  test.each<[string, Partial<RubricDraft>, RegExp]>([
    [
      'weights adding up to 0.95',
      { criteria: [criterion('A', '0.5'), criterion('B', '0.45')] },
      /^The criteria weights add up to 0\.95; they must add up to exactly 1\.$/,
    ],
    [
      'weights adding up to 1.05',
      { criteria: [criterion('A', '0.5'), criterion('B', '0.55')] },
      /^The criteria weights add up to 1\.05; they must add up to exactly 1\.$/,
    ],
    [
      'a weight of 0',
      { criteria: [criterion('A', '1'), criterion('B', '0')] },
      /weight of "B" is 0; every criterion must weigh more than 0/,
    ],
    [
      'a weight that is not a decimal',
      { criteria: [criterion('A', '.5'), criterion('B', '0.5')] },
      /weight of "A" must be a decimal number/,
    ],
    ['no criteria', { criteria: [] }, /at least one criterion/],
    [
      '21 criteria',
      { criteria: Array.from({ length: 21 }, (_, i) => criterion(`C${i}`, i === 0 ? '0.8' : '0.01')) },
      /at most 20 criteria \(got 21\)/,
    ],
    [
      'an empty criterion name',
      { criteria: [criterion('A', '0.5'), criterion('  ', '0.5')] },
      /name of criterion 2 cannot be empty/,
    ],
    [
      'a criterion name over 200 characters',
      { criteria: [criterion('x'.repeat(201), '1')] },
      /201 characters long; keep it under 200/,
    ],
    [
      'a description over 2000 characters',
      { criteria: [{ ...criterion('A', '1'), description: 'x'.repeat(2001) }] },
      /description of "A" is 2001 characters/,
    ],
    [
      'two names alike but for case and spaces',
      { criteria: [criterion('Cooperation', '0.5'), criterion(' cooperation ', '0.5')] },
      /Criterion 2: the name "cooperation" is already used by criterion 1/,
    ],
    [
      'an id with capitals',
      { criteria: [criterion('A', '1', 'Results')] },
      /the id "Results" must start with a lowercase letter/,
    ],
    [
      'an id starting with a digit',
      { criteria: [criterion('A', '1', '1st')] },
      /the id "1st" must start with a lowercase letter/,
    ],
    ['an empty id', { criteria: [criterion('A', '1', '')] }, /the id "" must start with a lowercase letter/],
    ['an id over 40 characters', { criteria: [criterion('A', '1', 'a'.repeat(41))] }, /at most 40 characters/],
    [
      'one id twice',
      { criteria: [criterion('A', '0.5', 'x'), criterion('B', '0.5', 'x')] },
      /Criterion 2 \("B"\): the id "x" is already used by criterion 1/,
    ],
    ['an empty rubric name', { name: ' ' }, /rubric name cannot be empty/],
    ['a rubric name over 200 characters', { name: 'x'.repeat(201) }, /rubric name is 201 characters long/],
    [
      'an unknown target kind',
      { targetKind: 'CITY' as never },
      /Unknown target kind "CITY"\. A rubric evaluates one of: ACTIVITY, PARTICIPANT/,
    ],
    ['a fractional scale', { scale: { min: 1, max: 4.5 } }, /whole numbers, e\.g\. from 1 to 5 \(got 1 to 4\.5\)/],
    ['a negative scale', { scale: { min: -2, max: 2 } }, /cannot be below 0 \(got -2\)/],
    ['an empty scale', { scale: { min: 5, max: 5 } }, /from a lower to a higher score \(got 5 to 5\)/],
    ['an upside-down scale', { scale: { min: 5, max: 1 } }, /from a lower to a higher score \(got 5 to 1\)/],
    ['a scale over 100 points', { scale: { min: 0, max: 101 } }, /spans at most 100 points \(got 0 to 101\)/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => validateRubric({ ...base, ...change })).toThrow(BadInputError);
    expect(() => validateRubric({ ...base, ...change })).toThrow(message);
  });

  test('names the exact sum in the details too', () => {
    expect.assertions(1);
    try {
      validateRubric({ ...base, criteria: [criterion('A', '0.5'), criterion('B', '0.45')] });
    } catch (error) {
      expect((error as BadInputError).details).toEqual({ totalBasisPoints: 9500 });
    }
  });

  test('a scale of 0 to 100 is the widest allowed', () => {
    expect(validateRubric({ ...base, scale: { min: 0, max: 100 } }).scale).toEqual({ min: 0, max: 100 });
  });
});

describe('DEFAULT_RUBRICS', () => {
  test.each(Object.entries(DEFAULT_RUBRICS))('%s passes validateRubric unchanged', (_id, rubric) => {
    expect(validateRubric(draftOf(rubric))).toEqual(rubric);
  });

  test('match the domain brief: activity 4 × 0.25, participant 5 × 0.2, both scored 1 to 5', () => {
    const summary = (rubric: Rubric) => [
      rubric.targetKind,
      rubric.scale,
      rubric.criteria.map((c) => `${c.criterionId}:${formatWeight(c.weightBp)}`),
    ];
    expect(summary(DEFAULT_RUBRICS['activity-response'])).toEqual([
      'ACTIVITY',
      { min: 1, max: 5 },
      ['plan-effectiveness:0.25', 'timeliness:0.25', 'resources-information:0.25', 'response-efficiency:0.25'],
    ]);
    expect(summary(DEFAULT_RUBRICS['participant-performance'])).toEqual([
      'PARTICIPANT',
      { min: 1, max: 5 },
      ['leadership-coordination:0.2', 'cooperation:0.2', 'cost-inputs:0.2', 'results:0.2', 'duty-fulfilment:0.2'],
    ]);
  });

  test('are frozen, so no cluster can change the seed for the others', () => {
    const rubric = DEFAULT_RUBRICS['activity-response'];
    expect(Object.isFrozen(DEFAULT_RUBRICS)).toBe(true);
    expect(Object.isFrozen(rubric.criteria)).toBe(true);
    expect(Object.isFrozen(rubric.criteria[0])).toBe(true);
  });
});
