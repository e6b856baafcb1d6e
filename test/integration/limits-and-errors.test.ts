import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { forgetValidScopes } from '../../src/context';
import { clusterRepository } from '../../src/store/clusters';
import { cityRepository } from '../../src/store/cities';
import { riskEventRepository } from '../../src/store/events';
import { logger } from '../../src/logger';
import { LIMITS } from '../../src/limits';
import { INTERNAL_ERROR_LOG_LINE } from '../../src/internal-errors';
import { apiGatewayEvent, gql, invokeRaw, onlyError, type GraphQLResponse } from '../support/api';
import { capturedLogLines } from '../support/logs';
import { aCluster, type BuiltCluster } from '../support/world';

// Each test has a cluster of its own, with a coordination desk hosted by one of its cities.
let world: BuiltCluster;
beforeEach(async () => {
  world = await aCluster({
    name: 'Beijing–Tianjin–Hebei',
    cities: ['Tianjin', 'Langfang'],
    desks: [
      {
        category: 'NATURAL_DISASTER',
        name: 'Haihe Basin Flood, Drought and Geohazard Desk',
        hostCity: 'Tianjin',
        dutyPhone: '+86 22 2300 0110',
      },
    ],
  }).build();
});
afterEach(() => jest.restoreAllMocks());

const coordinator = () => ({ authorization: `Bearer ${world.coordinator}` });
const queryBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

/** A raw request through the real handler; asserts the answer is the API's JSON error shape with one error. */
async function refused(event: APIGatewayProxyEventV2) {
  const result = await invokeRaw(event);
  expect(result.headers?.['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(result.body!) as {
    data?: unknown;
    errors: Array<{ message: string; extensions: { code: string } }>;
  };
  expect(body).toEqual({
    errors: [
      expect.objectContaining({
        message: expect.any(String) as string,
        extensions: expect.objectContaining({ code: expect.any(String) as string }) as unknown,
      }),
    ],
  });
  return {
    status: result.statusCode,
    headers: result.headers ?? {},
    message: body.errors[0].message,
    code: body.errors[0].extensions.code,
    data: body.data,
  };
}

const withMethod = (event: APIGatewayProxyEventV2, method: string): APIGatewayProxyEventV2 => ({
  ...event,
  requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method } },
});

describe('query limits (src/limits.ts): HTTP 400, worded as limits', () => {
  test('an over-deep query is rejected before it runs', async () => {
    const deep =
      '{ me { cluster { cities { nodes { cluster { cities { nodes { cluster { cities { nodes { name } } } } } } } } } } }';
    const response = await refused(apiGatewayEvent(queryBody(deep), coordinator()));
    expect(response).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Query depth limit of 8 exceeded/) as string,
    });
  });

  test('too many aliases are rejected', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await refused(apiGatewayEvent(queryBody(`{ ${aliases} }`), coordinator()));
    expect(response).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Aliases limit of 15 exceeded/) as string,
    });
  });

  test('a query with too many tokens is HTTP 400 and reads as a limit, not a syntax error', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ');
    const response = await refused(apiGatewayEvent(queryBody(`{ me { ${fields} } }`), coordinator()));
    expect(response).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Token limit of 2000 exceeded/) as string,
    });
    expect(response.message).not.toMatch(/Syntax Error/);
  });

  test('the token limit is exact: 2,000 tokens pass, 2,001 do not', async () => {
    // 25 tokens around the list (commas are not tokens), plus one per status value.
    const withTokens = (total: number) =>
      `{ obligations(clusterId: "${world.id}", filter: { status: [${Array(total - 25)
        .fill('OPEN')
        .join(', ')}] }, first: 1) { nodes { id } } }`;
    const token = world.coordinator;
    const atLimit = await gql(token, withTokens(LIMITS.maxTokens));
    expect(atLimit).toMatchObject({ status: 200, data: { obligations: { nodes: expect.any(Array) as unknown[] } } });
    expect(atLimit.errors).toBeUndefined();
    const overLimit = await gql(token, withTokens(LIMITS.maxTokens + 1));
    expect(overLimit.status).toBe(400);
    expect(onlyError(overLimit).message).toMatch(/^Token limit of 2000 exceeded/);
  });

  test('a query over the cost limit is HTTP 400 and names the cost', async () => {
    const costly = '{ clusters(first: 100) { nodes { cities(first: 100) { nodes { name } } } } }';
    const response = await refused(apiGatewayEvent(queryBody(costly), coordinator()));
    expect(response).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Query Cost limit of 5000 exceeded/) as string,
    });
  });

  test.each([1000, 0, 101])('first: %i names the page-size rule, not the cost, before anything runs', async (first) => {
    const response = await refused(
      apiGatewayEvent(
        queryBody(`{ cluster(id: "${world.id}") { cities(first: ${first}) { nodes { name } } } }`),
        coordinator(),
      ),
    );
    expect(response).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: `cities: Ask for between 1 and 100 items per page (got ${first}).`,
    });
    expect(response.data).toBeUndefined();
  });

  test('a page size passed as a variable meets the same rule when the list is read', async () => {
    const response = await gql(
      world.coordinator,
      'query ($id: ID!, $n: Int) { cluster(id: $id) { cities(first: $n) { nodes { name } } } }',
      { id: world.id, n: 1000 },
    );
    expect(onlyError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Ask for between 1 and 100 items per page (got 1000).',
    });
  });

  test('an oversized body gets HTTP 413 with a clear error, before parsing', async () => {
    const body = JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(LIMITS.maxBodyBytes) } });
    const result = await invokeRaw(apiGatewayEvent(body, coordinator()));
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body!)).toEqual({
      errors: [
        {
          message: expect.stringMatching(/the limit is 65536 bytes/) as string,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });
});

describe('client mistakes are HTTP 4xx with a JSON GraphQL error', () => {
  test('a syntax error is HTTP 400 BAD_USER_INPUT and does not suggest field names', async () => {
    const syntax = await refused(apiGatewayEvent(queryBody('{ me { id '), coordinator()));
    expect(syntax).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Syntax Error: Expected Name/) as string,
    });
    const unknown = await gql(world.coordinator, '{ me { rol } }');
    expect(unknown.status).toBe(400);
    expect(onlyError(unknown)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(onlyError(unknown).message).not.toMatch(/Did you mean/);
  });

  test('a body that is not JSON is HTTP 400 with a JSON error', async () => {
    const response = await refused(apiGatewayEvent('{"query": "{ me { id } }"', coordinator()));
    expect(response).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^The request body is not valid JSON/) as string,
    });
  });

  test.each([
    ['an empty body', ''],
    ['an empty object', '{}'],
    ['JSON null', 'null'],
    ['a JSON string', '"{ me { id } }"'],
  ])('%s is HTTP 400 and says what to send', async (_, body) => {
    const response = await refused(apiGatewayEvent(body, coordinator()));
    expect(response).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^The request has no query/) as string,
    });
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql'])(
    'content type %s is HTTP 415',
    async (contentType) => {
      const response = await refused(
        apiGatewayEvent(queryBody('{ me { id } }'), { ...coordinator(), 'content-type': contentType }),
      );
      expect(response).toMatchObject({
        status: 415,
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('Content-Type: application/json') as string,
      });
    },
  );

  test('no content type is HTTP 415; application/json with a charset is accepted', async () => {
    const event = apiGatewayEvent(queryBody('{ me { id } }'), coordinator());
    delete event.headers['content-type'];
    expect(await refused(event)).toMatchObject({ status: 415, code: 'BAD_USER_INPUT' });
    const withCharset = await invokeRaw(
      apiGatewayEvent(queryBody('{ me { id } }'), {
        ...coordinator(),
        'content-type': 'application/json; charset=utf-8',
      }),
    );
    expect(withCharset.statusCode).toBe(200);
    // Media types are case-insensitive.
    const upperCase = await invokeRaw(
      apiGatewayEvent(queryBody('{ me { id } }'), { ...coordinator(), 'content-type': 'Application/JSON' }),
    );
    expect(JSON.parse(upperCase.body!)).toEqual({ data: { me: { id: world.coordinatorId } } });
  });

  test.each(['GET', 'PUT', 'DELETE'])('%s is HTTP 405 with Allow: POST', async (method) => {
    const response = await refused(withMethod(apiGatewayEvent(queryBody('{ me { id } }'), coordinator()), method));
    expect(response).toMatchObject({
      status: 405,
      code: 'BAD_USER_INPUT',
      message: `The GraphQL endpoint accepts POST requests only (got ${method}).`,
    });
    expect(response.headers.allow).toBe('POST');
  });

  test('a missing variable is HTTP 400', async () => {
    const response = await refused(
      apiGatewayEvent(queryBody('query ($id: ID!) { cluster(id: $id) { name } }', {}), coordinator()),
    );
    expect(response).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });
});

describe('internal errors', () => {
  test('are masked for the client (no stack, no AWS detail) and logged as JSON with the request id', async () => {
    const failure = Object.assign(
      new Error(
        'User: arn:aws:sts::123:assumed-role/x is not authorized to perform: dynamodb:Query on table citypact-prod',
      ),
      { name: 'AccessDeniedException' },
    );
    jest.spyOn(cityRepository, 'listByCluster').mockRejectedValue(failure);
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);

    const response = await gql(world.coordinator, `{ cluster(id: "${world.id}") { cities { nodes { name } } } }`);

    const error = onlyError(response);
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toMatch(/Something went wrong on our side/);
    expect(JSON.stringify(response)).not.toMatch(/arn:aws|dynamodb|citypact-prod|stacktrace|at .*\.ts/);
    expect(error.extensions.requestId).toEqual(expect.any(String) as string);
    expect(logged).toHaveBeenCalledWith(
      'Request failed with an internal error',
      expect.objectContaining({
        requestId: error.extensions.requestId,
        error: failure,
        path: 'cluster.cities',
      }),
    );
  });

  test('with nothing answered and only our fault to report, the status is HTTP 500', async () => {
    jest.spyOn(riskEventRepository, 'listByCluster').mockRejectedValue(new Error('connect ECONNREFUSED'));
    const response = await gql(world.coordinator, `{ riskEvents(clusterId: "${world.id}") { nodes { id } } }`);
    expect(response.status).toBe(500);
    expect(response.data).toBeNull();
    expect(onlyError(response)).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      extensions: { requestId: expect.any(String) as string },
    });
  });

  test("a store failure while checking the caller's scope is HTTP 500, masked and logged", async () => {
    forgetValidScopes(); // a scope seen valid earlier in this file is not read again
    jest.spyOn(clusterRepository, 'getMany').mockRejectedValue(new Error('connect ECONNREFUSED 10.0.0.1:443'));
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const response = await gql(world.coordinator, '{ me { id } }');
    expect(response.status).toBe(500);
    expect(onlyError(response)).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: expect.stringMatching(/Something went wrong on our side/) as string,
    });
    expect(JSON.stringify(response)).not.toMatch(/ECONNREFUSED|10\.0\.0\.1/);
    expect(logged).toHaveBeenCalledWith(
      'Request failed with an internal error',
      expect.objectContaining({
        error: expect.objectContaining({ message: expect.stringMatching(/ECONNREFUSED/) as string }) as unknown,
      }),
    );
  });

  test('an answer with data stays HTTP 200 even when a part failed on our side', async () => {
    // The caller's cluster is read before any resolver (the scope check); the desks' host cities are read after.
    jest.spyOn(cityRepository, 'getMany').mockRejectedValue(new Error('connect ECONNREFUSED'));
    const response = await gql<{ me: { id: string; cluster: { name: string; desks: Array<{ hostCity: unknown }> } } }>(
      world.coordinator,
      '{ me { id cluster { name desks { hostCity { name } } } } }',
    );
    expect(response.status).toBe(200);
    expect(response.data?.me).toMatchObject({ id: world.coordinatorId, cluster: { name: 'Beijing–Tianjin–Hebei' } });
    expect(response.data?.me.cluster.desks.map((desk: { hostCity: unknown }) => desk.hostCity)).toContain(null);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors?.every((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(true);
  });
});

describe('what the internal-errors alarm counts (src/internal-errors.ts)', () => {
  const counted = (lines: Array<Record<string, unknown>>) =>
    lines.filter((line) => line[INTERNAL_ERROR_LOG_LINE.field] === INTERNAL_ERROR_LOG_LINE.value);

  test('a failure on our side writes one counted line, with the request id', async () => {
    jest.spyOn(riskEventRepository, 'listByCluster').mockRejectedValue(new Error('connect ECONNREFUSED'));
    let requestId: string | undefined;
    const lines = await capturedLogLines(async () => {
      const response = await gql(world.coordinator, `{ riskEvents(clusterId: "${world.id}") { nodes { id } } }`);
      requestId = onlyError(response).extensions.requestId as string | undefined;
    });
    expect(counted(lines)).toEqual([
      expect.objectContaining({ message: 'Request failed with an internal error', requestId, path: 'riskEvents' }),
    ]);
  });

  test('a request context that cannot be built is HTTP 500, masked, and counted', async () => {
    // Anything but the caller's own token failing while the context is built: here, the logger's Lambda context.
    jest.spyOn(logger, 'addContext').mockImplementation(() => {
      throw new Error('connect ECONNREFUSED 10.0.0.1:443');
    });
    let response: GraphQLResponse | undefined;
    const lines = await capturedLogLines(async () => {
      response = await gql(world.coordinator, '{ me { id } }');
    });
    expect(response!.status).toBe(500);
    expect(onlyError(response!)).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: expect.stringMatching(/Something went wrong on our side/) as string,
    });
    expect(JSON.stringify(response)).not.toMatch(/ECONNREFUSED|10\.0\.0\.1/);
    expect(counted(lines)).toEqual([
      expect.objectContaining({
        message: 'Request failed with an internal error',
        error: expect.objectContaining({ message: 'connect ECONNREFUSED 10.0.0.1:443' }) as unknown,
      }),
    ]);
  });

  test('client mistakes write no counted line', async () => {
    const auth = coordinator();
    const lines = await capturedLogLines(async () => {
      const answers = await Promise.all([
        invokeRaw(apiGatewayEvent(queryBody('{ me { id '), auth)),
        invokeRaw(apiGatewayEvent('not json', auth)),
        invokeRaw(
          apiGatewayEvent(
            queryBody(`{ me { ${Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ')} } }`),
            auth,
          ),
        ),
        invokeRaw(apiGatewayEvent(queryBody('{ me { id } }'))),
        invokeRaw(apiGatewayEvent(queryBody('{ riskEvent(id: "evt_missing") { id } }'), auth)),
        invokeRaw(
          apiGatewayEvent(
            queryBody(
              `mutation { updateCityBaseline(input: { cityId: "${world.city('Langfang').id}", expectedVersion: 99, shelterCapacity: 1 }) { version } }`,
            ),
            { authorization: `Bearer ${world.city('Langfang').officer}` },
          ),
        ),
        invokeRaw(
          apiGatewayEvent(
            queryBody(
              `mutation { updateCityBaseline(input: { cityId: "${world.city('Tianjin').id}", expectedVersion: 1, shelterCapacity: 1 }) { version } }`,
            ),
            { authorization: `Bearer ${world.city('Langfang').officer}` },
          ),
        ),
      ]);
      const codes = answers.map(
        (answer) =>
          (JSON.parse(answer.body!) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
      );
      expect(codes).toEqual([
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'NOT_FOUND',
        'CONFLICT',
        'FORBIDDEN',
      ]);
    });
    expect(counted(lines)).toEqual([]);
  });
});
