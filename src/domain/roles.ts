export const ROLES = ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR'] as const;
export type Role = (typeof ROLES)[number];

/** Scheduled jobs act as SYSTEM; no signed-in caller ever has that role. */
export type ActorRole = Role | 'SYSTEM';

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
