// The console's use cases: post a message as a team member (or the demo outsider),
// read a chat, and run the scheduled jobs as if the clock read a given time.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../deps.js';
import { InputError } from '../core/errors.js';
import { findChat, findMember, isChatParticipant } from '../db/repositories/team.js';
import { messageState } from '../db/repositories/messages.js';
import { outboxByIds, outboxForSource, type OutboxRow } from '../db/repositories/outbox.js';
import { ingestMessages } from './ingest.js';
import type { AdjustableClock } from '../core/clock.js';

export interface ConsoleReply { chat: string; text: string; at: string }

const toReply = (r: OutboxRow): ConsoleReply => ({ chat: r.chatId, text: r.text, at: r.createdAt.toISOString() });

export async function postConsoleMessage(
  deps: AppDeps,
  input: { chat: string; from: string; text: string; id?: string },
  waitMs = 15_000,
): Promise<{ message: { id: string }; replies: ConsoleReply[]; pending?: boolean }> {
  const chat = await findChat(deps.db, input.chat);
  if (!chat || chat.platform !== 'console') throw new InputError(404, 'unknown_chat', `unknown chat "${input.chat}"`);
  const member = await findMember(deps.db, input.from);
  const isOutsider = !member && input.from.startsWith('ext:');
  if (!member && !isOutsider) throw new InputError(404, 'unknown_user', `unknown user "${input.from}"`);
  if (member && !member.active) throw new InputError(403, 'inactive_user', `user "${input.from}" has left the team`);
  if (!(await isChatParticipant(deps.db, chat.id, input.from))) {
    throw new InputError(403, 'not_a_member', `"${input.from}" is not a member of chat "${input.chat}"`);
  }
  const externalId = input.id ?? randomUUID();
  const res = await ingestMessages(deps, [{
    platform: 'console', externalId, chatExternalId: chat.externalId, chatType: chat.kind,
    senderExternalId: input.from, senderName: member?.name ?? input.from, text: input.text,
    sentAt: deps.clock.now(), raw: { chat: input.chat, from: input.from, text: input.text, id: input.id },
  }]);
  const row = await deps.db.selectFrom('messages').select('id').where('platform', '=', 'console').where('external_id', '=', externalId).executeTakeFirstOrThrow();
  void res;
  const finished = await waitUntil(deps, async () => {
    const state = await messageState(deps.db, row.id);
    if (state !== 'done' && state !== 'failed') return false;
    const out = await outboxForSource(deps.db, row.id);
    return out.every((o) => o.state !== 'pending' && o.state !== 'sending');
  }, waitMs);
  const replies = (await outboxForSource(deps.db, row.id)).filter((o) => o.state === 'sent').map(toReply);
  return { message: { id: row.id }, replies, ...(finished ? {} : { pending: true }) };
}

export async function readConsoleChat(deps: AppDeps, chatId: string, since?: Date) {
  const chat = await findChat(deps.db, chatId);
  if (!chat || chat.platform !== 'console') throw new InputError(404, 'unknown_chat', `unknown chat "${chatId}"`);
  let mq = deps.db.selectFrom('messages').select(['sender_external_id', 'text', 'sent_at']).where('chat_id', '=', chatId);
  let oq = deps.db.selectFrom('outbox').select(['text', 'created_at']).where('chat_id', '=', chatId).where('state', '=', 'sent');
  if (since) { mq = mq.where('sent_at', '>', since); oq = oq.where('created_at', '>', since); }
  const [ms, os] = await Promise.all([mq.execute(), oq.execute()]);
  const messages = [
    ...ms.map((m) => ({ from: m.sender_external_id, text: m.text, at: new Date(m.sent_at) })),
    ...os.map((o) => ({ from: 'bot', text: o.text, at: new Date(o.created_at) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return { messages: messages.map((m) => ({ ...m, at: m.at.toISOString() })) };
}

const CLOCK_KEY = 'console.clock';

/** Restore the console clock after a restart: time never runs backwards. */
export async function restoreConsoleClock(deps: AppDeps, clock: AdjustableClock): Promise<void> {
  const r = await deps.db.selectFrom('settings').select('value').where('key', '=', CLOCK_KEY).executeTakeFirst();
  const at = (r?.value as { now?: string } | undefined)?.now;
  if (at) clock.advanceTo(new Date(at));
}

/** Run every scheduled job as of `now` (each under its lock); the outbox ids they queued. */
export type RunDueJobs = (now: Date) => Promise<string[]>;

/**
 * Move the console clock to `nowIso`, run the jobs as of then, deliver, and report
 * what was sent. The jobs come in as a port: this use case does not know the scheduler.
 */
export async function consoleTick(
  deps: AppDeps,
  clock: AdjustableClock,
  nowIso: string,
  ports: { runDueJobs: RunDueJobs; drainOutbox: () => Promise<void> },
) {
  const now = new Date(nowIso);
  if (Number.isNaN(now.getTime())) throw new InputError(400, 'bad_time', `"${nowIso}" is not an ISO 8601 time`);
  const r = await deps.db.selectFrom('settings').select('value').where('key', '=', CLOCK_KEY).executeTakeFirst();
  const last = (r?.value as { now?: string } | undefined)?.now;
  if (last && now.getTime() < new Date(last).getTime()) {
    throw new InputError(409, 'time_goes_forward', `time only moves forward: last tick was ${last}`);
  }
  await deps.db.insertInto('settings').values({ key: CLOCK_KEY, value: JSON.stringify({ now: now.toISOString() }) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify({ now: now.toISOString() }), updated_at: sql`now()` })).execute();
  clock.advanceTo(now);
  const ids = await ports.runDueJobs(now);
  await ports.drainOutbox();
  const rows = await outboxByIds(deps.db, ids);
  // A row merged into a digest is reported through the digest it went into.
  const merged = rows.filter((x) => x.state === 'merged').length;
  const sent = rows.filter((x) => x.state === 'sent');
  return { sent: sent.map(toReply), ...(merged ? { merged } : {}) };
}

async function waitUntil(deps: AppDeps, done: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  // A wait, not a time of day: the monotonic clock, which the console's tick does not move.
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await done()) return true;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, Math.min(250, Math.max(1, deadline - performance.now())));
      const off = deps.signals.onProgress(finish);
      function finish() { clearTimeout(timer); off(); resolve(); }
    });
  }
  return done();
}
