/**
 * What CityPact tells its parties. An announcement is written (as an outbox item) in the same DynamoDB transaction as
 * the fact it announces; a dispatcher later fans it out to the recipients' inboxes and to matching webhook
 * subscriptions. It never crosses its cluster.
 */
export const NOTIFICATION_TYPES = [
  'OBLIGATION_CREATED',
  'OBLIGATION_DUE_SOON',
  'OBLIGATION_OVERDUE',
  'AGREEMENT_PROPOSED',
  'AID_REQUESTED',
  'AID_OFFER_RECEIVED',
  'AID_OFFER_ACCEPTED',
  'AID_OFFER_DECLINED',
  'CLAIM_DECIDED',
  'COMPLIANCE_RECORDED',
  'DISPUTE_OPENED',
  'DISPUTE_RESOLVED',
  'EVENT_ESCALATED',
  'EVALUATION_OPENED',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Who an announcement is for: a member city's officers, the cluster's office, its superiors, an evaluation's panel. */
export type Recipient =
  | { kind: 'CITY'; cityId: string }
  | { kind: 'OFFICE' }
  | { kind: 'SUPERIOR' }
  | { kind: 'PANEL'; evaluationId: string };

/** The records an announcement is about, by id (only those that apply). */
export interface AnnouncedRecords {
  eventId?: string;
  obligationId?: string;
  agreementId?: string;
  aidRequestId?: string;
  aidOfferId?: string;
  claimId?: string;
  recordId?: string;
  evaluationId?: string;
  cityId?: string;
}

export interface Announcement {
  /** Unique and derived from the fact (so a retried write announces once). */
  id: string;
  clusterId: string;
  type: NotificationType;
  /** When the fact happened (ISO-8601, from the clock seam). */
  at: string;
  about: AnnouncedRecords;
  /** One plain sentence an official understands, naming cities by their names. */
  message: string;
  recipients: Recipient[];
}
