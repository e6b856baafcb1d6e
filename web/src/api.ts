import type { TypedDocumentString } from './gql/graphql';

/** An error the API answered, with its stable code; shown to the user as its message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let apiUrl = '/graphql';
let tokenSource: () => string | null = () => null;
let onUnauthenticated: () => void = () => undefined;

export function configureApi(options: { url: string; token: () => string | null; unauthenticated: () => void }) {
  apiUrl = options.url;
  tokenSource = options.token;
  onUnauthenticated = options.unauthenticated;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Runs one typed operation. Any GraphQL error is thrown as an ApiError carrying the API's message and code. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const token = tokenSource();
  let response: Response;
  try {
    response = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The CityPact API cannot be reached. Check the connection and try again.', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  const first = body.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED') onUnauthenticated();
    throw new ApiError(first.message, code, first.extensions);
  }
  if (!response.ok || !body.data) throw new ApiError(`The API answered HTTP ${response.status}.`, 'HTTP');
  return body.data;
}
