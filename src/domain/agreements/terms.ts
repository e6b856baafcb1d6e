import { validateCompensationTerms, type CompensationTerms, type CompensationTermsDraft } from '../compensation/terms';
import { parseMoney } from '../compensation/money';
import { BadInputError } from '../errors';
import { reaches, type EmergencyLevel, type RiskCategory } from '../levels';
import { requiredText } from '../text';
import { boundedDuration, DURATION_BOUNDS, unitQuantity } from '../bounds';
import { idAsName, type CityNaming } from '../cities/naming';

export const DUTY_KINDS = [
  'REPORT',
  'WARN_DOWNSTREAM',
  'PROVIDE_RESOURCES',
  'JOINT_RESPONSE',
  'SHARE_INFORMATION',
  'JOIN_DRILL',
  'FUND_CONTRIBUTION',
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];
export const DUTY_PARTIES = ['ORIGIN', 'AFFECTED', 'NAMED_CITY', 'COORDINATION_OFFICE'] as const;
export type DutyParty = (typeof DUTY_PARTIES)[number];
export const DUTY_ROLES = ['LEAD', 'ASSIST'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];

export interface Duty {
  dutyId: string;
  party: DutyParty;
  cityId?: string;
  role: DutyRole;
  kind: DutyKind;
  categories: RiskCategory[];
  fromLevel?: EmergencyLevel;
  action: string;
  deadline: string;
  recurrence?: string;
  resourceType?: string;
  quantity?: number;
  /** For FUND_CONTRIBUTION: what each obligee pays per occurrence, in minor units. */
  amount?: { amountMinor: string; currency: string };
}

/** What the parties ratify: everything but the lifecycle. */
export interface AgreementTerms {
  title: string;
  partyCityIds: string[];
  categories: RiskCategory[];
  minimumLevel?: EmergencyLevel;
  effectiveFrom: string;
  effectiveUntil?: string;
  duties: Duty[];
  /** What compensation the parties agree to; ratified with the rest. */
  compensation?: CompensationTerms;
}

export type DutyDraft = Omit<Duty, 'dutyId' | 'categories'> & {
  dutyId?: string | null;
  categories?: RiskCategory[] | null;
};
export type TermsDraft = Omit<AgreementTerms, 'duties' | 'compensation'> & {
  duties: DutyDraft[];
  compensation?: CompensationTermsDraft | null;
};

const MAX_DUTIES = 100;

/**
 * Checks an agreement's terms and gives every duty a stable id. `clusterCityIds` are the cluster's members:
 * parties must be among them. Errors name the duty by its position so an official can find it.
 */
export function validateTerms(
  draft: TermsDraft,
  clusterCityIds: ReadonlySet<string>,
  nameOf: CityNaming = idAsName,
): AgreementTerms {
  const title = requiredText(draft.title, 'title', 200);
  const parties = [...new Set(draft.partyCityIds)];
  if (parties.length !== draft.partyCityIds.length)
    throw new BadInputError('A city is listed twice among the parties.');
  if (parties.length < 2) throw new BadInputError('A cross-jurisdiction agreement needs at least two party cities.');
  const outsiders = parties.filter((id) => !clusterCityIds.has(id));
  if (outsiders.length)
    throw new BadInputError(`These cities are not members of the cluster: ${outsiders.join(', ')}.`);
  const categories = [...new Set(draft.categories)];
  if (categories.length === 0) throw new BadInputError('Name at least one risk category the agreement covers.');
  if (draft.effectiveUntil && draft.effectiveUntil <= draft.effectiveFrom) {
    throw new BadInputError(
      'The agreement must end after it takes effect (effectiveUntil is not after effectiveFrom).',
    );
  }
  if (draft.duties.length === 0) throw new BadInputError('The responsibility list needs at least one duty.');
  if (draft.duties.length > MAX_DUTIES)
    throw new BadInputError(`A responsibility list holds at most ${MAX_DUTIES} duties.`);

  const usedIds = new Set<string>();
  const duties = draft.duties.map((duty, index): Duty => {
    const where = `Duty ${index + 1}`;
    const dutyId = duty.dutyId?.trim() || nextDutyId(draft.duties, usedIds);
    if (usedIds.has(dutyId)) throw new BadInputError(`${where}: the id "${dutyId}" is used by another duty.`);
    usedIds.add(dutyId);
    if (duty.party === 'NAMED_CITY') {
      if (!duty.cityId) throw new BadInputError(`${where}: name the city that owes it (cityId).`);
      if (!parties.includes(duty.cityId))
        throw new BadInputError(`${where}: ${nameOf(duty.cityId)} is not a party to this agreement.`);
    } else if (duty.cityId) {
      throw new BadInputError(
        `${where}: a city is named only for NAMED_CITY duties (this one is owed by ${duty.party}).`,
      );
    }
    const dutyCategories = [...new Set(duty.categories ?? [])];
    const uncovered = dutyCategories.filter((category) => !categories.includes(category));
    if (uncovered.length) throw new BadInputError(`${where}: the agreement does not cover ${uncovered.join(', ')}.`);
    if (duty.fromLevel && draft.minimumLevel && !reaches(duty.fromLevel, draft.minimumLevel)) {
      throw new BadInputError(
        `${where}: it applies from level ${duty.fromLevel}, below the agreement's minimum level ${draft.minimumLevel}, so it could never apply.`,
      );
    }
    boundedDuration(duty.deadline, `deadline of duty ${index + 1}`, DURATION_BOUNDS.dutyDeadline);
    // A period shorter than a day would flood the cluster with obligations.
    if (duty.recurrence)
      boundedDuration(duty.recurrence, `recurrence of duty ${index + 1}`, DURATION_BOUNDS.recurrence);
    if (duty.kind === 'PROVIDE_RESOURCES') {
      if (!duty.resourceType?.trim()) throw new BadInputError(`${where}: say which resource type to provide.`);
      if (!Number.isInteger(duty.quantity) || (duty.quantity ?? 0) < 1)
        throw new BadInputError(`${where}: the quantity to provide must be a whole number of at least 1.`);
      unitQuantity(duty.quantity!, `quantity to provide in duty ${index + 1}`, 'unit');
    } else if (duty.resourceType || duty.quantity != null) {
      throw new BadInputError(`${where}: a resource type and quantity belong only to PROVIDE_RESOURCES duties.`);
    }
    if (duty.kind === 'FUND_CONTRIBUTION') {
      if (!duty.amount) throw new BadInputError(`${where}: say how much each party contributes (amount).`);
      parseMoney(duty.amount, `contribution of duty ${index + 1}`, { requirePositive: true });
    } else if (duty.amount) {
      throw new BadInputError(`${where}: an amount belongs only to FUND_CONTRIBUTION duties.`);
    }
    return {
      dutyId,
      party: duty.party,
      ...(duty.cityId ? { cityId: duty.cityId } : {}),
      role: duty.role,
      kind: duty.kind,
      categories: dutyCategories,
      ...(duty.fromLevel ? { fromLevel: duty.fromLevel } : {}),
      action: requiredText(duty.action, `action of duty ${index + 1}`, 1000),
      deadline: duty.deadline,
      ...(duty.recurrence ? { recurrence: duty.recurrence } : {}),
      ...(duty.kind === 'PROVIDE_RESOURCES'
        ? { resourceType: duty.resourceType!.trim(), quantity: duty.quantity }
        : {}),
      ...(duty.kind === 'FUND_CONTRIBUTION' && duty.amount
        ? { amount: { amountMinor: duty.amount.amountMinor, currency: duty.amount.currency } }
        : {}),
    };
  });

  return {
    title,
    partyCityIds: parties,
    categories,
    ...(draft.minimumLevel ? { minimumLevel: draft.minimumLevel } : {}),
    effectiveFrom: draft.effectiveFrom,
    ...(draft.effectiveUntil ? { effectiveUntil: draft.effectiveUntil } : {}),
    duties,
    ...(draft.compensation
      ? { compensation: validateCompensationTerms(draft.compensation, parties, 'entered', nameOf) }
      : {}),
  };
}

function nextDutyId(drafts: DutyDraft[], used: Set<string>): string {
  const taken = new Set([...used, ...drafts.map((duty) => duty.dutyId).filter(Boolean)]);
  for (let n = 1; ; n++) if (!taken.has(`d${n}`)) return `d${n}`;
}
