import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver parents are our store records (mappers), so resolvers never cast generated types.
// CODEGEN_OUT_DIR lets the staleness test generate into a temp folder and compare with what is committed.
const outDir = process.env.CODEGEN_OUT_DIR ?? 'src/generated';
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
        scalars: { DateTime: 'string', Duration: 'string' },
        mappers: {
          Cluster: '../store/records#ClusterRecord',
          City: '../store/records#CityRecord',
          AuditEvent: '../store/records#AuditEventRecord',
          ModeChange: '../store/records#ModeChangeRecord',
          CoordinationDesk: '../store/records#DeskRecord',
          Me: '../auth/caller#Caller',
          Agreement: '../store/records#AgreementRecord',
          AgreementVersion: '../store/records#AgreementVersionRecord',
          Duty: '../store/records#DutyRecord',
          Ratification: '../store/records#RatificationRecord',
          Decline: '../store/records#DeclineRecord',
          RiskEvent: '../store/records#RiskEventRecord',
          Obligation: '../store/records#ObligationRecord',
          ComplianceRecord: '../store/records#ComplianceRecordRecord',
          CityObligationSummary: '../services/obligations#CitySummary',
          ResourceType: '../store/entities#ResourceTypeItem',
          InventoryItem: '../store/entities#InventoryItemRecord',
          ReserveRequirement: '../store/entities#ReserveRequirementItem',
          Shortfall: '../services/resources#ShortfallView',
          CityContribution: '../domain/resources/shortfalls#Contribution',
          FixedShare: '../domain/compensation/split#CityShare',
          AidRequest: '../store/entities#AidRequestItem',
          Claim: '../store/entities#ClaimItemRecord',
          LedgerEntry: '../store/entities#LedgerEntryItem',
          FundContribution: '../store/entities#FundContributionItem',
          AidOffer: '../store/entities#AidOfferItem',
          CityAvailability: '../services/aid#CityAvailabilityView',
        },
      },
    },
  },
};
export default config;
