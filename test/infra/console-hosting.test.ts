import * as fs from 'node:fs';
import * as path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { ConsoleConfig } from '../../infra/constructs/console-hosting';
import { buildFastApp, CONSOLE_FIXTURE, removeDir, tempOutdir } from './helpers';

/**
 * The deployed console: a private bucket behind CloudFront with origin access control, its config.json pointing at
 * the real API and the console's own Cognito client, that client limited to the code grant with PKCE, and the API's
 * CORS open to the console's origin only.
 */
type Resources = Record<string, { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string }>;

const built: Record<'dev' | 'prod', { template: Template; resources: Resources; outdir: string }> = {} as never;

beforeAll(() => {
  for (const stage of ['dev', 'prod'] as const) {
    const { app, stack, outdir } = buildFastApp(stage);
    app.synth();
    const template = Template.fromStack(stack);
    built[stage] = { template, resources: (template.toJSON() as { Resources: Resources }).Resources, outdir };
  }
});
afterAll(() => Object.values(built).forEach(({ outdir }) => removeDir(outdir)));

/** The one resource of `type` whose logical ID starts with `prefix`. */
function only(stage: 'dev' | 'prod', type: string, prefix = ''): [string, Resources[string]] {
  const found = Object.entries(built[stage].resources).filter(([id, r]) => r.Type === type && id.startsWith(prefix));
  expect(found.map(([id]) => id)).toHaveLength(1);
  return found[0];
}

/** `{ Ref: X }` → `${X}`, `{ Fn::GetAtt: [X, Y] }` → `${X.Y}`: CloudFormation values as text, to compare URLs. */
function asText(value: unknown): string {
  const v = value as { Ref?: string; 'Fn::GetAtt'?: string[]; 'Fn::Join'?: [string, unknown[]] };
  if (typeof value === 'string') return value;
  if (v.Ref) return `\${${v.Ref}}`;
  if (v['Fn::GetAtt']) return `\${${v['Fn::GetAtt'].join('.')}}`;
  if (v['Fn::Join']) return v['Fn::Join'][1].map(asText).join(v['Fn::Join'][0]);
  throw new Error(`not a value this test reads: ${JSON.stringify(value)}`);
}

const distributionId = (stage: 'dev' | 'prod') => only(stage, 'AWS::CloudFront::Distribution')[0];
const consoleOrigin = (stage: 'dev' | 'prod') => `https://\${${distributionId(stage)}.DomainName}`;
const consoleClientId = (stage: 'dev' | 'prod') =>
  only(stage, 'AWS::Cognito::UserPoolClient', 'AuthUserPoolConsoleClient')[0];

describe.each(['dev', 'prod'] as const)('%s: the console bucket', (stage) => {
  test('is private: every public access blocked, encrypted, TLS only, access-logged, no website hosting', () => {
    const [bucketId, bucket] = only(stage, 'AWS::S3::Bucket', 'ConsoleAssets');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: only(stage, 'AWS::S3::Bucket', 'ConsoleLogs')[0] } },
    });
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();

    const [, policy] = only(stage, 'AWS::S3::BucketPolicy', 'ConsoleAssetsPolicy');
    const statements = (policy.Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    // The only principal allowed anything is CloudFront, reading objects, and only for this distribution.
    const allows = statements.filter((statement) => statement.Effect === 'Allow');
    expect(allows).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] },
        Condition: {
          StringEquals: {
            'AWS:SourceArn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':cloudfront::',
                  { Ref: 'AWS::AccountId' },
                  ':distribution/',
                  { Ref: distributionId(stage) },
                ],
              ],
            },
          },
        },
      },
    ]);
  });

  test('its log bucket is private too, and keeps logs for the stage log retention', () => {
    const [, logs] = only(stage, 'AWS::S3::Bucket', 'ConsoleLogs');
    expect(logs.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: { Rules: [{ ExpirationInDays: stage === 'prod' ? 365 : 30, Status: 'Enabled' }] },
    });
    expect(logs.DeletionPolicy).toBe('Retain');
  });
});

describe.each(['dev', 'prod'] as const)('%s: the distribution', (stage) => {
  test('reads the bucket through origin access control, never an origin access identity', () => {
    expect(Object.values(built[stage].resources).map((r) => r.Type)).not.toContain(
      'AWS::CloudFront::CloudFrontOriginAccessIdentity',
    );
    const [oacId, oac] = only(stage, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const [, distribution] = only(stage, 'AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig as Record<string, unknown>;
    expect(config.Origins).toEqual([
      expect.objectContaining({
        DomainName: { 'Fn::GetAtt': [only(stage, 'AWS::S3::Bucket', 'ConsoleAssets')[0], 'RegionalDomainName'] },
        OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      }),
    ]);
  });

  test('serves index.html at / and for unknown paths, over HTTPS only, and logs', () => {
    const [, distribution] = only(stage, 'AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: {
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ['GET', 'HEAD'],
        ResponseHeadersPolicyId: { Ref: only(stage, 'AWS::CloudFront::ResponseHeadersPolicy')[0] },
      },
      CustomErrorResponses: [403, 404].map((ErrorCode) => ({
        ErrorCode,
        ResponseCode: 200,
        ResponsePagePath: '/index.html',
        ErrorCachingMinTTL: 0,
      })),
      Logging: { Bucket: { 'Fn::GetAtt': [only(stage, 'AWS::S3::Bucket', 'ConsoleLogs')[0], 'RegionalDomainName'] } },
    });
  });

  test('sends security headers; the CSP allows only itself, API Gateway and this stage sign-in domain', () => {
    const [, policy] = only(stage, 'AWS::CloudFront::ResponseHeadersPolicy');
    const headers = (
      policy.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Record<string, unknown> }
    ).SecurityHeadersConfig;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 730 * 86400, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
    });
    const csp = asText((headers.ContentSecurityPolicy as { ContentSecurityPolicy: unknown }).ContentSecurityPolicy);
    const directives = Object.fromEntries(
      csp.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    const signIn = `https://citypact-${stage}.auth.\${AWS::Region}.amazoncognito.com`;
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", 'https://*.execute-api.${AWS::Region}.amazonaws.com', signIn],
      'worker-src': ["'self'", 'blob:'],
      'form-action': ["'self'", signIn],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
    });
    // No host outside AWS, and no wildcard source on its own.
    expect(Object.values(directives).flat()).not.toContain('*');
  });
});

describe.each(['dev', 'prod'] as const)('%s: sign-in for the console', (stage) => {
  test('its own client: authorization code only, no secret, openid/email/profile, back to the console', () => {
    const [, client] = only(stage, 'AWS::Cognito::UserPoolClient', 'AuthUserPoolConsoleClient');
    const { CallbackURLs, LogoutURLs, ...rest } = client.Properties;
    expect(rest).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
    expect([...(rest.AllowedOAuthScopes as string[])].sort()).toEqual(['email', 'openid', 'profile']);
    expect((CallbackURLs as unknown[]).map(asText)).toEqual([`${consoleOrigin(stage)}/`]);
    expect((LogoutURLs as unknown[]).map(asText)).toEqual([`${consoleOrigin(stage)}/`]);
    // The ID token carries the scope attributes the API reads; officials cannot write them.
    expect(rest.ReadAttributes).toEqual(
      expect.arrayContaining(['custom:city_id', 'custom:cluster_id', 'custom:cluster_ids']),
    );
    expect((rest.WriteAttributes as string[]).filter((a) => a.startsWith('custom:'))).toEqual([]);
  });

  test('a hosted sign-in domain named after the stage', () => {
    const [, domain] = only(stage, 'AWS::Cognito::UserPoolDomain');
    expect(domain.Properties).toMatchObject({
      Domain: `citypact-${stage}`,
      UserPoolId: { Ref: only(stage, 'AWS::Cognito::UserPool')[0] },
    });
  });

  test("the API accepts the console's tokens: authorizer audience and the function's client ids", () => {
    const appClientId = only(stage, 'AWS::Cognito::UserPoolClient', 'AuthUserPoolAppClient')[0];
    const [, authorizer] = only(stage, 'AWS::ApiGatewayV2::Authorizer');
    expect((authorizer.Properties.JwtConfiguration as { Audience: unknown[] }).Audience).toEqual([
      { Ref: appClientId },
      { Ref: consoleClientId(stage) },
    ]);
    const [, graphql] = only(stage, 'AWS::Lambda::Function', 'Graphql');
    const variables = (graphql.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(asText(variables.COGNITO_CLIENT_IDS)).toBe(`\${${appClientId}},\${${consoleClientId(stage)}}`);
  });
});

describe.each(['dev', 'prod'] as const)('%s: CORS on the HTTP API', (stage) => {
  test("allows the console's origin only, POST and OPTIONS, the authorization and content-type headers", () => {
    const [, api] = only(stage, 'AWS::ApiGatewayV2::Api');
    const cors = api.Properties.CorsConfiguration as Record<string, unknown[]>;
    expect(cors.AllowOrigins.map(asText)).toEqual([consoleOrigin(stage)]);
    expect(cors.AllowMethods).toEqual(['POST', 'OPTIONS']);
    expect(cors.AllowHeaders).toEqual(['authorization', 'content-type']);
    expect(JSON.stringify(cors)).not.toContain('*');
    expect(cors.AllowCredentials).toBeUndefined();
  });
});

describe.each(['dev', 'prod'] as const)('%s: publishing the console', (stage) => {
  function deployment() {
    const [, resource] = only(stage, 'Custom::CDKBucketDeployment');
    return resource.Properties as {
      SourceObjectKeys: string[];
      SourceMarkers: Array<Record<string, unknown>>;
      DestinationBucketName: unknown;
      DistributionId: unknown;
      DistributionPaths: string[];
      SystemMetadata: Record<string, string>;
    };
  }
  /** A staged source of the deployment, by its index, as a directory of the cloud assembly. */
  const stagedSource = (index: number) =>
    path.join(built[stage].outdir, `asset.${deployment().SourceObjectKeys[index].replace(/\.zip$/, '')}`);

  test('uploads the built console to the bucket and invalidates the distribution', () => {
    const props = deployment();
    expect(props.DestinationBucketName).toEqual({ Ref: only(stage, 'AWS::S3::Bucket', 'ConsoleAssets')[0] });
    expect(props.DistributionId).toEqual({ Ref: distributionId(stage) });
    expect(props.DistributionPaths).toEqual(['/*']);
    expect(props.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    expect(fs.readFileSync(path.join(stagedSource(0), 'index.html'), 'utf8')).toBe(
      fs.readFileSync(path.join(CONSOLE_FIXTURE, 'index.html'), 'utf8'),
    );
  });

  test('writes config.json with the real GraphQL URL, the sign-in domain and the console client', () => {
    const props = deployment();
    let text = fs.readFileSync(path.join(stagedSource(1), 'config.json'), 'utf8');
    for (const [marker, value] of Object.entries(props.SourceMarkers[1])) text = text.split(marker).join(asText(value));
    const apiId = only(stage, 'AWS::ApiGatewayV2::Api')[0];
    const domainId = only(stage, 'AWS::Cognito::UserPoolDomain')[0];
    const config = JSON.parse(text) as ConsoleConfig;
    expect(config).toEqual({
      apiUrl: `https://\${${apiId}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/graphql`,
      auth: {
        mode: 'cognito',
        domain: `https://\${${domainId}}.auth.\${AWS::Region}.amazoncognito.com`,
        clientId: `\${${consoleClientId(stage)}}`,
        redirectUri: `${consoleOrigin(stage)}/`,
      },
    });
    // The same URL the stack outputs as the GraphQL endpoint.
    const outputs = built[stage].template.findOutputs('GraphqlUrl');
    expect(asText(Object.values(outputs)[0].Value)).toBe(config.apiUrl);
  });
});

test('a stack without a built console refuses to synthesize, saying how to build it', () => {
  const empty = tempOutdir('no-console');
  try {
    expect(() => buildFastApp('dev', { consoleAssets: empty })).toThrow(
      /The console is not built: .* has no index\.html\. Build it first/,
    );
  } finally {
    removeDir(empty);
  }
});
