// How the docs/*-session.md scripts write one step: who said what where, then every
// message Baton sent because of it. One writer, so the session documents read alike.
import type { TestApp } from '../helpers/test-app.js';

type Sent = { chat: string; text: string }[] | undefined;

/** Indents a text as a markdown code block. */
export function block(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function pushSent(out: string[], status: number, error: string | undefined, sent: Sent, none: string): void {
  if (status !== 200) out.push(`(HTTP ${status}: ${error})`, '');
  else if (!sent || sent.length === 0) out.push(none, '');
  for (const x of sent ?? []) out.push(`**Baton** → \`${x.chat}\`:`, '', block(x.text), '');
}

/** A member's message and Baton's replies, as section `n`. */
export async function sayStep(
  out: string[],
  t: TestApp,
  n: number,
  s: { title: string; from: string; chat: string; text: string },
): Promise<void> {
  const r = await t.say(s.from, s.chat, s.text);
  out.push(`## ${n}. ${s.title}`, '', `**${s.from}** in \`${s.chat}\`:`, '', block(s.text), '');
  pushSent(out, r.status, r.body.error, r.body.replies, '_(no reply)_');
}

/** The clock moved to `at` and what the due jobs sent, as section `n`. */
export async function tickStep(out: string[], t: TestApp, n: number, s: { title: string; at: string }): Promise<void> {
  const r = await t.tick(s.at);
  out.push(`## ${n}. ${s.title}`, '', `**tick** \`${s.at}\``, '');
  pushSent(out, r.status, r.body.error, r.body.sent, '_(nothing sent)_');
}
