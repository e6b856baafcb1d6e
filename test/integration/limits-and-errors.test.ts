import { cityRepository } from '../../src/store/cities';
import { logger } from '../../src/logger';
import { LIMITS } from '../../src/limits';
import { apiGatewayEvent, demoToken, gql, invokeRaw, onlyError } from '../support/api';
import { freshTableWithDemoData } from '../support/table';

beforeAll(freshTableWithDemoData);
afterEach(() => jest.restoreAllMocks());

describe('query limits (GraphQL Armor, configured in src/limits.ts)', () => {
  test('an over-deep query is rejected before it runs', async () => {
    const deep = '{ me { cluster { cities { nodes { cluster { cities { nodes { cluster { cities { nodes { name } } } } } } } } } } }';
    const response = await gql(await demoToken('demo-coordinator-jjj'), deep);
    expect(response.status).toBe(400);
    expect(onlyError(response)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/depth limit of 8 exceeded/) });
  });

  test('too many aliases are rejected', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await gql(await demoToken('demo-coordinator-jjj'), `{ ${aliases} }`);
    expect(onlyError(response)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/Aliases limit/) });
  });

  test('a query with too many tokens is rejected', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ');
    const response = await gql(await demoToken('demo-coordinator-jjj'), `{ me { ${fields} } }`);
    expect(onlyError(response)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/Token limit/i) });
  });

  test('an oversized body gets HTTP 413 with a clear error, before parsing', async () => {
    const body = JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(LIMITS.maxBodyBytes) } });
    const result = await invokeRaw(apiGatewayEvent(body, { authorization: `Bearer ${await demoToken('demo-coordinator-jjj')}` }));
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body!)).toEqual({ errors: [{ message: expect.stringMatching(/the limit is 65536 bytes/), extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  test('a syntax error is BAD_USER_INPUT and does not suggest field names', async () => {
    const syntax = await gql(await demoToken('demo-coordinator-jjj'), '{ me { id ');
    expect(onlyError(syntax).code).toBe('BAD_USER_INPUT');
    const unknown = await gql(await demoToken('demo-coordinator-jjj'), '{ me { rol } }');
    expect(onlyError(unknown)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(onlyError(unknown).message).not.toMatch(/Did you mean/);
  });
});

describe('internal errors', () => {
  test('are masked for the client (no stack, no AWS detail) and logged as JSON with the request id', async () => {
    const failure = Object.assign(new Error('User: arn:aws:sts::123:assumed-role/x is not authorized to perform: dynamodb:Query on table citypact-prod'), { name: 'AccessDeniedException' });
    jest.spyOn(cityRepository, 'listByCluster').mockRejectedValue(failure);
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);

    const response = await gql(await demoToken('demo-coordinator-jjj'), '{ cluster(id: "cluster-jjj") { cities { nodes { name } } } }');

    const error = onlyError(response);
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toMatch(/Something went wrong on our side/);
    expect(JSON.stringify(response)).not.toMatch(/arn:aws|dynamodb|citypact-prod|stacktrace|at .*\.ts/);
    expect(error.extensions.requestId).toEqual(expect.any(String));
    expect(logged).toHaveBeenCalledWith('Request failed with an internal error', expect.objectContaining({ requestId: error.extensions.requestId, error: failure, path: 'cluster.cities' }));
  });
});
