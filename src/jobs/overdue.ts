import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../logger';
import { openRecurringObligations, recordOverdueObligations } from '../services/obligations';
import { repositories } from '../store';

/**
 * EventBridge, every 5 minutes: opens the obligations of recurring normal-mode duties whose period has begun, then
 * writes one LATE compliance record per obligation that went overdue. Running it again (or twice at once) creates
 * and records nothing twice; the overdue status itself is already correct at read time.
 */
export async function handler(_event?: ScheduledEvent): Promise<{ clusters: number; opened: number; recorded: number; failed: number }> {
  const now = new Date().toISOString();
  const recurring = await openRecurringObligations(repositories, now);
  const overdue = await recordOverdueObligations(repositories, now);
  const result = { clusters: overdue.clusters, opened: recurring.opened, recorded: overdue.recorded, failed: recurring.failed + overdue.failed };
  logger.info('Scheduled obligation upkeep done', result);
  return result;
}
