/**
 * Where "now" comes from. Production reads the system clock; tests pass their own so they can act at a chosen
 * instant (an obligation already overdue, a period already begun) without waiting for it.
 */
export type Clock = () => string;

/** The system clock, as an ISO-8601 UTC instant. */
export const systemClock: Clock = () => new Date().toISOString();
