import { AgreementBuilder } from '../support/builders';

/** A test's agreement is between cities the test names, in a cluster the test names: there is no default to fall on. */
test('an agreement builder refuses to build without the cluster and the party cities', () => {
  const refusal = /name the cluster and the party cities/;
  expect(() => new AgreementBuilder().build()).toThrow(refusal);
  expect(() => new AgreementBuilder().with({ clusterId: 'cluster-own' }).build()).toThrow(refusal);
  expect(() => new AgreementBuilder().with({ partyCityIds: ['city-own-a', 'city-own-b'] }).build()).toThrow(refusal);
  expect(
    new AgreementBuilder()
      .with({ clusterId: 'cluster-own', partyCityIds: ['city-own-a', 'city-own-b'] })
      .duty('AFFECTED', 'JOINT_RESPONSE', 'PT12H')
      .build(),
  ).toMatchObject({
    clusterId: 'cluster-own',
    partyCityIds: ['city-own-a', 'city-own-b'],
    duties: [{ kind: 'JOINT_RESPONSE' }],
  });
});
