import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../logger';
import { openRecurringObligations, recordOverdueObligations } from '../services/obligations';
import { repositories } from '../store';

/**
 * EventBridge, every 5 minutes: opens the obligations of recurring normal-mode duties whose period has begun, then
 * writes one LATE compliance record per obligation that went overdue. Running it again (or twice at once) creates
 * and records nothing twice; the overdue status itself is already correct at read time.
 */
export async function handler(_event?: ScheduledEvent): Promise<{ clusters: number; opened: number; recorded: number }> {
  const now = new Date().toISOString();
  const opened = await openRecurringObligations(repositories, now);
  const result = { ...(await recordOverdueObligations(repositories, now)), opened };
  logger.info('Scheduled obligation upkeep done', result);
  return result;
}
