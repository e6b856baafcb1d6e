import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../logger';
import { recordOverdueObligations } from '../services/obligations';
import { repositories } from '../store';

/**
 * EventBridge, every 5 minutes: one LATE compliance record per obligation that went overdue. Running it again (or
 * twice at once) records nothing twice; the overdue status itself is already correct at read time.
 */
export async function handler(_event?: ScheduledEvent): Promise<{ clusters: number; recorded: number }> {
  const result = await recordOverdueObligations(repositories, new Date().toISOString());
  logger.info('Overdue obligations recorded', result);
  return result;
}
