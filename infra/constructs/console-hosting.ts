import * as fs from 'node:fs';
import * as path from 'node:path';
import { Aws, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  ClientAttributes,
  OAuthScope,
  UserPoolClientIdentityProvider,
  type UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config';
import { SCOPE_ATTRIBUTES } from './officials-auth';

export interface ConsoleHostingProps {
  readonly config: StageConfig;
  /** The built console (`web/dist`): uploaded as it is, with `config.json` written beside it. */
  readonly assetsDir: string;
  /** The officials' user pool: the console signs in with it through a client and domain of its own. */
  readonly userPool: UserPool;
}

/**
 * What the deployed console reads from `/config.json` when it starts (the local server answers
 * `{ apiUrl: "/graphql", auth: { mode: "local" } }` instead).
 */
export interface ConsoleConfig {
  readonly apiUrl: string;
  readonly auth: {
    readonly mode: 'cognito';
    readonly domain: string;
    readonly clientId: string;
    readonly redirectUri: string;
  };
}

/** Browsers keep to HTTPS for the console for two years after a visit. */
const HSTS_MAX_AGE = Duration.days(730);
/** The deployment function copies the console through its memory; 512 MB leaves room for a large build. */
const DEPLOYMENT_MEMORY_MB = 512;

/**
 * The console, deployed: a private S3 bucket read by CloudFront through origin access control (the bucket is never
 * public), HTTPS only, security headers on every response, unknown paths answered with `index.html` (the console
 * routes in the browser). Officials sign in through the user pool's hosted sign-in (a domain of its own, prefix from
 * the stage) with the authorization code grant and PKCE, through an app client without a secret.
 *
 * Built in two steps, because the API's CORS needs the console's origin and the console's `config.json` needs the
 * API's URL: the constructor makes the bucket, distribution, client and domain; `publish()` uploads the console with
 * its `config.json` once the API exists.
 */
export class ConsoleHosting extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** `https://<distribution domain>`: the console's origin, as browsers send it in `Origin`. */
  readonly origin: string;
  private readonly assetsDir: string;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    const { config } = props;
    this.assetsDir = requireBuiltConsole(props.assetsDir);

    // Access logs of the bucket and the distribution. CloudFront's standard logs are delivered with an object ACL,
    // so this bucket keeps ACLs enabled (owner preferred); it is never public either.
    this.logBucket = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(config.logRetention) }],
      // Access logs are evidence: kept when the stack goes (the bucket has a generated name, so no redeploy clashes).
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the bucket the console bucket and its CloudFront distribution write their access logs to; logging ' +
        'its own accesses would need yet another bucket, and only CloudFront and S3 log delivery write to it.',
    });

    this.bucket = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
      // Rebuilt from the repository on every deploy; retained so that deleting a stack never fails on a full bucket.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.domain = props.userPool.addDomain('ConsoleSignIn', {
      cognitoDomain: { domainPrefix: signInDomainPrefix(config) },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `CityPact console (${config.stage})`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        compress: true,
        responseHeadersPolicy: new ResponseHeadersPolicy(this, 'SecurityHeaders', {
          comment: `CityPact console (${config.stage}): CSP, HSTS and no framing`,
          securityHeadersBehavior: {
            contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(config), override: true },
            strictTransportSecurity: { accessControlMaxAge: HSTS_MAX_AGE, includeSubdomains: true, override: true },
            contentTypeOptions: { override: true },
            frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
            referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
          },
        }),
      },
      // The console routes in the browser: a deep link (/obligations/…) is not an object in the bucket. Through OAC
      // S3 answers 403 for a missing object (404 only with ListBucket, which CloudFront is not given).
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
      // Offices in the cluster's region are served from Asia; PRICE_CLASS_200 includes its edge locations.
      priceClass: PriceClass.PRICE_CLASS_200,
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;
    this.acknowledgeDistributionFindings(config);

    const profile = new ClientAttributes().withStandardAttributes({ email: true, givenName: true, familyName: true });
    this.client = props.userPool.addClient('ConsoleClient', {
      userPoolClientName: `citypact-console-${config.stage}`,
      // A browser keeps no secret: the code grant is protected by PKCE instead.
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${this.origin}/`],
        logoutUrls: [`${this.origin}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      // The ID token carries what the client may read: the API needs the scope attributes in it.
      readAttributes: profile
        .withStandardAttributes({ email: true, emailVerified: true, givenName: true, familyName: true })
        .withCustomAttributes(...SCOPE_ATTRIBUTES),
      // As for the API's own client: officials cannot move themselves to another cluster or city.
      writeAttributes: profile,
    });
  }

  /** The console's `config.json`: the real API and this stage's sign-in. */
  consoleConfig(graphqlUrl: string): ConsoleConfig {
    return {
      apiUrl: graphqlUrl,
      auth: {
        mode: 'cognito',
        domain: this.domain.baseUrl(),
        clientId: this.client.userPoolClientId,
        redirectUri: `${this.origin}/`,
      },
    };
  }

  /**
   * Uploads the built console and its `config.json`, then invalidates the distribution. Everything is sent with
   * `no-cache`: browsers revalidate (a 304 when nothing changed), so a deploy reaches every office at its next load.
   */
  publish(graphqlUrl: string): BucketDeployment {
    const deployment = new BucketDeployment(this, 'Publish', {
      destinationBucket: this.bucket,
      sources: [Source.asset(this.assetsDir), Source.jsonData('config.json', this.consoleConfig(graphqlUrl))],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: DEPLOYMENT_MEMORY_MB,
    });
    this.acknowledgeDeploymentFindings();
    return deployment;
  }

  /**
   * The function behind BucketDeployment is CDK's own (one per stack, at its root): its runtime, role and grants are
   * CDK's, reviewed here once. It runs only during a deploy, copying the console from the CDK asset bucket.
   */
  private acknowledgeDeploymentFindings(): void {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((child) => child.node.id.startsWith(`Custom::CDKBucketDeployment`));
    if (!handler) throw new Error('BucketDeployment created no handler function at the stack root');
    const assetsArn = stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    const cdkAssets = `arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>/*`;
    const grants =
      'CDK grants the deployment function read on the CDK asset bucket and read/write/delete on the console bucket ' +
      '(s3:GetObject*, s3:GetBucket*, s3:List*, s3:DeleteObject*, s3:Abort* on <bucket>/*) so it can copy the ' +
      'built console and prune files a new build no longer has; both are limited to those two buckets.';
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's BucketDeployment handler role comes with the AWS managed basic execution policy (writing its own " +
          'logs); the function runs only during deploys and touches no data of the application.',
      },
      ...['Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*', 'Action::s3:Abort*']
        .concat(['Action::s3:DeleteObject*', `Resource::${cdkAssets}`, `Resource::<${assetsArn}.Arn>/*`])
        .map((finding) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason: grants })),
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'cloudfront:CreateInvalidation and cloudfront:GetInvalidation, granted by CDK so the deployment can ' +
          'invalidate the console distribution after an upload; CDK grants them on "*".',
      },
      {
        id: 'AwsSolutions-L1',
        reason:
          "The runtime of CDK's BucketDeployment handler is chosen by aws-cdk-lib, which ships and tests the " +
          'handler for it; it moves with aws-cdk-lib upgrades, and the function runs only during deploys.',
      },
    );
  }

  private acknowledgeDistributionFindings(config: StageConfig): void {
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: officials of the cluster travel and sign in from wherever they are (flood sites, ' +
          'other provinces, abroad); every request to the API needs a Cognito token with MFA anyway.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The console is static files behind CloudFront; the data sits behind the API, which throttles per stage ' +
          `and verifies every token. A WAF web ACL (billed monthly per rule) adds little here for ${config.stage}.`,
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses its default *.cloudfront.net certificate, with which CloudFront cannot enforce a ' +
          'minimum TLS version; a custom domain with its own certificate would allow TLSv1.2_2021 as the minimum.',
      },
    );
  }
}

/** The hosted sign-in's domain prefix: one per stage (`citypact-dev`, `citypact-prod`). */
export function signInDomainPrefix(config: StageConfig): string {
  return `citypact-${config.stage}`;
}

/**
 * Content-Security-Policy of the console: its own files, and connections to the API and the hosted sign-in only.
 * The API's exact origin cannot be named here: it is generated with the API, whose CORS names the console's
 * generated origin, and CloudFormation cannot create two resources that each name the other. So connections are
 * allowed to API Gateway in this region; CORS on the API is exact. Styles may be inline (the GraphQL IDE's editor
 * injects its styles), and its workers may start from blob: URLs.
 */
export function contentSecurityPolicy(config: StageConfig): string {
  const api = `https://*.execute-api.${Aws.REGION}.amazonaws.com`;
  const signIn = `https://${signInDomainPrefix(config)}.auth.${Aws.REGION}.amazoncognito.com`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${api} ${signIn}`,
    "worker-src 'self' blob:",
    `form-action 'self' ${signIn}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The built console's directory, or an error that says how to build it. */
function requireBuiltConsole(dir: string): string {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `The console is not built: ${dir} has no index.html. Build it first (its build writes web/dist), or pass ` +
        'another directory with -c consoleAssets=<dir>.',
    );
  }
  return dir;
}
