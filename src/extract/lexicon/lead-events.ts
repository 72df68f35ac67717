// Events a lead time is counted from ("35 days after deposit", "收到定金后30天"),
// read by rules/delivery.ts: a count of days after one of these is a lead time.
import { terms } from './terms.js';

export const LEAD_EVENTS = terms(`
  deposit | receipt of deposit | receiving deposit | receiving the deposit | order | order confirmation | PO | payment | advance payment
  artwork | artwork confirm | artwork confirmation | artwork approval | design approval | sample approval | sample confirmation | approval | confirmation
  定金 | 订金 | 收到定金 | 收到订金 | 付款 | 下单 | 确认 | 确认订单 | 确认样品 | 打样确认 | 样品确认 | 稿子确认 | 确认稿 | 确认设计
`);
