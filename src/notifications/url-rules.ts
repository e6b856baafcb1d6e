import { config } from '../config';
import type { WebhookUrlRules } from '../domain/webhooks';

/**
 * Loopback webhooks (`http://127.0.0.1`, `http://localhost`) only off AWS: on a developer's machine (`STAGE=local`)
 * and wherever tokens are issued locally (`AUTH_MODE=local`: tests, `npm start`). Every deployed function runs with
 * `AUTH_MODE=cognito` and its stage's name, so neither holds there.
 */
export function webhookUrlRules(env: NodeJS.ProcessEnv = process.env): WebhookUrlRules {
  if (env.AUTH_MODE === 'cognito') return { allowLoopback: false };
  return { allowLoopback: env.AUTH_MODE === 'local' || (env.STAGE ?? config.STAGE) === 'local' };
}
