import { InvalidStateError } from '../errors';

export const AGREEMENT_STATUSES = ['DRAFT', 'PROPOSED', 'ACTIVE', 'SUSPENDED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_VERSION_STATUSES = ['DRAFT', 'PROPOSED', 'IN_FORCE', 'SUPERSEDED'] as const;
export type AgreementVersionStatus = (typeof AGREEMENT_VERSION_STATUSES)[number];
export type AgreementAction =
  'updateDraft' | 'propose' | 'ratify' | 'decline' | 'amend' | 'suspend' | 'resume' | 'terminate';

/** Where an agreement stands: its own status and the status of the version being drafted or ratified, if any. */
export interface LifecycleState {
  status: AgreementStatus;
  pending?: 'DRAFT' | 'PROPOSED';
}

const WORDS: Record<AgreementAction, string> = {
  updateDraft: 'edit the draft',
  propose: 'propose it',
  ratify: 'ratify it',
  decline: 'decline it',
  amend: 'amend it',
  suspend: 'suspend it',
  resume: 'resume it',
  terminate: 'terminate it',
};

/** Every action the lifecycle allows in a state. */
export function allowedActions(state: LifecycleState): AgreementAction[] {
  const onPending: AgreementAction[] =
    state.pending === 'DRAFT' ? ['updateDraft', 'propose'] : state.pending === 'PROPOSED' ? ['ratify', 'decline'] : [];
  switch (state.status) {
    case 'DRAFT':
    case 'PROPOSED':
      return [...onPending, 'terminate'];
    case 'ACTIVE':
      return [...onPending, ...(state.pending ? [] : (['amend'] as AgreementAction[])), 'suspend', 'terminate'];
    case 'SUSPENDED':
      return [...onPending, 'resume', 'terminate'];
    case 'TERMINATED':
      return [];
  }
}

/** Refuses an action the lifecycle does not allow, naming the ones it does. */
export function assertAllowed(state: LifecycleState, action: AgreementAction): void {
  const allowed = allowedActions(state);
  if (allowed.includes(action)) return;
  const where =
    state.pending && (state.status === 'ACTIVE' || state.status === 'SUSPENDED')
      ? `${state.status} with a ${state.pending.toLowerCase()} amendment`
      : state.status;
  const options = allowed.length
    ? `Allowed now: ${allowed.map((a) => WORDS[a]).join(', ')}.`
    : 'Nothing more can be done with it.';
  throw new InvalidStateError(`You cannot ${WORDS[action]}: the agreement is ${where}. ${options}`, {
    currentState: state.status,
    ...(state.pending ? { pendingVersionStatus: state.pending } : {}),
    allowed,
  });
}

/** The agreement status after the last party ratifies its pending version. */
export function statusWhenRatified(status: AgreementStatus): AgreementStatus {
  return status === 'PROPOSED' || status === 'DRAFT' ? 'ACTIVE' : status;
}

/** The agreement status after a party declines: a first version goes back to draft; an amendment leaves it as it was. */
export function statusWhenDeclined(status: AgreementStatus): AgreementStatus {
  return status === 'PROPOSED' ? 'DRAFT' : status;
}
