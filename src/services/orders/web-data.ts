// What the web pages show of a customer's orders: each order with its events, its
// sheet versions (with the differences), acknowledgements and questions.
import type { Repositories } from '../../deps.js';
import type { Member } from '../../core/team.js';
import type { OrderEventRecord, OrderRecord, SheetQuestion, SheetRecord } from '../../core/orders/records.js';
import { ordersStore } from './store.js';

export interface OrderView {
  order: OrderRecord;
  events: OrderEventRecord[];
  sheets: (SheetRecord & { questions: SheetQuestion[] })[];
}

export async function customerOrders(db: Repositories, customerId: string): Promise<OrderView[]> {
  const s = ordersStore(db);
  const out: OrderView[] = [];
  for (const order of await s.ordersOfCustomer(customerId)) {
    const sheets = await s.sheetsOfOrder(order.id);
    if (sheets.length === 0 && !order.confirmedAt) continue; // imported orders are listed by the page already
    out.push({
      order,
      events: await s.eventsOfOrder(order.id),
      sheets: await Promise.all(sheets.map(async (x) => ({ ...x, questions: await s.questionsOfSheet(x.id) }))),
    });
  }
  return out;
}

export async function sheetForPrint(
  db: Repositories,
  id: string,
): Promise<{ sheet: SheetRecord; members: Member[]; questions: SheetQuestion[] } | undefined> {
  const s = ordersStore(db);
  const sheet = await s.findSheet(id);
  if (!sheet) return undefined;
  return { sheet, members: await s.listMembers(), questions: await s.questionsOfSheet(id) };
}
