import { callerFromClaims } from '../../../src/auth/caller';
import { ForbiddenError } from '../../../src/domain/errors';

const base = { sub: 'u-1', name: 'Tianjin EMB' };

describe('callerFromClaims', () => {
  test.each([
    [
      { ...base, 'cognito:groups': ['COORDINATOR'], 'custom:cluster_id': 'jjj' },
      { id: 'u-1', displayName: 'Tianjin EMB', role: 'COORDINATOR', clusterId: 'jjj' },
    ],
    [
      { ...base, 'cognito:groups': ['CITY'], 'custom:cluster_id': 'jjj', 'custom:city_id': 'tianjin' },
      { id: 'u-1', displayName: 'Tianjin EMB', role: 'CITY', clusterId: 'jjj', cityId: 'tianjin' },
    ],
    [
      { ...base, 'cognito:groups': ['EVALUATOR'], 'custom:cluster_id': 'yrd' },
      { id: 'u-1', displayName: 'Tianjin EMB', role: 'EVALUATOR', clusterId: 'yrd' },
    ],
    [
      { ...base, 'cognito:groups': ['SUPERIOR'], 'custom:cluster_ids': 'jjj, yrd,' },
      { id: 'u-1', displayName: 'Tianjin EMB', role: 'SUPERIOR', clusterIds: ['jjj', 'yrd'] },
    ],
    // Cognito adds its own groups (e.g. federated identity providers); only CityPact roles count.
    [
      {
        sub: 'u-2',
        email: 'a@b.cn',
        'cognito:groups': ['ap-east-1_x_Google', 'EVALUATOR'],
        'custom:cluster_id': 'yrd',
      },
      { id: 'u-2', displayName: 'a@b.cn', role: 'EVALUATOR', clusterId: 'yrd' },
    ],
  ])('maps %j', (claims, expected) => {
    expect(callerFromClaims(claims)).toEqual(expected);
  });

  test.each([
    ['no role', { ...base }],
    [
      'two roles',
      { ...base, 'cognito:groups': ['CITY', 'COORDINATOR'], 'custom:cluster_id': 'jjj', 'custom:city_id': 'x' },
    ],
    ['city without its city', { ...base, 'cognito:groups': ['CITY'], 'custom:cluster_id': 'jjj' }],
    ['coordinator without a cluster', { ...base, 'cognito:groups': ['COORDINATOR'] }],
    ['no subject', { 'cognito:groups': ['COORDINATOR'], 'custom:cluster_id': 'jjj' }],
  ])('refuses an account with %s', (_why, claims) => {
    expect(() => callerFromClaims(claims)).toThrow(ForbiddenError);
    expect(() => callerFromClaims(claims)).toThrow(/not set up for CityPact/);
  });

  test.each([
    [
      'no subject',
      { 'cognito:groups': ['COORDINATOR'], 'custom:cluster_id': 'jjj' },
      /"sub" claim is missing or malformed/,
    ],
    [
      'groups given as one string',
      { ...base, 'cognito:groups': 'COORDINATOR', 'custom:cluster_id': 'jjj' },
      /"cognito:groups" claim is missing or malformed/,
    ],
    [
      'a numeric city',
      { ...base, 'cognito:groups': ['CITY'], 'custom:cluster_id': 'jjj', 'custom:city_id': 7 },
      /"custom:city_id" claim is missing or malformed/,
    ],
  ])('names the claim that is wrong when %s', (_why, claims, message) => {
    expect(() => callerFromClaims(claims)).toThrow(message);
  });
});
