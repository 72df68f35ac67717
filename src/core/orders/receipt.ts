// When after-sales should ask the customer whether the goods arrived: a number of
// days after shipment by how it went (sea takes longer than air or courier).
import type { ShipMode } from './parse-event.js';

export interface ReceiptDays {
  sea: number;
  air: number;
  courier: number;
  unknown: number;
}

export const DEFAULT_RECEIPT_DAYS: ReceiptDays = { sea: 7, air: 3, courier: 3, unknown: 7 };

export function receiptFollowUpAt(shippedAt: Date, mode: ShipMode | undefined | null, days: ReceiptDays): Date {
  const n = mode ? days[mode] : days.unknown;
  return new Date(shippedAt.getTime() + n * 86_400_000);
}
