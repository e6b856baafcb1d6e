import { Logger } from '@aws-lambda-powertools/logger';
import { sourceMappedStack } from './source-mapped-stack';

/**
 * JSON logs with the Lambda request id; service name and level come from POWERTOOLS_* variables. Error stacks are
 * written in terms of our sources (see source-mapped-stack.ts): a logged error's own stack before Powertools formats
 * it, so the `location` it derives names our file too; any other stack (an error's cause) as it is written.
 */
export const logger = new Logger({
  serviceName: 'citypact',
  jsonReplacerFn: (key, value) => {
    if (value instanceof Error && typeof value.stack === 'string') value.stack = sourceMappedStack(value.stack);
    else if (key === 'stack' && typeof value === 'string') return sourceMappedStack(value);
    return value;
  },
});
