/**
 * How a failure on our side shows in the logs, for the alarms in infra/ to count. Powertools Logger writes every
 * line as JSON with its level in `level`; failures on our side are logged at ERROR, and nothing a client gets wrong
 * is (a client mistake is answered, not logged as an error). Free of imports: the CDK app reads it too.
 */
export const INTERNAL_ERROR_LOG_LINE = { field: 'level', value: 'ERROR' } as const;
