import { Duration, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config';

/** Cognito groups, one per role (README, "Roles"). The Lambda reads them from `cognito:groups`. */
export const ROLE_GROUPS = {
  COORDINATOR: 'Coordinator of a cluster: drafts agreements, registers events, reviews claims',
  CITY: 'Officer of one city in a cluster: inventory, own obligations, claims',
  EVALUATOR: 'Evaluator accredited to a cluster: submits assessments',
  SUPERIOR: 'Provincial/central official: reads across the clusters it oversees; may escalate',
} as const;

/**
 * Scope claims, set by administrators only (the app client cannot write them). In ID tokens they appear as
 * `custom:cluster_id`, `custom:city_id` and `custom:cluster_ids` (comma-separated, for SUPERIOR).
 */
export const SCOPE_ATTRIBUTES = ['cluster_id', 'city_id', 'cluster_ids'] as const;

/**
 * The user pool for officials. No self sign-up: administrators create accounts, set the scope attributes and add
 * each user to exactly one role group. MFA (TOTP) is required; the API's app client uses SRP and has no secret (the console has its own client, in ConsoleHosting).
 */
export class OfficialsAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: { config: StageConfig }) {
    super(scope, id);
    const { config } = props;

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `citypact-officials-${config.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        cluster_id: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        city_id: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        cluster_ids: new StringAttribute({ minLen: 1, maxLen: 2048, mutable: true }),
      },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus tier (threat protection: compromised credentials, risky sign-ins) is billed per active user; prod only.
      featurePlan: config.isProd ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      standardThreatProtectionMode: config.isProd ? StandardThreatProtectionMode.FULL_FUNCTION : undefined,
      deletionProtection: config.isProd,
      removalPolicy: config.removalPolicy,
    });
    if (!config.isProd) {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG8',
        reason:
          'Non-production stages hold only synthetic test officials; the Plus tier (threat protection, billed per ' +
          'monthly active user) is enabled on the prod user pool, where real officials sign in.',
      });
    }

    Object.entries(ROLE_GROUPS).forEach(([groupName, description], i) => {
      new UserPoolGroup(this, `Group${groupName}`, {
        userPool: this.userPool,
        groupName,
        description,
        precedence: i,
      });
    });

    const profileAttrs = new ClientAttributes().withStandardAttributes({
      email: true,
      givenName: true,
      familyName: true,
    });
    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: `citypact-app-${config.stage}`,
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      readAttributes: profileAttrs
        .withStandardAttributes({ email: true, emailVerified: true, givenName: true, familyName: true })
        .withCustomAttributes(...SCOPE_ATTRIBUTES),
      // Deliberately without the scope attributes: an official must not be able to move themselves to another
      // cluster or city. (Omitting writeAttributes would leave it to Cognito's permissive default.)
      writeAttributes: profileAttrs,
    });
  }
}
