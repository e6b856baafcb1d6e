import { demoToken, gql } from '../support/api';
import { freshTableWithDemoData } from '../support/table';

// About the demo itself: the identities `npm start` prints sign in against the seeded clusters.
beforeAll(freshTableWithDemoData);

const ME = '{ me { id displayName role } }';
type MeData = { me: { id: string; displayName: string; role: string } };

test('every demo role signs in', async () => {
  for (const sub of ['demo-coordinator-jjj', 'demo-city-langfang', 'demo-evaluator-jjj', 'demo-superior'] as const) {
    const response = await gql<MeData>(await demoToken(sub), ME);
    expect(response.data?.me.id).toBe(sub);
  }
});
