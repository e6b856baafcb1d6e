import type { ScheduledEvent } from 'aws-lambda';
import { systemClock, type Clock } from '../clock';
import { logger } from '../logger';
import { openRecurringObligations, recordOverdueObligations } from '../services/obligations';
import { remindDueSoonObligations } from '../services/reminders';
import { recordOverdueCorrectiveActions } from '../services/corrective';
import { repositories } from '../store';

export interface UpkeepResult {
  clusters: number;
  opened: number;
  recorded: number;
  /** Obligations of closed events waived as lapsed instead of recorded late. */
  lapsed: number;
  /** Obligations whose obligee was reminded that they fall due soon. */
  reminded: number;
  /** Corrective actions recorded as not done by their due time. */
  correctiveActionsRecorded: number;
  failed: number;
}

/**
 * Opens the obligations of recurring normal-mode duties whose period has begun, then writes one LATE compliance
 * record per obligation that went overdue, one CORRECTIVE_ACTION_OVERDUE record per corrective action still owed
 * past its due time, then reminds obligees of what falls due soon, as of `clock`'s instant. Running it again (or twice at once) creates and
 * records nothing twice; the overdue status itself is already correct at read time.
 */
export async function runObligationUpkeep(clock: Clock = systemClock): Promise<UpkeepResult> {
  const now = clock();
  const recurring = await openRecurringObligations(repositories, now);
  const overdue = await recordOverdueObligations(repositories, now);
  const reminders = await remindDueSoonObligations(repositories, now);
  const corrective = await recordOverdueCorrectiveActions(repositories, now);
  const result = {
    clusters: overdue.clusters,
    opened: recurring.opened,
    recorded: overdue.recorded,
    lapsed: overdue.lapsed,
    reminded: reminders.reminded,
    correctiveActionsRecorded: corrective.recorded,
    failed: recurring.failed + overdue.failed + corrective.failed + reminders.failed,
  };
  logger.info('Scheduled obligation upkeep done', { ...result, now });
  return result;
}

/** EventBridge, every 5 minutes, on the system clock. */
export async function handler(_event?: ScheduledEvent): Promise<UpkeepResult> {
  return runObligationUpkeep();
}
