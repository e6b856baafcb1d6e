import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, entityOptions } from './attributes';

// Situation reports: what a city reports from the field while an event runs. Append-only: never changed once written.

const people = { type: 'number', required: true, readOnly: true } as const;

export const SituationReportEntity = new LazyEntity(
  {
    model: { entity: 'situationReport', version: '1', service: 'citypact' },
    attributes: {
      reportId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      eventId: { type: 'string', required: true, readOnly: true },
      /** The city the report is about (its officer's own, or named by the office). */
      cityId: { type: 'string', required: true, readOnly: true },
      /** The instant the figures speak for. */
      asOf: { type: 'string', required: true, readOnly: true },
      /** When the server recorded it. */
      submittedAt: { type: 'string', required: true, readOnly: true },
      submittedBy: { ...actorAttribute, required: true, readOnly: true },
      summary: { type: 'string', required: true, readOnly: true },
      dead: people,
      injured: people,
      missing: people,
      evacuated: people,
      affectedPopulation: people,
      needs: { type: 'list', items: { type: 'string' }, required: true, readOnly: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['reportId'] }, sk: { field: 'sk', composite: [] } },
      byEvent: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['eventId'] },
        sk: { field: 'gsi1sk', composite: ['asOf', 'submittedAt', 'reportId'] },
      },
    },
  },
  entityOptions,
);

export type StoredSituationReport = EntityItem<typeof SituationReportEntity>;
