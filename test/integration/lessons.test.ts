import { LessonEntity } from '../../src/store/entities';
import { gql, onlyError } from '../support/api';
import { testClock } from '../support/clock';
import {
  COMPLETE_ACTION,
  CREATE_ACTION,
  LESSONS,
  VERIFY_ACTION,
  anEvaluation,
  daysFromNow,
  ok,
} from '../support/corrective';
import { aCluster, type BuiltCluster } from '../support/world';

beforeEach(() => testClock.setTo('2026-09-01T08:00:00Z'));

/** A corrective action of the city, carried out and (unless told otherwise) verified by the office. */
async function fixedAction(cluster: BuiltCluster, evaluationId: string, city: string, action: string, verify = true) {
  const owner = cluster.city(city);
  const created = ok(
    'creating',
    await gql(cluster.coordinator, CREATE_ACTION, {
      input: { evaluationId, ownerCityId: owner.id, action, dueAt: daysFromNow(30), idempotencyKey: action },
    }),
  ).createCorrectiveAction;
  ok(
    'completing',
    await gql(owner.officer, COMPLETE_ACTION, {
      input: { correctiveActionId: created.id, expectedVersion: 1, evidence: { text: 'Done as planned' } },
    }),
  );
  if (verify)
    ok(
      'verifying',
      await gql(cluster.coordinator, VERIFY_ACTION, {
        input: { correctiveActionId: created.id, expectedVersion: 2, accepted: true, reason: 'Checked on site' },
      }),
    );
  return created.id;
}

test('lessons: recommendations of finalized evaluations and verified actions, by category and case-insensitive text', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const flood = await anEvaluation(cluster, {
    title: 'Haihe flood response',
    category: 'NATURAL_DISASTER',
    recommendations: 'Pre-position Pumps at the Gu’an levee before the rainy season.',
  });
  testClock.advance(60_000);
  const fire = await anEvaluation(cluster, {
    title: 'Warehouse fire response',
    category: 'ACCIDENT',
    recommendations: 'Share the chemical inventory of every warehouse with the fire brigades.',
  });
  testClock.advance(60_000);
  await anEvaluation(cluster, { title: 'Still being assessed', finalize: false, recommendations: 'Pumps everywhere.' });
  testClock.advance(60_000);
  const verified = await fixedAction(cluster, flood, 'Langfang', 'Buy 12 mobile PUMP units for the levee');
  testClock.advance(60_000);
  await fixedAction(cluster, fire, 'Tianjin', 'Pumps for the warehouse district (not verified yet)', false);

  const lessons = async (variables: { category?: 'NATURAL_DISASTER' | 'ACCIDENT'; search?: string }) =>
    ok('lessons', await gql(cluster.coordinator, LESSONS, { clusterId: cluster.id, ...variables })).lessons.nodes;

  const all = await lessons({});
  expect(all.map((lesson) => [lesson.kind, lesson.evaluationTitle])).toEqual([
    ['VERIFIED_ACTION', 'Haihe flood response'],
    ['RECOMMENDATION', 'Warehouse fire response'],
    ['RECOMMENDATION', 'Haihe flood response'],
  ]);
  expect(all[0]).toMatchObject({
    text: 'Buy 12 mobile PUMP units for the levee',
    byName: 'Langfang',
    categories: ['NATURAL_DISASTER'],
    evaluation: { id: flood, status: 'FINALIZED' },
    correctiveAction: { id: verified, status: 'VERIFIED' },
  });
  expect(all[2]).toMatchObject({ byName: 'Independent Evaluation Institute', correctiveAction: null });

  // Case-insensitive: "pumps" finds "Pumps" and "PUMP units"; never the open evaluation or the unverified action.
  expect((await lessons({ search: 'pumps' })).map((lesson) => lesson.text)).toEqual([
    'Pre-position Pumps at the Gu’an levee before the rainy season.',
  ]);
  expect((await lessons({ search: 'PUMP' })).map((lesson) => lesson.kind)).toEqual([
    'VERIFIED_ACTION',
    'RECOMMENDATION',
  ]);
  // The evaluation's title is searched too.
  expect((await lessons({ search: 'warehouse FIRE' })).map((lesson) => lesson.evaluation.id)).toEqual([fire]);
  expect((await lessons({ category: 'ACCIDENT' })).map((lesson) => lesson.evaluation.id)).toEqual([fire]);
  expect(await lessons({ category: 'ACCIDENT', search: 'pump' })).toEqual([]);

  // Every member reads them; another cluster does not.
  const byCity = ok('city', await gql(cluster.city('Tianjin').officer, LESSONS, { clusterId: cluster.id }));
  expect(byCity.lessons.nodes.map((lesson) => lesson.kind)).toEqual(['RECOMMENDATION', 'RECOMMENDATION']);
  const other = await aCluster({ cities: 1 }).build();
  expect(onlyError(await gql(other.coordinator, LESSONS, { clusterId: cluster.id })).code).toBe('NOT_FOUND');

  // Paged by cursor.
  const first = ok('page', await gql(cluster.coordinator, LESSONS, { clusterId: cluster.id, first: 2 })).lessons;
  expect(first.pageInfo.hasNextPage).toBe(true);
  const rest = ok(
    'next page',
    await gql(cluster.coordinator, LESSONS, { clusterId: cluster.id, first: 2, after: first.pageInfo.endCursor }),
  ).lessons;
  expect([...first.nodes, ...rest.nodes].map((lesson) => lesson.id)).toEqual(all.map((lesson) => lesson.id));
});

test("a city reads the verified actions of its own, not a partner's (as with the actions themselves)", async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const evaluationId = await anEvaluation(cluster, { recommendations: 'Drill the evacuation every spring.' });
  // Newest first: on a frozen clock both lessons would share an instant and their order would be the ids'.
  testClock.advance(60_000);
  await fixedAction(cluster, evaluationId, 'Langfang', 'Spring evacuation drill held in Langfang');
  const kinds = async (token: string) =>
    ok('lessons', await gql(token, LESSONS, { clusterId: cluster.id })).lessons.nodes.map((lesson) => lesson.kind);
  expect(await kinds(cluster.city('Langfang').officer)).toEqual(['VERIFIED_ACTION', 'RECOMMENDATION']);
  expect(await kinds(cluster.city('Tianjin').officer)).toEqual(['RECOMMENDATION']);
});

test('recommendations of evaluations finalized before lessons were kept appear once, the first time lessons are read', async () => {
  const cluster = await aCluster({ cities: ['Langfang', 'Tianjin'], rubrics: true }).build();
  const evaluationId = await anEvaluation(cluster, { recommendations: 'Keep a reserve of sandbags at every sluice.' });
  // As an earlier release left it: the evaluation finalized, no lesson written.
  const { data } = await LessonEntity.query.byCluster({ clusterId: cluster.id }).go({ pages: 'all' });
  expect(data).toHaveLength(1);
  await LessonEntity.delete({ clusterId: cluster.id, at: data[0].at, lessonId: data[0].lessonId }).go();

  const reads = await Promise.all(
    [cluster.coordinator, cluster.superior].map((token) => gql(token, LESSONS, { clusterId: cluster.id })),
  );
  for (const read of reads)
    expect(ok('lessons', read).lessons.nodes.map((lesson) => [lesson.text, lesson.evaluation.id])).toEqual([
      ['Keep a reserve of sandbags at every sluice.', evaluationId],
    ]);
});

test('a search over 200 characters is refused', async () => {
  const cluster = await aCluster({ cities: 1 }).build();
  const refused = onlyError(
    await gql(cluster.coordinator, LESSONS, { clusterId: cluster.id, search: 'x'.repeat(201) }),
  );
  expect(refused.code).toBe('BAD_USER_INPUT');
  expect(refused.extensions.limit).toBe(200);
});
