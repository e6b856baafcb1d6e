import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver parents are our store records (mappers), so resolvers never cast generated types.
// CODEGEN_OUT_DIR and CODEGEN_TEST_OUT_DIR let the staleness test generate into temp folders and compare with what is
// committed.
const outDir = process.env.CODEGEN_OUT_DIR ?? 'src/generated';
const testOutDir = process.env.CODEGEN_TEST_OUT_DIR ?? 'test/generated';
const webOutDir = process.env.CODEGEN_WEB_OUT_DIR ?? 'web/src/gql';
// How the schema's scalars read in TypeScript, for the server and the tests alike.
const scalars = { DateTime: 'string', Duration: 'string', JSON: 'Record<string, unknown>' };
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    [`${outDir}/schema.ts`]: { plugins: ['./codegen/sdl-module.js'] },
    [`${outDir}/graphql.ts`]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#RequestContext',
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars,
        mappers: {
          Cluster: '../store/entities#StoredCluster',
          City: '../store/entities#StoredCity',
          AuditEvent: '../store/entities#StoredAuditEvent',
          ModeChange: '../store/entities#StoredModeChange',
          CoordinationDesk: '../store/entities#StoredDesk',
          Me: '../auth/caller#Caller',
          Agreement: '../store/entities#StoredAgreement',
          AgreementVersion: '../store/entities#StoredAgreementVersion',
          Duty: '../store/entities#StoredDuty',
          Ratification: '../store/entities#StoredRatification',
          Decline: '../store/entities#StoredDecline',
          RiskEvent: '../store/entities#StoredRiskEvent',
          Obligation: '../store/entities#StoredObligation',
          ComplianceRecord: '../store/entities#StoredComplianceRecord',
          CityObligationSummary: '../services/obligations#CitySummary',
          ResourceType: '../store/entities#StoredResourceType',
          InventoryItem: '../store/entities#StoredInventoryItem',
          ReserveRequirement: '../store/entities#StoredReserveRequirement',
          Shortfall: '../services/resources#ShortfallView',
          CityContribution: '../domain/resources/shortfalls#Contribution',
          FixedShare: '../domain/compensation/split#CityShare',
          AidRequest: '../store/entities#StoredAidRequest',
          Claim: '../store/entities#StoredClaim',
          LedgerEntry: '../store/entities#StoredLedgerEntry',
          Payment: '../store/entities#StoredLedgerEntry',
          Fund: '../services/claims#FundView',
          PayerOwed: '../services/claims#PayerOwedView',
          FundContribution: '../store/entities#StoredFundContribution',
          AidOffer: '../store/entities#StoredAidOffer',
          CityAvailability: '../services/aid#CityAvailabilityView',
          TrustSettings: '../services/trust#TrustSettingsView',
          TrustStanding: '../services/trust#TrustStandingView',
          TrustDriver: '../services/trust#DriverView',
          TrustDriverGroup: '../services/trust#DriverGroupView',
          ClusterTrust: '../services/trust#ClusterTrustView',
          RankedTrust: '../services/trust#RankedTrustView',
          Dispute: '../store/entities#StoredDispute',
          Consequence: '../store/entities#StoredConsequence',
          Rubric: '../store/entities#StoredRubric',
          Criterion: '../store/entities#StoredCriterion',
          EvaluatorAccreditation: '../store/entities#StoredAccreditation',
          Evaluation: '../store/entities#StoredEvaluation',
          Assessment: '../store/entities#StoredAssessment',
          EvaluationResult: '../services/evaluations#EvaluationResultView',
          CriterionResult: '../store/entities#StoredCriterionResult',
          CorrectiveAction: '../store/entities#StoredCorrectiveAction',
          CorrectiveActionStep: '../store/entities#StoredCorrectiveActionStep',
          CorrectiveActionRejection: '../store/entities#StoredCorrectiveActionRejection',
          Lesson: '../store/entities#StoredLesson',
          SituationReport: '../store/entities#StoredSituationReport',
          EventPicture: '../services/situation-reports#EventPictureView',
          CitySituation: '../services/situation-reports#CitySituationView',
          WebhookSubscription: '../store/entities#StoredWebhookSubscription',
          CreatedWebhookSubscription: '../services/webhooks#CreatedSubscription',
          WebhookDelivery: '../store/entities#StoredWebhookDelivery',
          WebhookAttempt: '../store/entities#StoredWebhookAttempt',
          Notification: '../store/notifications#StoredNotification',
          NotificationSettings: '../services/notifications#NotificationSettingsView',
        },
      },
    },
    // The tests' operations, typed: `graphql(...)` in test/ returns a document whose data and variables are typed from
    // this schema, and an operation the schema does not accept fails codegen. Fragments are not masked, so a test reads
    // a fragment's fields directly.
    [`${testOutDir}/`]: {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, strictScalars: true, scalars, useTypeImports: true },
    },
    // The console's operations, typed the same way: a schema change that breaks a screen fails `npm run typecheck`.
    // Documents are plain strings (no GraphQL parser in the console's bundle).
    [`${webOutDir}/`]: {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, strictScalars: true, scalars, useTypeImports: true, documentMode: 'string' },
    },
  },
};
export default config;
