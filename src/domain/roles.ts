export const ROLES = ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR'] as const;
export type Role = (typeof ROLES)[number];

/** Who can be recorded as the author of a change: every role, and SYSTEM for scheduled jobs (no signed-in caller ever has it). */
export const ACTOR_ROLES = [...ROLES, 'SYSTEM'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Who did something, as recorded in audit events and histories. */
export interface Actor {
  id: string;
  name: string;
  role: ActorRole;
}

export const SYSTEM_JOBS = {
  overdue: { id: 'system:overdue-job', name: 'Overdue obligations job', role: 'SYSTEM' },
  demoSeed: { id: 'system:demo-seed', name: 'Demo data', role: 'SYSTEM' },
} as const satisfies Record<string, Actor>;
