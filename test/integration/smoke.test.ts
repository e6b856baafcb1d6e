import { demoToken, gql } from '../support/api';
import { freshTableWithDemoData } from '../support/table';

beforeAll(freshTableWithDemoData);

test('smoke', async () => {
  const res = await gql(await demoToken('demo-coordinator-jjj'), '{ me { id role cluster { name cities(first: 3) { nodes { name baseline { population } } pageInfo { hasNextPage endCursor } } } } }');
  console.log(JSON.stringify(res, null, 1));
});
