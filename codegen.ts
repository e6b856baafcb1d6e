import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver parents are our store records (mappers), so resolvers never cast generated types.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/schema.ts': { plugins: ['./codegen/sdl-module.js'] },
    'src/generated/graphql.ts': {
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
        },
      },
    },
  },
};
export default config;
