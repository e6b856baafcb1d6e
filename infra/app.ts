/**
 * CDK entry (cdk.json: `npx tsx infra/app.ts`). One stack per stage: `cdk synth -c stage=prod`; default `dev`.
 * cdk-nag AwsSolutions runs as a policy-validation plugin: an unacknowledged finding fails the synth.
 */
import { buildApp } from './build-app';

buildApp();
