export const ROLES = ['COORDINATOR', 'CITY', 'EVALUATOR', 'SUPERIOR'] as const;
export type Role = (typeof ROLES)[number];

/** Who did something, as recorded in audit events and histories. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}
