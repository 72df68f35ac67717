// How a follow-up happened, from the words that tell it ("打电话", "emailed").
import type { FollowUpChannel } from '../../../core/records.js';

export function channelOf(text: string): FollowUpChannel {
  if (/电话|call|phone|rang/i.test(text)) return 'phone';
  if (/whatsapp/i.test(text)) return 'whatsapp';
  if (/微信|wechat/i.test(text)) return 'wechat';
  if (/邮件|e-?mail/i.test(text)) return 'email';
  if (/拜访|上门|见了面|visit/i.test(text)) return 'visit';
  if (/会议|开了会|meeting|\bmet\b/i.test(text)) return 'meeting';
  return 'other';
}
