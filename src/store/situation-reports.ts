import {
  LARGEST_TOTAL,
  reportOrder,
  SITUATION_FIGURES,
  type SituationFigures,
} from '../domain/events/situation-reports';
import { BadInputError } from '../domain/errors';
import { idempotencyScope, type IdempotentRequest } from '../domain/idempotency';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { config } from '../config';
import { conditionOn, neverRefused, RaceLost } from './kernel';
import { createOnce } from './idempotency';
import { cursors, RiskEventEntity, SituationReportEntity, type StoredSituationReport } from './entities';
import { exactly } from './exact';
import { readPage } from './pagination';
import { exactMinor, queryTotals, readTotal, type Total, type TotalKey } from './totals';

/**
 * An event's picture is kept beside its reports, in one partition of its own: per city the latest report (a copy of
 * it, by `reportOrder`) and the sums of those latest figures. Both move in the transaction that writes a report that
 * becomes its city's latest, so the picture is one Query however many reports were sent.
 */
const picturePartition = (eventId: string) => `$citypact#event-picture#${eventId}`;
/** Every item of the picture partition: each city's latest report, and the totals. */
const PICTURE_PREFIX = 'picture#';
const LATEST_PREFIX = `${PICTURE_PREFIX}latest#`;
const pictureKeys = {
  latest: (eventId: string, cityId: string): TotalKey => ({
    pk: picturePartition(eventId),
    sk: `${LATEST_PREFIX}${cityId}`,
  }),
  totals: (eventId: string): TotalKey => ({ pk: picturePartition(eventId), sk: `${PICTURE_PREFIX}totals` }),
};

export type SituationTotals = SituationFigures & { citiesReporting: number };

export interface StoredPicture {
  /** Each city's latest report, for every city that reported. */
  latest: StoredSituationReport[];
  totals: SituationTotals;
}

const REPORT_FIELDS = [
  'reportId',
  'clusterId',
  'eventId',
  'cityId',
  'asOf',
  'submittedAt',
  'submittedBy',
  'summary',
  'needs',
  ...SITUATION_FIGURES,
] as const;

/** The report a latest item holds (its numbers read exactly, as every kept item is). */
function reportOfLatest(item: Total): StoredSituationReport {
  const report = Object.fromEntries(REPORT_FIELDS.map((field) => [field, item[field]])) as StoredSituationReport;
  for (const figure of SITUATION_FIGURES) report[figure] = Number(exactMinor(item[figure]));
  return report;
}

function totalsOf(item: Total | undefined): SituationTotals {
  const totals = Object.fromEntries(SITUATION_FIGURES.map((figure) => [figure, Number(exactMinor(item?.[figure]))]));
  return { ...(totals as SituationFigures), citiesReporting: Number(exactMinor(item?.citiesReporting)) };
}

export interface Submission {
  report: StoredSituationReport;
  /** The city's latest report as read before writing (none if the city has not reported yet). */
  latest: StoredSituationReport | undefined;
  actor: Actor;
  at: string;
  idempotency?: IdempotentRequest;
  /** Checks of the event's state, made only when the report is really written (not for a retry of a written one). */
  beforeWriting: () => void;
  /** The earliest close that still takes reports now (an event closed before it takes none). */
  closedNoEarlierThan: string;
}

export const situationReportRepository = {
  async get(reportId: string): Promise<StoredSituationReport | undefined> {
    const { data } = await SituationReportEntity.get({ reportId }).go({ consistent: true });
    return exactly({ reportId }, data);
  },

  /** The city's latest report for the event, read consistently (the write is conditioned on it). */
  async latestOf(eventId: string, cityId: string): Promise<StoredSituationReport | undefined> {
    const item = await readTotal(pictureKeys.latest(eventId, cityId));
    return item && reportOfLatest(item);
  },

  /** The event's reports, newest first (by the instant they speak for, then by submission). */
  async listByEvent(eventId: string, page: PageRequest): Promise<Page<StoredSituationReport>> {
    return readPage(
      `situation-reports:${eventId}`,
      page,
      (options) => SituationReportEntity.query.byEvent({ eventId }).go({ order: 'desc', ...options }),
      (report) => cursors.situationReport.byAccessPattern.byEvent.fromComposite.toCursor(report),
    );
  },

  /** Every city's latest report and their totals: one Query of the event's picture partition. */
  async picture(eventId: string): Promise<StoredPicture> {
    const items = await queryTotals(picturePartition(eventId), PICTURE_PREFIX);
    return {
      latest: items.filter((item) => item.sk.startsWith(LATEST_PREFIX)).map(reportOfLatest),
      totals: totalsOf(items.find((item) => item.sk === pictureKeys.totals(eventId).sk)),
    };
  },

  /**
   * Writes a report with its audit event in one transaction, conditioned on the event still taking reports from its
   * city (not closed beyond the grace, the city still its origin or affected). A report that is newer than the city's
   * latest also replaces the latest (conditioned on it being the one read) and moves the totals by the difference.
   * A condition that fails because the event or the latest changed meanwhile throws RaceLost: read again and retry.
   * An idempotency key makes a retry return the report written first.
   */
  async submit(submission: Submission): Promise<StoredSituationReport> {
    const { report, latest, actor, at } = submission;
    const scope = idempotencyScope('submitSituationReport', report.eventId, actor.id);
    const becomesLatest = !latest || reportOrder(report) > reportOrder(latest);
    return createOnce({
      key: submission.idempotency && { scope, ...submission.idempotency },
      resultId: report.reportId,
      at,
      read: (id) => situationReportRepository.get(id),
      created: report,
      conflictMessage:
        'The report could not be saved because of a simultaneous change. Nothing was recorded; try again.',
      steps: (started) => {
        submission.beforeWriting();
        started.create('situation report', SituationReportEntity.create(report), neverRefused).check(
          'event takes reports from the city',
          conditionOn(RiskEventEntity)
            .check({ eventId: report.eventId })
            .where(
              ({ status, closedAt, originCityId, affectedCityIds }, { ne, gte, eq, contains }) =>
                `(${ne(status, 'CLOSED')} OR ${gte(closedAt, submission.closedNoEarlierThan)}) AND (${eq(originCityId, report.cityId)} OR ${contains(affectedCityIds, report.cityId)})`,
            ),
          () => new RaceLost(),
        );
        if (becomesLatest) {
          const key = pictureKeys.latest(report.eventId, report.cityId);
          started.put(
            'latest report of the city',
            {
              params: () => ({
                TableName: config.TABLE_NAME,
                Item: { ...key, ...report },
                ...(latest
                  ? {
                      ConditionExpression: 'reportId = :read',
                      ExpressionAttributeValues: { ':read': latest.reportId },
                    }
                  : { ConditionExpression: 'attribute_not_exists(pk)' }),
              }),
            },
            () => new RaceLost(),
          );
          const add: Record<string, bigint> = Object.fromEntries(
            SITUATION_FIGURES.map((figure) => [figure, BigInt(report[figure]) - BigInt(latest?.[figure] ?? 0)]),
          );
          if (!latest) add.citiesReporting = 1n;
          started.adjust(
            'event totals',
            pictureKeys.totals(report.eventId),
            {
              add,
              bounds: Object.fromEntries(
                Object.keys(add).map((field) => [field, { atLeast: 0n, atMost: BigInt(LARGEST_TOTAL) }]),
              ),
              set: { eventId: report.eventId, updatedAt: at },
            },
            () =>
              new BadInputError(
                `With this report a total of the event would pass ${LARGEST_TOTAL.toLocaleString('en')}, the largest figure the picture can show; check the figures.`,
                { max: LARGEST_TOTAL },
              ),
          );
        }
        return started.audit(
          actor,
          {
            clusterId: report.clusterId,
            action: 'SITUATION_REPORT_SUBMITTED',
            targetType: 'SituationReport',
            targetId: report.reportId,
            changes: {
              eventId: report.eventId,
              cityId: report.cityId,
              asOf: report.asOf,
              ...Object.fromEntries(SITUATION_FIGURES.map((figure) => [figure, report[figure]])),
              becameLatest: becomesLatest,
            },
          },
          at,
        );
      },
    });
  },
};
