import { addDuration, parseDuration } from '../time';

/** The longest default lead time: a reminder a day ahead is enough for any duty given more than four days. */
export const DEFAULT_LEAD_CAP_MS = 24 * 3600 * 1000;

/**
 * How long before `dueAt` an obligation's obligee is reminded: the cluster's setting, else a quarter of the time the
 * obligation was given (from when it arose to its deadline), at most 24 hours.
 */
export function reminderLeadMs(setting: string | undefined, triggeredAt: string, dueAt: string): number {
  if (setting) return Date.parse(addDuration('1970-01-01T00:00:00.000Z', parseDuration(setting)));
  const given = Math.max(0, Date.parse(dueAt) - Date.parse(triggeredAt));
  return Math.min(DEFAULT_LEAD_CAP_MS, Math.floor(given / 4));
}

/** Whether an open obligation is within its reminder window at `now` (from `dueAt - lead` until it falls due). */
export function isDueSoon(leadMs: number, dueAt: string, now: string): boolean {
  const due = Date.parse(dueAt);
  const at = Date.parse(now);
  return leadMs > 0 && at < due && at >= due - leadMs;
}

/** A lead time as people say it: "2 hours", "30 minutes", "1 day and 6 hours". */
export function spokenLead(leadMs: number): string {
  const minutes = Math.round(leadMs / 60_000);
  const parts: string[] = [];
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (rest || parts.length === 0) parts.push(`${rest} minute${rest === 1 ? '' : 's'}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
}
