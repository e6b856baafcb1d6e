/**
 * # Rubrics: what an evaluation scores, and how much each part counts
 *
 * A rubric targets either an ACTIVITY (how the cluster handled an event or a drill) or a PARTICIPANT (how the
 * coordination office or one city performed). It lists 1 to 20 criteria, each with a weight, and one integer scale
 * every criterion is scored on (1 to 5 in the seeded rubrics).
 *
 * Weights are given as decimal strings ("0.25") and kept as whole basis points (2500; 10,000 = 1), so a rubric's
 * weights add up to **exactly** 1, not to 0.9999999999999999, and "0.1 + 0.2 + 0.7" is accepted as the official
 * wrote it. A weight has at most four decimals for the same reason: more would need rounding we would have to explain.
 */
import { BadInputError } from '../errors';
import { requiredText } from '../text';

export const TARGET_KINDS = ['ACTIVITY', 'PARTICIPANT'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** What exactly is evaluated: the first three are activities, the last two participants. */
export const EVALUATION_TARGET_TYPES = ['EVENT_RESPONSE', 'DRILL', 'AGREEMENT', 'CITY', 'COORDINATION_OFFICE'] as const;
export type EvaluationTargetType = (typeof EVALUATION_TARGET_TYPES)[number];

export interface Criterion {
  criterionId: string;
  name: string;
  description: string;
  /** Basis points, a whole number; over a rubric's criteria they add up to 10,000. */
  weightBp: number;
}

/** Whole numbers, 0 <= min < max, max - min <= 100. */
export interface Scale {
  min: number;
  max: number;
}

export interface Rubric {
  name: string;
  targetKind: TargetKind;
  criteria: Criterion[];
  scale: Scale;
}

export interface RubricDraft {
  name: string;
  targetKind: TargetKind;
  criteria: Array<{ criterionId?: string | null; name: string; description: string; weight: string }>;
  scale: { min: number; max: number };
}

/** 1 in basis points. */
const WHOLE = 10_000;
const MAX_CRITERIA = 20;
const MAX_SCALE_SPAN = 100;
const MAX_ID_LENGTH = 40;
const CRITERION_ID = /^[a-z][a-z0-9-]{0,39}$/;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Parses a weight given as a decimal string from 0 to 1 with at most 4 decimals ("0.25", "1", "1.0") into basis points. */
export function parseWeight(value: string, criterionName: string): number {
  const text = (value ?? '').trim();
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new BadInputError(
      `The weight of "${criterionName}" must be a decimal number from 0 to 1, such as "0.25" (got ${JSON.stringify(value)}).`,
    );
  }
  const [, whole, decimals = ''] = match;
  if (decimals.length > 4) {
    throw new BadInputError(
      `The weight of "${criterionName}" has more than 4 decimals (${text}); weights are exact to 0.0001.`,
    );
  }
  const bp = Number(whole) * WHOLE + Number(decimals.padEnd(4, '0'));
  if (bp > WHOLE) throw new BadInputError(`The weight of "${criterionName}" is ${text}; a weight is at most 1.`);
  return bp;
}

/** Formats basis points as the shortest decimal string: 2500 → "0.25", 10000 → "1", 3333 → "0.3333". */
export function formatWeight(weightBp: number): string {
  const whole = Math.trunc(weightBp / WHOLE);
  const rest = Math.abs(weightBp % WHOLE);
  return rest ? `${whole}.${String(rest).padStart(4, '0').replace(/0+$/, '')}` : String(whole);
}

/**
 * Checks a rubric draft and returns the rubric: names trimmed and unique, weights above 0 adding up to exactly 1,
 * a whole-number scale, and an id for every criterion (derived from its name when not given).
 */
export function validateRubric(draft: RubricDraft): Rubric {
  const name = requiredText(draft.name, 'rubric name', 200);
  if (!TARGET_KINDS.includes(draft.targetKind)) {
    throw new BadInputError(
      `Unknown target kind ${JSON.stringify(draft.targetKind)}. A rubric evaluates one of: ${TARGET_KINDS.join(', ')}.`,
    );
  }
  const scale = validateScale(draft.scale);

  const drafts = draft.criteria ?? [];
  if (drafts.length === 0) throw new BadInputError('A rubric needs at least one criterion.');
  if (drafts.length > MAX_CRITERIA)
    throw new BadInputError(`A rubric holds at most ${MAX_CRITERIA} criteria (got ${drafts.length}).`);

  const names = new Map<string, number>();
  const givenIds = new Map<string, number>();
  const checked = drafts.map((criterion, index) => {
    const where = `Criterion ${index + 1}`;
    const criterionName = requiredText(criterion.name, `name of criterion ${index + 1}`, 200);
    const key = criterionName.toLowerCase();
    const earlier = names.get(key);
    if (earlier !== undefined)
      throw new BadInputError(`${where}: the name "${criterionName}" is already used by criterion ${earlier}.`);
    names.set(key, index + 1);

    const description = (criterion.description ?? '').trim();
    if (description.length > 2000) {
      throw new BadInputError(
        `The description of "${criterionName}" is ${description.length} characters long; keep it under 2000.`,
      );
    }

    const weightBp = parseWeight(criterion.weight, criterionName);
    if (weightBp === 0) {
      throw new BadInputError(
        `The weight of "${criterionName}" is 0; every criterion must weigh more than 0 (leave out a criterion that should not count).`,
      );
    }

    const id = criterion.criterionId;
    if (id !== null && id !== undefined) {
      if (!CRITERION_ID.test(id)) {
        throw new BadInputError(
          `${where} ("${criterionName}"): the id ${JSON.stringify(id)} must start with a lowercase letter and use only lowercase letters, digits and "-", at most ${MAX_ID_LENGTH} characters.`,
        );
      }
      const clash = givenIds.get(id);
      if (clash !== undefined)
        throw new BadInputError(`${where} ("${criterionName}"): the id "${id}" is already used by criterion ${clash}.`);
      givenIds.set(id, index + 1);
    }
    return { criterionId: id ?? null, name: criterionName, description, weightBp };
  });

  const total = checked.reduce((sum, criterion) => sum + criterion.weightBp, 0);
  if (total !== WHOLE) {
    throw new BadInputError(`The criteria weights add up to ${formatWeight(total)}; they must add up to exactly 1.`, {
      totalBasisPoints: total,
    });
  }

  // Given ids are reserved first, so a derived id never takes one an official chose, whatever the order.
  const taken = new Set(givenIds.keys());
  const criteria = checked.map(({ criterionId, ...rest }, index): Criterion => {
    const resolved = criterionId ?? uniqueId(slug(rest.name, index), taken);
    taken.add(resolved);
    return { criterionId: resolved, ...rest };
  });
  return { name, targetKind: draft.targetKind, criteria, scale };
}

function validateScale(scale: { min: number; max: number } | null | undefined): Scale {
  const { min, max } = scale ?? { min: NaN, max: NaN };
  if (!Number.isInteger(min) || !Number.isInteger(max)) {
    throw new BadInputError(`The scale runs between whole numbers, e.g. from 1 to 5 (got ${min} to ${max}).`);
  }
  if (min < 0) throw new BadInputError(`The lowest score of the scale cannot be below 0 (got ${min}).`);
  if (min >= max) throw new BadInputError(`The scale must run from a lower to a higher score (got ${min} to ${max}).`);
  if (max - min > MAX_SCALE_SPAN)
    throw new BadInputError(`A scale spans at most ${MAX_SCALE_SPAN} points (got ${min} to ${max}).`);
  return { min, max };
}

// ASCII only on purpose: ids go into URLs and logs. A name with no ASCII letter or digit (e.g. in Chinese) gets its position.
function slug(name: string, index: number): string {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
  if (!words) return `c-${index + 1}`;
  return trimId(/^[a-z]/.test(words) ? words : `c-${words}`, MAX_ID_LENGTH);
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimId(base, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function trimId(id: string, length: number): string {
  return id.slice(0, length).replace(/-+$/, '');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const criterion = (criterionId: string, name: string, description: string, weightBp: number): Criterion => ({
  criterionId,
  name,
  description,
  weightBp,
});

/** The rubrics the domain brief describes, seeded into every cluster; the keys are stable rubric ids. */
export const DEFAULT_RUBRICS: Readonly<Record<'activity-response' | 'participant-performance', Rubric>> = deepFreeze({
  'activity-response': {
    name: 'Response to a cross-jurisdiction event',
    targetKind: 'ACTIVITY',
    scale: { min: 1, max: 5 },
    criteria: [
      criterion(
        'plan-effectiveness',
        'Effectiveness of plans and agreements',
        'How well the plans, the agreement and its responsibility list worked: clear roles, duties that applied to what happened, nothing important left to nobody.',
        2500,
      ),
      criterion(
        'timeliness',
        'Timeliness of prevention, assessment and handling',
        'Whether warnings, risk assessment and handling came early enough, within their deadlines and before the best moment to act had passed.',
        2500,
      ),
      criterion(
        'resources-information',
        'Sufficiency of resources and information exchange',
        'Whether the supplies, teams and equipment committed were enough and arrived, and whether the cities shared information fully, accurately and in time.',
        2500,
      ),
      criterion(
        'response-efficiency',
        'Response efficiency',
        'How quickly and economically the joint response brought the event under control, for the resources it used.',
        2500,
      ),
    ],
  },
  'participant-performance': {
    name: 'Performance of a participant',
    targetKind: 'PARTICIPANT',
    scale: { min: 1, max: 5 },
    criteria: [
      criterion(
        'leadership-coordination',
        'Leadership and coordination',
        'How well the participant led and coordinated: for the coordination office, convening, command and the information hub; for a city, leading in its own territory and working with the office.',
        2000,
      ),
      criterion(
        'cooperation',
        'Cooperation',
        'How readily the participant joined joint action, answered mutual-aid requests and supported the other cities.',
        2000,
      ),
      criterion(
        'cost-inputs',
        'Cost inputs',
        'Whether the money, personnel and materials the participant put in matched what the agreement and the event required of it.',
        2000,
      ),
      criterion(
        'results',
        'Results',
        "What the participant's actions achieved: losses prevented or reduced, its part of the risk brought under control.",
        2000,
      ),
      criterion(
        'duty-fulfilment',
        'Fulfilment of duties',
        'Whether the participant fulfilled its duties on the responsibility list completely, on time and truthfully, with no late, concealed or falsified report.',
        2000,
      ),
    ],
  },
});
