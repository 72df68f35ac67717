// Orders (issue 20): chases unacknowledged production sheets on working days,
// escalates each once to the clerk's supervisor, and reminds after-sales to follow
// up on receipt after a shipment.
import type { AppDeps } from '../deps.js';
import type { ScheduledJob } from './scheduled-job.js';
import { ordersStore } from '../services/orders/store.js';
import { chaseSheets, remindReceipts } from '../services/orders/chase.js';

export const orderChaserJob: ScheduledJob = {
  name: 'order-chaser',
  cron: '30 9 * * *',
  async run(deps: AppDeps, now: Date) {
    const ids = await deps.repos.transaction(async (tx) => {
      const env = { store: ordersStore(tx), now, tz: deps.config.tz, config: deps.config.orders };
      const notices = [...(await chaseSheets(env)), ...(await remindReceipts(env))];
      return tx.outbox.enqueue(notices);
    });
    return { outboxIds: ids };
  },
};
