import type { Resolvers } from '../generated/graphql';
import { agreementResolvers } from './agreements';
import { aidResolvers } from './aid';
import { claimResolvers } from './claims';
import { auditResolvers } from './audit';
import { eventResolvers } from './events';
import { obligationResolvers } from './obligations';
import { resourceResolvers } from './resources';
import { cityResolvers } from './cities';
import { clusterResolvers } from './clusters';
import { meResolvers } from './me';
import { trustResolvers } from './trust';
import { evaluationResolvers } from './evaluations';
import { situationReportResolvers } from './situation-reports';
import { webhookResolvers } from './webhooks';
import { notificationResolvers } from './notifications';
import { correctiveResolvers } from './corrective';
import { DateTime, Duration, JSONScalar } from './scalars';

const areas: Resolvers[] = [
  meResolvers,
  clusterResolvers,
  cityResolvers,
  auditResolvers,
  agreementResolvers,
  eventResolvers,
  obligationResolvers,
  resourceResolvers,
  aidResolvers,
  claimResolvers,
  trustResolvers,
  evaluationResolvers,
  situationReportResolvers,
  webhookResolvers,
  notificationResolvers,
  correctiveResolvers,
];

/** Merges each area's resolvers type by type (an area adds fields; it never replaces another's). */
export const resolvers: Resolvers = areas.reduce<Resolvers>(
  (merged, area) => {
    for (const [typeName, fields] of Object.entries(area)) {
      const target = merged as Record<string, object>;
      target[typeName] = { ...(target[typeName] ?? {}), ...fields };
    }
    return merged;
  },
  { DateTime, Duration, JSON: JSONScalar },
);
