import { modelsLeftToTheTest } from '../../src/store/entities/model-check';
import { demoToken, gql } from '../support/api';
import { freshTableWithDemoData } from '../support/table';
import { graphql } from '../generated';

const ME = graphql(`
  query ColdStartMe {
    me {
      id
      role
    }
  }
`);

// ElectroDB entities are built on first use (src/store/entities/lazy.ts): loading the function, its server and
// schema included, builds none of them; a request then finds them built as it reads them.
test('loading the handler builds no entity, and the handler then answers', async () => {
  const { handler } = await import('../../src/handler');
  expect(typeof handler).toBe('function');
  expect(modelsLeftToTheTest).toHaveLength(0);

  await freshTableWithDemoData();
  const response = await gql(await demoToken('demo-coordinator-jjj'), ME);
  expect(response.errors).toBeUndefined();
  expect(response.data?.me).toEqual({ id: 'demo-coordinator-jjj', role: 'COORDINATOR' });
  expect(modelsLeftToTheTest.length).toBeGreaterThan(0);
});
