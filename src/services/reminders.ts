import { obligationDueSoon } from '../domain/notifications/announcements';
import { DEFAULT_LEAD_CAP_MS, isDueSoon, reminderLeadMs } from '../domain/notifications/reminders';
import { logger } from '../logger';
import type { UpkeepStep } from './upkeep';

/**
 * The job's step that reminds obligees: one query for the cluster's open obligations falling due within the longest
 * lead time that can apply, then one announcement (OBLIGATION_DUE_SOON) per obligation inside its window, written once
 * per obligation and lead time however many runs overlap. A run that misses a window (the job was down) sends nothing
 * late: once due, the obligation is overdue, which is announced by itself.
 */
export const remindDueSoonObligations: UpkeepStep<'reminded'> = {
  name: 'reminding obligations due soon',
  async run({ store, clusterId, cluster, now }) {
    let reminded = 0;
    let failed = 0;
    const setting = cluster?.notificationSettings?.reminderLeadTime;
    const longest = setting ? reminderLeadMs(setting, now, now) : DEFAULT_LEAD_CAP_MS;
    const until = new Date(Date.parse(now) + longest + 1).toISOString();
    for (const obligation of await store.obligations.dueBetween(clusterId, now, until)) {
      const leadMs = reminderLeadMs(setting, obligation.triggeredAt, obligation.dueAt);
      if (!isDueSoon(leadMs, obligation.dueAt, now)) continue;
      try {
        if (await store.obligations.remind(obligation, obligationDueSoon(obligation, leadMs, now))) reminded += 1;
      } catch (error) {
        failed += 1;
        logger.error('A reminder could not be written; the next run retries', {
          obligationId: obligation.obligationId,
          error: error as Error,
        });
      }
    }
    return { reminded, failed };
  },
};
