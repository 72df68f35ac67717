// Writes docs/bot-session.md: a real console session with the bot, one step per
// feature, with the replies exactly as the app sent them (whole app, fresh in-memory DB).
// Run: npx tsx test/scripts/bot-session.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp } from '../helpers/test-app.js';
import { sayStep } from './session-markdown.js';
import { packageRoot } from '../../src/core/package-root.js';
import { ACME_FIRST_CHAT, ACME_SECOND_CHAT } from '../integration/bot/conversation-helpers.js';

const STEPS: { title: string; from: string; chat: string; text: string }[] = [
  {
    title: 'Forward a chat with a new customer (header line names it)',
    from: 'lily',
    chat: 'dm:lily',
    text: ACME_FIRST_CHAT,
  },
  { title: 'Forward the same chat again: nothing changes', from: 'lily', chat: 'dm:lily', text: ACME_FIRST_CHAT },
  {
    title: 'Forward a later chat: the delivery date changes, the teams hear of it',
    from: 'lily',
    chat: 'dm:lily',
    text: ACME_SECOND_CHAT,
  },
  { title: 'The same later chat again: no second notice', from: 'lily', chat: 'dm:lily', text: ACME_SECOND_CHAT },
  { title: 'Ask (English)', from: 'lily', chat: 'dm:lily', text: 'what does ACME need?' },
  { title: 'Ask by contact name (Chinese)', from: 'lily', chat: 'dm:lily', text: '张总那边要什么?' },
  { title: 'Ask for one kind', from: 'lily', chat: 'dm:lily', text: 'ACME 交货期是哪天?' },
  { title: 'Correct in context (Chinese)', from: 'lily', chat: 'dm:lily', text: '不对，交货期是12月12日' },
  { title: 'Correct with /fix', from: 'lily', chat: 'dm:lily', text: '/fix ACME packaging standard' },
  { title: 'Remove a requirement', from: 'lily', chat: 'dm:lily', text: 'remove the logo requirement for ACME' },
  { title: 'What changed this week', from: 'lily', chat: 'dm:lily', text: 'what changed for ACME this week?' },
  { title: 'A short statement naming the customer', from: 'lily', chat: 'dm:lily', text: 'ACME wants 8000 pcs' },
  {
    title: 'A chat with no customer named: Baton asks',
    from: 'bob',
    chat: 'dm:bob',
    text: 'Tom: we need 300 sets, CE certified\nBob: ok\nTom: deliver to Hamburg',
  },
  { title: 'The answer creates the customer', from: 'bob', chat: 'dm:bob', text: 'Globex GmbH' },
  {
    title: 'A second "ACME"',
    from: 'lily',
    chat: 'dm:lily',
    text: 'Customer: ACME Tools\nMike: we need 200 cartons\nLily: noted',
  },
  { title: 'Ambiguous name: choices', from: 'lily', chat: 'dm:lily', text: 'ACME 要什么？' },
  { title: 'Answering the choice', from: 'lily', chat: 'dm:lily', text: '2' },
  { title: 'Unknown customer: choices', from: 'lily', chat: 'dm:lily', text: 'what does Initech need?' },
  { title: 'Cancel', from: 'lily', chat: 'dm:lily', text: 'cancel' },
  {
    title: "Another rep's customer: polite refusal",
    from: 'bob',
    chat: 'dm:bob',
    text: 'what does ACME Trading need?',
  },
  { title: 'The supervisor sees the team', from: 'wang', chat: 'dm:wang', text: '/customers' },
  { title: 'My customers (Chinese)', from: 'lily', chat: 'dm:lily', text: '我有哪些客户?' },
  {
    title: "In the group with the customer's buyer: nothing sensitive",
    from: 'lily',
    chat: 'group:acme-external',
    text: 'what does ACME Trading need?',
  },
  {
    title: 'The outsider, not addressing Baton: silence',
    from: 'ext:acme',
    chat: 'group:acme-external',
    text: 'any news on our order?',
  },
  {
    title: 'The outsider addressing Baton',
    from: 'ext:acme',
    chat: 'group:acme-external',
    text: '@Baton what payment terms did we agree?',
  },
  {
    title: 'Log a follow-up (Chinese)',
    from: 'lily',
    chat: 'dm:lily',
    text: '今天电话跟进了ACME Trading，下周一再联系',
  },
  {
    title: 'Log a follow-up (English)',
    from: 'bob',
    chat: 'dm:bob',
    text: 'Emailed Globex today, follow up in 3 days',
  },
  { title: 'Set the tier (Chinese)', from: 'lily', chat: 'dm:lily', text: 'ACME Trading 是A类客户' },
  { title: 'Set the tier (English)', from: 'bob', chat: 'dm:bob', text: 'set Globex tier B' },
  {
    title: 'Subscribe a group to a customer',
    from: 'wang',
    chat: 'group:after-sales',
    text: '/subscribe ACME Trading',
  },
  {
    title: 'A sensitive kind cannot go to a group',
    from: 'wang',
    chat: 'group:after-sales',
    text: '/subscribe payment_terms',
  },
  { title: 'Finance subscribes to payment terms in a direct chat', from: 'sun', chat: 'dm:sun', text: '订阅 付款方式' },
  {
    title: 'A chat that changes packaging and payment',
    from: 'lily',
    chat: 'dm:lily',
    text: '张总: 包装改成彩盒，用我们的设计\n陈莉: 好的\n张总: 付款改成40%定金',
  },
  { title: 'A correction (Chinese)', from: 'lily', chat: 'dm:lily', text: '不对，交货期是12月15日' },
  {
    title: 'Take it back: /撤销 restores the earlier date and retracts the notices in the same chats',
    from: 'lily',
    chat: 'dm:lily',
    text: '/撤销',
  },
  {
    title: "Another customer's chat right after, no customer line: Baton asks instead of filing it under ACME",
    from: 'lily',
    chat: 'dm:lily',
    text: '王经理 2026-11-19 09:00\n我们要3000把雨伞，交货期1月15日前\n陈莉 2026-11-19 09:05\n好的',
  },
  {
    title: 'A question while Baton waits: answered as a question; the pending one is asked again',
    from: 'lily',
    chat: 'dm:lily',
    text: 'ACME Trading 交货期是哪天?',
  },
  { title: 'Lily answers — with the wrong customer', from: 'lily', chat: 'dm:lily', text: '1' },
  {
    title: '/改归 (/move) files that chat under the right customer: taken back from ACME, applied there',
    from: 'lily',
    chat: 'dm:lily',
    text: '/改归 远航贸易',
  },
  { title: 'Unsubscribe', from: 'wang', chat: 'group:after-sales', text: '/unsubscribe ACME Trading' },
  { title: "Help (a bare command: in the member's language)", from: 'bob', chat: 'dm:bob', text: '/help' },
  { title: 'Help in English words', from: 'bob', chat: 'dm:bob', text: 'help' },
  { title: 'More on one topic', from: 'bob', chat: 'dm:bob', text: '/help undo' },
  { title: 'Something Baton does not understand', from: 'lily', chat: 'dm:lily', text: '嗯嗯' },
];

async function main(): Promise<void> {
  const t = await createTestApp();
  const out: string[] = [
    '# A console session with Baton',
    '',
    'Generated by `npx tsx test/scripts/bot-session.ts` on a fresh in-memory database with the demo team',
    '(lily and bob are reps under wang; zhao is the order clerk; sun is finance). Every reply below is the',
    "app's real output, including the notices a message caused in other chats. Times in the cards are the",
    "transcripts' own; follow-up dates count from the day the script ran.",
    '',
  ];
  try {
    for (const [i, s] of STEPS.entries()) await sayStep(out, t, i + 1, s);
  } finally {
    await t.close();
  }
  writeFileSync(join(packageRoot(), 'docs', 'bot-session.md'), out.join('\n'));
}

await main();
