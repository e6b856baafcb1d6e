import { Logger } from '@aws-lambda-powertools/logger';

/** JSON logs with the Lambda request id; service name and level come from POWERTOOLS_* variables. */
export const logger = new Logger({ serviceName: 'citypact' });
