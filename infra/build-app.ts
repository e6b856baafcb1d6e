import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CityPactStack } from './citypact-stack';
import { REPO_ROOT } from './constructs/app-function';
import { stageConfig } from './stage-config';

export interface BuildAppOptions {
  /** Stage name; default: context `stage`, else `dev`. */
  readonly stage?: string;
  /** Bundle Lambda code with esbuild (default true). False skips bundling: fast template tests. */
  readonly bundle?: boolean;
  /** Register the cdk-nag AwsSolutions checks (default true). */
  readonly nag?: boolean;
  /** Cloud assembly directory (default: the CLI's, or a temp dir). */
  readonly outdir?: string;
  /** GraphQL Lambda entry relative to the repository root (default `src/handler.ts`). */
  readonly graphqlEntry?: string;
  /** Overdue job entry relative to the repository root (default `src/jobs/overdue.ts`). */
  readonly overdueJobEntry?: string;
  /** The built console to deploy (default: context `consoleAssets`, else `web/dist`). */
  readonly consoleAssets?: string;
  /** Notification dispatcher entry relative to the repository root (default `src/notifications/dispatcher.ts`). */
  readonly dispatcherEntry?: string;
  /** Extra context, as `cdk synth -c key=value` would give (e.g. `{ stage: 'prod' }`). */
  readonly context?: Record<string, unknown>;
}

export interface BuiltApp {
  readonly app: App;
  readonly stack: CityPactStack;
}

/**
 * Feature flags from cdk.json. The CLI passes them to `infra/app.ts` itself; loading them here as well means an
 * app built in-process (tests) synthesizes exactly what `cdk synth` does.
 */
function cdkJsonContext(): Record<string, unknown> {
  const file = path.join(REPO_ROOT, 'cdk.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { context?: Record<string, unknown> };
  return json.context ?? {};
}

export function buildApp(options: BuildAppOptions = {}): BuiltApp {
  const context: Record<string, unknown> = { ...cdkJsonContext(), ...options.context };
  if (options.bundle === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context, outdir: options.outdir });

  const stage = options.stage ?? (app.node.tryGetContext('stage') as string | undefined) ?? 'dev';
  const config = stageConfig(stage);
  const stack = new CityPactStack(app, `CityPact-${stage}`, {
    config,
    graphqlEntry: options.graphqlEntry,
    overdueJobEntry: options.overdueJobEntry,
    consoleAssets: options.consoleAssets ?? (app.node.tryGetContext('consoleAssets') as string | undefined),
    dispatcherEntry: options.dispatcherEntry,
    description: `CityPact (${stage}): GraphQL API for cross-jurisdiction risk agreements`,
    // Environment-agnostic on purpose: synth needs no credentials, and the template deploys to whichever
    // account/region the deploying profile targets (region-dependent values stay AWS::Region references).
    terminationProtection: config.isProd,
    tags: { project: 'citypact', stage },
  });

  if (options.nag !== false) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  }
  return { app, stack };
}
