/**
 * Every request limit in one place. The numbers leave room for the deepest legitimate query of the API
 * (e.g. cluster → cities → cluster → desks → hostCity) while stopping abusive ones early.
 */
export const LIMITS = Object.freeze({
  /** Request body cap, checked before parsing. API Gateway's own cap is 10 MB. */
  maxBodyBytes: 64 * 1024,
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 5_000,
  /** Largest `first` a list accepts. */
  maxPageSize: 100,
  /** Longest id (any `ID` argument or input field) accepted; every id the API issues is far shorter. */
  maxIdLength: 200,
  /** Longest idempotency key accepted. */
  maxIdempotencyKeyLength: 200,
});
