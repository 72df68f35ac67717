// Orders and production sheets as services see them (the repositories map rows to these).
import type { OrderEventKind, ShipMode } from './parse-event.js';
import type { SheetDiffLine, SheetItem } from './sheet.js';

export type OrderStatus = 'open' | 'shipped' | 'delivered' | 'closed' | 'cancelled';

export interface OrderRecord {
  id: string;
  customerId: string;
  orderNo: string | null;
  orderedAt: string;
  status: OrderStatus;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  shipMode: ShipMode | null;
  tracking: string | null;
}

export interface OrderEventRecord {
  id: string;
  orderId: string;
  customerId: string;
  kind: OrderEventKind;
  saidBy: string | null;
  at: Date;
  messageId: string | null;
  details: Record<string, unknown>;
}

export type SheetStatus = 'pending' | 'acknowledged' | 'superseded';

export interface SheetRecord {
  id: string;
  orderId: string;
  customerId: string;
  version: number;
  items: SheetItem[];
  diff: SheetDiffLine[];
  createdAt: Date;
  createdBy: string | null;
  clerkId: string | null;
  repId: string | null;
  dueAt: Date;
  status: SheetStatus;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  questioned: boolean;
  escalatedAt: Date | null;
}

export interface SheetQuestion {
  id: string;
  sheetId: string;
  askedBy: string;
  askedTo: string;
  question: string;
  askedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
}

export interface OrderOffer {
  id: string;
  chatId: string;
  memberId: string;
  customerId: string;
  messageId: string | null;
  evidence: string;
  createdAt: Date;
}

export interface OrderFollowup {
  id: string;
  orderId: string;
  customerId: string;
  memberId: string;
  dueAt: Date;
}
