import { type EntityItem } from 'electrodb';
import { LazyEntity } from './lazy';
import { actorAttribute, entityOptions, versionAttribute } from './attributes';
import {
  CORRECTIVE_ACTION_STATUSES,
  CORRECTIVE_ACTION_STEP_KINDS,
  LESSON_KINDS,
} from '../../domain/corrective/actions';
import { OPEN_STATES } from '../../domain/obligations/status';

// Corrective actions after an evaluation, and the history of each.

const evidenceAttribute = {
  type: 'map',
  properties: {
    text: { type: 'string', required: true },
    links: { type: 'list', items: { type: 'string' }, required: true },
  },
} as const;

export const CorrectiveActionEntity = new LazyEntity(
  {
    model: { entity: 'correctiveAction', version: '1', service: 'citypact' },
    attributes: {
      correctiveActionId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      evaluationId: { type: 'string', required: true, readOnly: true },
      /** Copied from the evaluation when the action is created (neither changes once finalized): for its lesson. */
      evaluationTitle: { type: 'string', required: true, readOnly: true },
      categories: { type: 'list', items: { type: 'string' }, required: true, readOnly: true },
      /** The owner: a city id, or COORDINATION_OFFICE#<clusterId> (as compliance records name their subject). */
      ownerKey: { type: 'string', required: true, readOnly: true },
      /** Absent when the coordination office owns it. */
      ownerCityId: { type: 'string', readOnly: true },
      action: { type: 'string', required: true, readOnly: true },
      /** The recommendation of the evaluation it answers, in the office's words. */
      recommendation: { type: 'string', readOnly: true },
      dueAt: { type: 'string', required: true, readOnly: true },
      status: { type: CORRECTIVE_ACTION_STATUSES, required: true },
      /** OPEN while the owner still owes the work (OPEN or IN_PROGRESS), else CLOSED: the overdue job's partition. */
      openState: { type: OPEN_STATES, required: true },
      /** The last percentage reported. */
      percent: { type: 'number' },
      evidence: evidenceAttribute,
      completedAt: { type: 'string' },
      verifiedAt: { type: 'string' },
      verifiedBy: { ...actorAttribute },
      /** The last verification that failed, with its reason. */
      rejection: {
        type: 'map',
        properties: {
          at: { type: 'string', required: true },
          reason: { type: 'string', required: true },
          by: { ...actorAttribute, required: true },
        },
      },
      /** Set once the action is on record as overdue (its CORRECTIVE_ACTION_OVERDUE compliance record). */
      overdueRecordedAt: { type: 'string' },
      overdueRecordId: { type: 'string' },
      createdAt: { type: 'string', required: true, readOnly: true },
      createdBy: { ...actorAttribute, required: true },
      updatedAt: { type: 'string', required: true },
      version: versionAttribute,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['correctiveActionId'] }, sk: { field: 'sk', composite: [] } },
      byCluster: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['clusterId'] },
        sk: { field: 'gsi1sk', composite: ['dueAt', 'correctiveActionId'] },
      },
      byOwner: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['ownerKey'] },
        sk: { field: 'gsi2sk', composite: ['dueAt', 'correctiveActionId'] },
      },
      byClusterState: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['clusterId', 'openState'] },
        sk: { field: 'gsi3sk', composite: ['dueAt', 'correctiveActionId'] },
      },
    },
  },
  entityOptions,
);

/** One entry of an action's history, keyed by the version it produced: written in the step's own transaction. */
export const CorrectiveActionStepEntity = new LazyEntity(
  {
    model: { entity: 'correctiveActionStep', version: '1', service: 'citypact' },
    attributes: {
      correctiveActionId: { type: 'string', required: true, readOnly: true },
      clusterId: { type: 'string', required: true, readOnly: true },
      version: { type: 'number', required: true, readOnly: true, padding: { length: 6, char: '0' } },
      kind: { type: CORRECTIVE_ACTION_STEP_KINDS, required: true, readOnly: true },
      statusAfter: { type: CORRECTIVE_ACTION_STATUSES, required: true, readOnly: true },
      note: { type: 'string', readOnly: true },
      percent: { type: 'number', readOnly: true },
      evidence: { ...evidenceAttribute, readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      by: { ...actorAttribute, required: true, readOnly: true },
    },
    indexes: {
      byAction: {
        pk: { field: 'pk', composite: ['correctiveActionId'] },
        sk: { field: 'sk', composite: ['version'] },
      },
    },
  },
  entityOptions,
);

/**
 * A lesson of a finalized evaluation: an assessment's recommendation (written when the evaluation is finalized) or a
 * verified corrective action (written by the verification). One partition per cluster, newest first; its id is derived
 * from what it records, so it is written once whoever writes it.
 */
export const LessonEntity = new LazyEntity(
  {
    model: { entity: 'lesson', version: '1', service: 'citypact' },
    attributes: {
      clusterId: { type: 'string', required: true, readOnly: true },
      lessonId: { type: 'string', required: true, readOnly: true },
      kind: { type: LESSON_KINDS, required: true, readOnly: true },
      evaluationId: { type: 'string', required: true, readOnly: true },
      evaluationTitle: { type: 'string', required: true, readOnly: true },
      /** The risk categories of what was evaluated: its event's, or its agreement's. */
      categories: { type: 'list', items: { type: 'string' }, required: true, readOnly: true },
      text: { type: 'string', required: true, readOnly: true },
      /** Title and text compatibility-normalized and lower-cased, for a case-insensitive search. */
      searchText: { type: 'string', required: true, readOnly: true },
      /** Who made it: the evaluator (a recommendation) or the owner (a corrective action). */
      byName: { type: 'string', required: true, readOnly: true },
      /** A verified action's: the action and its owner (a city id, or COORDINATION_OFFICE#<clusterId>). */
      correctiveActionId: { type: 'string', readOnly: true },
      ownerKey: { type: 'string', readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byCluster: { pk: { field: 'pk', composite: ['clusterId'] }, sk: { field: 'sk', composite: ['at', 'lessonId'] } },
    },
  },
  entityOptions,
);

export type StoredLesson = EntityItem<typeof LessonEntity>;
export type StoredCorrectiveAction = EntityItem<typeof CorrectiveActionEntity>;
export type StoredCorrectiveActionStep = EntityItem<typeof CorrectiveActionStepEntity>;
export type StoredCorrectiveActionRejection = NonNullable<StoredCorrectiveAction['rejection']>;
