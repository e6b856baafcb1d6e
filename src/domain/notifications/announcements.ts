import type { Announcement, Recipient } from '../notifications';
import { announcementId } from './ids';
import { spokenLead } from './reminders';

/**
 * The announcement of each kind of fact, built from what the write already holds: one place for who is told what and
 * in which words (docs/API.md lists the same). Cities are named by their names; the office as "the coordination office".
 */

/** An instant as officials read it: "2026-12-01 06:00 UTC". */
export function spokenTime(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;
}

const OFFICE = 'the coordination office';
/** A category as a sentence says it: NATURAL_DISASTER is "natural disaster". */
const spokenCategory = (category: string) => category.toLowerCase().replace(/_/g, ' ');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What an obligation announcement needs of the obligation (as stored: it carries its city's and event's labels). */
export interface AnnouncedObligation {
  obligationId: string;
  clusterId: string;
  eventId?: string;
  agreementId: string;
  cityId?: string;
  cityName?: string;
  action: string;
  eventCategory?: string;
  eventDescription?: string;
  dueAt: string;
}

function obligee(obligation: AnnouncedObligation): { recipient: Recipient; name: string } {
  return obligation.cityId
    ? { recipient: { kind: 'CITY', cityId: obligation.cityId }, name: obligation.cityName ?? obligation.cityId }
    : { recipient: { kind: 'OFFICE' }, name: OFFICE };
}

function duty(obligation: AnnouncedObligation): string {
  const event = obligation.eventDescription
    ? ` for the ${spokenCategory(obligation.eventCategory ?? '')} event "${obligation.eventDescription}"`
    : '';
  return `"${obligation.action}"${event}`;
}

function aboutObligation(obligation: AnnouncedObligation): Announcement['about'] {
  return {
    obligationId: obligation.obligationId,
    agreementId: obligation.agreementId,
    ...(obligation.eventId ? { eventId: obligation.eventId } : {}),
    ...(obligation.cityId ? { cityId: obligation.cityId } : {}),
  };
}

export function obligationCreated(obligation: AnnouncedObligation, at: string): Announcement {
  const { recipient, name } = obligee(obligation);
  return {
    id: announcementId('OBLIGATION_CREATED', obligation.obligationId),
    clusterId: obligation.clusterId,
    type: 'OBLIGATION_CREATED',
    at,
    about: aboutObligation(obligation),
    message: `${capitalised(name)} now owes ${duty(obligation)}, due by ${spokenTime(obligation.dueAt)}.`,
    recipients: [recipient],
  };
}

/** Once per obligation and lead time: the lead time is part of the id. */
export function obligationDueSoon(obligation: AnnouncedObligation, leadMs: number, at: string): Announcement {
  const { recipient, name } = obligee(obligation);
  return {
    id: announcementId('OBLIGATION_DUE_SOON', obligation.obligationId, String(leadMs)),
    clusterId: obligation.clusterId,
    type: 'OBLIGATION_DUE_SOON',
    at,
    about: aboutObligation(obligation),
    message: `Reminder: ${name} owes ${duty(obligation)} by ${spokenTime(obligation.dueAt)}, within ${spokenLead(Date.parse(obligation.dueAt) - Date.parse(at))}.`,
    recipients: [recipient],
  };
}

export function obligationOverdue(obligation: AnnouncedObligation, at: string): Announcement {
  const { recipient, name } = obligee(obligation);
  return {
    id: announcementId('OBLIGATION_OVERDUE', obligation.obligationId),
    clusterId: obligation.clusterId,
    type: 'OBLIGATION_OVERDUE',
    at,
    about: aboutObligation(obligation),
    message: `${capitalised(name)} missed the deadline of ${spokenTime(obligation.dueAt)} for ${duty(obligation)}; it is now recorded as late.`,
    recipients: recipient.kind === 'OFFICE' ? [recipient] : [recipient, { kind: 'OFFICE' }],
  };
}

function announced(
  type: Announcement['type'],
  fact: string[],
  clusterId: string,
  at: string,
  about: Announcement['about'],
  message: string,
  recipients: Recipient[],
): Announcement {
  return { id: announcementId(type, ...fact), clusterId, type, at, about, message, recipients };
}

const cities = (cityIds: readonly string[]): Recipient[] =>
  [...new Set(cityIds)].map((cityId) => ({ kind: 'CITY', cityId }));

/** Every party is asked to ratify or decline; once per proposed version. */
export function agreementProposed(
  version: {
    agreementId: string;
    clusterId: string;
    versionNo: number;
    title: string;
    partyCityIds: readonly string[];
  },
  at: string,
): Announcement {
  return announced(
    'AGREEMENT_PROPOSED',
    [version.agreementId, String(version.versionNo)],
    version.clusterId,
    at,
    { agreementId: version.agreementId },
    `The coordination office proposes version ${version.versionNo} of the agreement "${version.title}": ratify or decline it.`,
    cities(version.partyCityIds),
  );
}

/** The superior level is told once per event (an event is escalated once). */
export function eventEscalated(
  event: { eventId: string; clusterId: string; category: string; description: string; level: string },
  originCityName: string,
  escalation: { reason: string; automatic: boolean },
  at: string,
): Announcement {
  return announced(
    'EVENT_ESCALATED',
    [event.eventId],
    event.clusterId,
    at,
    { eventId: event.eventId },
    `The ${spokenCategory(event.category)} event "${event.description}" reported by ${originCityName} (level ${event.level}) was escalated to the superior level${escalation.automatic ? ' automatically' : ''}: ${escalation.reason}`,
    [{ kind: 'SUPERIOR' }],
  );
}

export interface AnnouncedAidRequest {
  requestId: string;
  clusterId: string;
  requesterCityId: string;
  quantity: number;
  minimumTier: string;
  neededBy: string;
  eventId?: string;
}

/** What the request is for, as a partner reads it: "40 units of Mobile pump (Type II or better)". */
export interface AidGoods {
  typeName: string;
  unit: string;
}
const goods = (quantity: number, { typeName, unit }: AidGoods) =>
  `${quantity} ${unit}${quantity === 1 ? '' : 's'} of ${typeName}`;

/** To the member cities holding matching stock they could offer (none: announced to no one). */
export function aidRequested(
  request: AnnouncedAidRequest,
  requesterName: string,
  what: AidGoods,
  holders: readonly string[],
  at: string,
): Announcement {
  return announced(
    'AID_REQUESTED',
    [request.requestId],
    request.clusterId,
    at,
    {
      aidRequestId: request.requestId,
      cityId: request.requesterCityId,
      ...(request.eventId ? { eventId: request.eventId } : {}),
    },
    `${requesterName} asks for ${goods(request.quantity, what)} (Type ${request.minimumTier} or better) by ${spokenTime(request.neededBy)}; you hold some you could offer.`,
    cities(holders.filter((cityId) => cityId !== request.requesterCityId)),
  );
}

export interface AnnouncedAidOffer {
  offerId: string;
  requestId: string;
  clusterId: string;
  fromCityId: string;
  quantity: number;
}

const aboutOffer = (offer: AnnouncedAidOffer): Announcement['about'] => ({
  aidOfferId: offer.offerId,
  aidRequestId: offer.requestId,
  cityId: offer.fromCityId,
});

/** To the requesting city. */
export function aidOfferReceived(
  offer: AnnouncedAidOffer,
  requesterCityId: string,
  offererName: string,
  what: AidGoods,
  at: string,
): Announcement {
  return announced(
    'AID_OFFER_RECEIVED',
    [offer.offerId],
    offer.clusterId,
    at,
    aboutOffer(offer),
    `${offererName} offers ${goods(offer.quantity, what)} for your request: accept or decline it.`,
    cities([requesterCityId]),
  );
}

/** To the offering city: its stock is now committed. */
export function aidOfferAccepted(
  offer: AnnouncedAidOffer,
  requesterName: string,
  what: AidGoods,
  at: string,
): Announcement {
  return announced(
    'AID_OFFER_ACCEPTED',
    [offer.offerId],
    offer.clusterId,
    at,
    aboutOffer(offer),
    `${requesterName} accepted your offer of ${goods(offer.quantity, what)}; it is committed until you dispatch it.`,
    cities([offer.fromCityId]),
  );
}

export function aidOfferDeclined(
  offer: AnnouncedAidOffer,
  requesterName: string,
  what: AidGoods,
  reason: string,
  at: string,
): Announcement {
  return announced(
    'AID_OFFER_DECLINED',
    [offer.offerId],
    offer.clusterId,
    at,
    aboutOffer(offer),
    `${requesterName} declined your offer of ${goods(offer.quantity, what)}: ${reason}`,
    cities([offer.fromCityId]),
  );
}

/** To the claimant and the cities that now owe it a share. Once per claim (a claim is decided once). */
export function claimDecided(
  claim: { claimId: string; clusterId: string; eventId?: string; agreementId: string; claimantCityId: string },
  claimantName: string,
  outcome: string,
  payerCityIds: readonly string[],
  at: string,
): Announcement {
  return announced(
    'CLAIM_DECIDED',
    [claim.claimId],
    claim.clusterId,
    at,
    {
      claimId: claim.claimId,
      agreementId: claim.agreementId,
      cityId: claim.claimantCityId,
      ...(claim.eventId ? { eventId: claim.eventId } : {}),
    },
    `The coordination office decided ${claimantName}'s claim: ${outcome}.`,
    cities([claim.claimantCityId, ...payerCityIds]),
  );
}

export interface AnnouncedRecord {
  recordId: string;
  clusterId: string;
  cityId?: string;
  kind: string;
  eventId?: string;
  obligationId?: string;
  agreementId?: string;
  claimId?: string;
}

function aboutRecord(record: AnnouncedRecord): Announcement['about'] {
  return Object.fromEntries(
    Object.entries({
      recordId: record.recordId,
      cityId: record.cityId,
      eventId: record.eventId,
      obligationId: record.obligationId,
      agreementId: record.agreementId,
      claimId: record.claimId,
    }).filter(([, value]) => value !== undefined),
  );
}

const subjectOf = (record: AnnouncedRecord): Recipient =>
  record.cityId ? { kind: 'CITY', cityId: record.cityId } : { kind: 'OFFICE' };

/** To the subject of the record, who may dispute it within the window. */
export function complianceRecorded(
  record: AnnouncedRecord & { disputeWindowEndsAt?: string },
  words: { recorderName: string; subjectName: string; kindLabel: string },
  at: string,
): Announcement {
  return announced(
    'COMPLIANCE_RECORDED',
    [record.recordId],
    record.clusterId,
    at,
    aboutRecord(record),
    `${words.recorderName} recorded "${words.kindLabel}" about ${words.subjectName}${record.disputeWindowEndsAt ? `; it may be disputed until ${spokenTime(record.disputeWindowEndsAt)}` : ''}.`,
    [subjectOf(record)],
  );
}

/** To whoever resolves the dispute: the office, or the superior level for the office's own records and its own. */
export function disputeOpened(
  record: AnnouncedRecord,
  words: { subjectName: string; kindLabel: string },
  resolver: 'OFFICE' | 'SUPERIOR',
  at: string,
): Announcement {
  return announced(
    'DISPUTE_OPENED',
    [record.recordId],
    record.clusterId,
    at,
    aboutRecord(record),
    `${capitalised(words.subjectName)} disputes the "${words.kindLabel}" record about it; it awaits your decision.`,
    [{ kind: resolver }],
  );
}

/** To the subject that disputed it. */
export function disputeResolved(
  record: AnnouncedRecord,
  words: { kindLabel: string; resolution: 'UPHELD' | 'OVERTURNED'; reasons: string },
  at: string,
): Announcement {
  const outcome =
    words.resolution === 'UPHELD' ? 'upheld: the record stands' : 'overturned: the record no longer counts';
  return announced(
    'DISPUTE_RESOLVED',
    [record.recordId],
    record.clusterId,
    at,
    aboutRecord(record),
    `Your dispute of the "${words.kindLabel}" record was ${outcome}. ${words.reasons}`,
    [subjectOf(record)],
  );
}

/** To each evaluator on the panel. */
export function evaluationOpened(
  evaluation: { evaluationId: string; clusterId: string; title: string; eventId?: string; cityId?: string },
  at: string,
): Announcement {
  return announced(
    'EVALUATION_OPENED',
    [evaluation.evaluationId],
    evaluation.clusterId,
    at,
    Object.fromEntries(
      Object.entries({
        evaluationId: evaluation.evaluationId,
        eventId: evaluation.eventId,
        cityId: evaluation.cityId,
      }).filter(([, value]) => value !== undefined),
    ),
    `You are on the panel of the evaluation "${evaluation.title}": your assessment is awaited.`,
    [{ kind: 'PANEL', evaluationId: evaluation.evaluationId }],
  );
}
