import { unitQuantity } from '../bounds';
import { BadInputError } from '../errors';
import { requiredText } from '../text';

export const READINESS_STATES = ['READY', 'DEGRADED', 'UNAVAILABLE'] as const;
export type Readiness = (typeof READINESS_STATES)[number];

export interface StockFigures {
  onHand: number;
  shareable: number;
  committed: number;
}

export interface StorageLocation {
  name: string;
  latitude: number;
  longitude: number;
}

/** 100 writes per DynamoDB transaction: two per item (the item and its history) and one for the city's tally. */
export const MAX_BATCH = 49;

const quantity = (value: number, label: string, unit: string) => unitQuantity(value, label, unit, 0);

/**
 * Checks stock figures against each other: shareable ≤ on hand, and committed ≤ shareable (stock already promised
 * through mutual aid cannot be withdrawn by lowering what is shareable). Names the unit so an official sees the scale.
 */
export function validateStock(figures: StockFigures, unit: string): StockFigures {
  const onHand = quantity(figures.onHand, 'quantity on hand', unit);
  const shareable = quantity(figures.shareable, 'shareable quantity', unit);
  if (shareable > onHand)
    throw new BadInputError(
      `The shareable quantity (${shareable} ${unit}s) cannot exceed what is on hand (${onHand}).`,
    );
  if (figures.committed > shareable) {
    throw new BadInputError(
      `${figures.committed} ${unit}s are already committed to other cities through mutual aid; the shareable quantity cannot go below that (asked ${shareable}). Release or complete those commitments first.`,
      { committed: figures.committed },
    );
  }
  return { onHand, shareable, committed: figures.committed };
}

export function validateStorage(storage: StorageLocation): StorageLocation {
  if (storage.latitude < -90 || storage.latitude > 90)
    throw new BadInputError('The storage latitude must be between -90 and 90.');
  if (storage.longitude < -180 || storage.longitude > 180)
    throw new BadInputError('The storage longitude must be between -180 and 180.');
  return { ...storage, name: requiredText(storage.name, 'storage location name', 200) };
}
