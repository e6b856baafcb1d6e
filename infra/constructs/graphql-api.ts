import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config';

export const GRAPHQL_PATH = '/graphql';

export interface GraphqlApiProps {
  readonly config: StageConfig;
  readonly handler: IFunction;
  readonly userPool: IUserPool;
  /** The app clients whose tokens the authorizer accepts (the API's own and the console's). */
  readonly userPoolClients: IUserPoolClient[];
  readonly alarmTopic: ITopic;
  /** The only origins a browser may call the API from (the console's); none means no CORS at all. */
  readonly corsOrigins?: string[];
}

/**
 * HTTP API with one route, `POST /graphql`, to the GraphQL function. A Cognito JWT authorizer rejects requests
 * without a valid ID/access token of one of our app clients before they reach Lambda (defense in depth: the function
 * verifies the token again itself, since the offline server runs no authorizers).
 */
export class GraphqlApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  readonly serverErrorsAlarm: Alarm;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    const { config } = props;

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `citypact-${config.stage}`,
      description: `CityPact GraphQL API (${config.stage})`,
      // The default stage is created below, so that throttling and access logging can be set on it.
      createDefaultStage: false,
      // API Gateway answers the preflight itself (OPTIONS never reaches the authorizer or the function).
      corsPreflight: props.corsOrigins && {
        allowOrigins: props.corsOrigins,
        allowMethods: [CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type'],
        maxAge: Duration.hours(1),
      },
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });

    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: config.apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            sub: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });

    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, {
      userPoolClients: props.userPoolClients,
      identitySource: ['$request.header.Authorization'],
    });

    this.httpApi.addRoutes({
      path: GRAPHQL_PATH,
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', props.handler),
      authorizer,
    });

    const alarmAction = new SnsAction(props.alarmTopic);
    this.serverErrorsAlarm = new Alarm(this, 'ServerErrorsAlarm', {
      alarmDescription: `CityPact API (${config.stage}): 5xx responses`,
      metric: this.httpApi.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 5,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.serverErrorsAlarm.addAlarmAction(alarmAction);
    this.serverErrorsAlarm.addOkAction(alarmAction);
  }

  /** Base URL of the default stage; the GraphQL endpoint is this plus `/graphql`. */
  get url(): string {
    return this.stage.url;
  }

  /** The GraphQL endpoint's URL. */
  get graphqlUrl(): string {
    return `${this.url.replace(/\/$/, '')}${GRAPHQL_PATH}`;
  }
}
