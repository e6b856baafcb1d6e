import { Logger } from '@aws-lambda-powertools/logger';
import { sourceMappedStack } from './source-mapped-stack';

/**
 * JSON logs with the Lambda request id; service name and level come from POWERTOOLS_* variables. Error stacks are
 * written in terms of our sources (see source-mapped-stack.ts).
 */
export const logger = new Logger({
  serviceName: 'citypact',
  jsonReplacerFn: (key, value) => (key === 'stack' && typeof value === 'string' ? sourceMappedStack(value) : value),
});
