import { unitQuantity } from '../bounds';
import { BadInputError, InvalidStateError } from '../errors';
import { requiredText } from '../text';

export const AID_REQUEST_STATUSES = ['OPEN', 'FILLED', 'CANCELLED', 'CLOSED'] as const;
export type AidRequestStatus = (typeof AID_REQUEST_STATUSES)[number];

export const OFFER_STATUSES = [
  'OFFERED',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
  'DISPATCHED',
  'ARRIVED',
  'RETURNED',
  'CANCELLED',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** What a dispatching city may bill for aid (compensation claims have their own list: domain/compensation/terms.ts). */
export const AID_COST_KINDS = ['TRANSPORT', 'CONSUMABLES', 'PERSONNEL_HOURS', 'EQUIPMENT_WEAR', 'OTHER'] as const;
export type AidCostKind = (typeof AID_COST_KINDS)[number];
export type OfferAction = 'accept' | 'decline' | 'withdraw' | 'dispatch' | 'confirmArrival' | 'return' | 'cancel';

const FROM: Record<OfferAction, { from: OfferStatus[]; to: OfferStatus }> = {
  accept: { from: ['OFFERED'], to: 'ACCEPTED' },
  decline: { from: ['OFFERED'], to: 'DECLINED' },
  withdraw: { from: ['OFFERED'], to: 'WITHDRAWN' },
  dispatch: { from: ['ACCEPTED'], to: 'DISPATCHED' },
  confirmArrival: { from: ['DISPATCHED'], to: 'ARRIVED' },
  return: { from: ['DISPATCHED', 'ARRIVED'], to: 'RETURNED' },
  cancel: { from: ['ACCEPTED'], to: 'CANCELLED' },
};

/** The status an offer moves to, or a CONFLICT naming what the offer's status allows. */
export function nextOfferStatus(current: OfferStatus, action: OfferAction): OfferStatus {
  const step = FROM[action];
  if (step.from.includes(current)) return step.to;
  const allowed = (Object.keys(FROM) as OfferAction[]).filter((candidate) => FROM[candidate].from.includes(current));
  throw new InvalidStateError(
    `An offer that is ${current} cannot be ${step.to.toLowerCase()}. ${allowed.length ? `Allowed now: ${allowed.join(', ')}.` : 'It is finished.'}`,
    { currentState: current, allowed },
  );
}

/** Whole units, at least one, within the plausibility bound every quantity shares. */
export function aidQuantity(value: number, unit: string): number {
  return unitQuantity(value, 'quantity', unit, 1);
}

/** How consumption and return split the lent quantity; both are recorded, and they must add up. */
export function splitReturn(
  quantity: number,
  consumed: number,
  returned: number,
): { consumed: number; returned: number } {
  if (![consumed, returned].every((n) => Number.isInteger(n) && n >= 0))
    throw new BadInputError('Consumed and returned quantities are whole numbers, zero or more.');
  if (consumed + returned !== quantity) {
    throw new BadInputError(`Consumed (${consumed}) and returned (${returned}) must add up to the ${quantity} lent.`);
  }
  return { consumed, returned };
}

export interface CostItem {
  kind: AidCostKind;
  description: string;
  amountMinor: string;
  currency: string;
}

/**
 * Money is integer minor units as a string of digits (never a float), in the currency the cluster records money in:
 * costs are claimed later under the cluster's agreements, and an amount in another currency could not be compared.
 */
export function validateCostItems(
  items: Array<{ kind: CostItem['kind']; description: string; amount: { amountMinor: string; currency: string } }>,
  clusterCurrency: string,
): CostItem[] {
  if (items.length > 50) throw new BadInputError('Record at most 50 cost items at once.');
  return items.map((item, index) => {
    if (!/^(0|[1-9]\d{0,15})$/.test(item.amount.amountMinor)) {
      throw new BadInputError(
        `Cost item ${index + 1}: the amount must be whole minor units (fen), e.g. "125000" for ¥1,250.00 (got "${item.amount.amountMinor}").`,
      );
    }
    if (!/^[A-Z]{3}$/.test(item.amount.currency))
      throw new BadInputError(`Cost item ${index + 1}: the currency must be an ISO 4217 code such as CNY.`);
    if (item.amount.currency !== clusterCurrency)
      throw new BadInputError(
        `Cost item ${index + 1}: record it in ${clusterCurrency}, the currency this cluster records money in (not ${item.amount.currency}).`,
        { currency: clusterCurrency },
      );
    return {
      kind: item.kind,
      description: requiredText(item.description, `description of cost item ${index + 1}`, 500),
      amountMinor: item.amount.amountMinor,
      currency: item.amount.currency,
    };
  });
}

/** Great-circle distance in km (haversine): how far a partner's depot is from where the resources are needed. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.latitude - a.latitude);
  const dLon = toRad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
