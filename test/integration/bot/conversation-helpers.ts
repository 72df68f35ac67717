// Shared bits of the bot conversation tests: demo transcripts and reply lookup.
import type { TestApp } from '../../helpers/test-app.js';

export const ACME_FIRST_CHAT = [
  '客户：ACME Trading',
  '张总 2026-11-18 10:02',
  '你好，我们要5000个，交货期12月20日前',
  '陈莉 2026-11-18 10:05',
  '好的张总，需要定制logo吗？',
  '张总 2026-11-18 10:06',
  '要印我们的logo，中性包装，30%定金70%发货前',
].join('\n');

export const ACME_SECOND_CHAT = [
  '张总 2026-11-20 14:30',
  '交货期改到12月10日，数量不变',
  '陈莉 2026-11-20 14:35',
  '好的',
].join('\n');

export type SayResult = Awaited<ReturnType<TestApp['say']>>;

/** Texts the bot sent into `chat` as a result of one message. */
export function to(r: SayResult, chat: string): string[] {
  return (r.body.replies ?? []).filter((x) => x.chat === chat).map((x) => x.text);
}

export function chatsReached(r: SayResult): string[] {
  return [...new Set((r.body.replies ?? []).map((x) => x.chat))].sort();
}
