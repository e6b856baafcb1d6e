import { agreementRepository } from './agreements';
import { auditRepository } from './audit';
import { riskEventRepository } from './events';
import { obligationRepository } from './obligations';
import { complianceRepository } from './compliance';
import { evaluationRepository } from './evaluations';
import { aidRepository } from './aid';
import { claimRepository } from './claims';
import { fundRepository, ledgerRepository } from './ledger';
import { inventoryRepository } from './inventory';
import { resourceRepository } from './resources';
import { cityRepository } from './cities';
import { clusterRepository } from './clusters';
import { situationReportRepository } from './situation-reports';
import { webhookRepository } from './webhooks';
import { notificationRepository } from './notifications';
import { correctiveActionRepository } from './corrective';
import { upkeepRepository } from './upkeep';

/** Everything resolvers may ask of the store, reached through the request context. */
export const repositories = {
  clusters: clusterRepository,
  cities: cityRepository,
  audit: auditRepository,
  agreements: agreementRepository,
  events: riskEventRepository,
  obligations: obligationRepository,
  compliance: complianceRepository,
  evaluations: evaluationRepository,
  resources: resourceRepository,
  inventory: inventoryRepository,
  aid: aidRepository,
  claims: claimRepository,
  ledger: ledgerRepository,
  fund: fundRepository,
  situationReports: situationReportRepository,
  webhooks: webhookRepository,
  notifications: notificationRepository,
  correctiveActions: correctiveActionRepository,
  upkeep: upkeepRepository,
};
export type Repositories = typeof repositories;
