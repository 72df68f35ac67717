// The console's use cases: post a message as a team member (or the demo outsider),
// read a chat, and run the scheduled jobs as if the clock read a given time.
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.js';
import { InputError } from '../core/errors.js';
import type { OutboxRow } from '../core/records.js';
import { ingestMessages } from './ingest.js';
import type { AdjustableClock } from '../core/clock.js';

export interface ConsoleReply {
  chat: string;
  text: string;
  at: string;
}

const toReply = (r: OutboxRow): ConsoleReply => ({ chat: r.chatId, text: r.text, at: r.createdAt.toISOString() });

export async function postConsoleMessage(
  deps: AppDeps,
  input: { chat: string; from: string; text: string; id?: string; image?: { data: Buffer; mime: string } },
  waitMs = 15_000,
): Promise<{ message: { id: string }; replies: ConsoleReply[]; pending?: boolean }> {
  const chat = await deps.repos.team.findChat(input.chat);
  if (!chat || chat.platform !== 'console') throw new InputError(404, 'unknown_chat', `unknown chat "${input.chat}"`);
  const member = await deps.repos.team.findMember(input.from);
  const isOutsider = !member && input.from.startsWith('ext:');
  if (!member && !isOutsider) throw new InputError(404, 'unknown_user', `unknown user "${input.from}"`);
  if (member && !member.active) throw new InputError(403, 'inactive_user', `user "${input.from}" has left the team`);
  if (!(await deps.repos.team.isChatParticipant(chat.id, input.from))) {
    throw new InputError(403, 'not_a_member', `"${input.from}" is not a member of chat "${input.chat}"`);
  }
  const externalId = input.id ?? randomUUID();
  const res = await ingestMessages(deps, [
    {
      platform: 'console',
      externalId,
      chatExternalId: chat.externalId,
      chatType: chat.kind,
      senderExternalId: input.from,
      senderName: member?.name ?? input.from,
      text: input.text,
      // A screenshot's bytes go to message_images with the message; the raw payload notes only that one came.
      images: input.image ? [{ data: input.image.data, mime: input.image.mime }] : undefined,
      sentAt: deps.clock.now(),
      raw: {
        chat: input.chat,
        from: input.from,
        text: input.text,
        id: input.id,
        ...(input.image ? { image: true } : {}),
      },
    },
  ]);
  // A retry of an id already stored is a duplicate: then the first copy is the one to wait for.
  const id = res.stored[0] ?? (await deps.repos.messages.findMessageId('console', externalId));
  if (!id) throw new Error(`console message ${externalId} was not stored`);
  const row = { id };
  const finished = await waitUntil(
    deps,
    async () => {
      const state = await deps.repos.messages.messageState(row.id);
      if (state !== 'done' && state !== 'failed') return false;
      const out = await deps.repos.outbox.outboxForSource(row.id);
      return out.every((o) => o.state !== 'pending' && o.state !== 'sending');
    },
    waitMs,
  );
  const replies = (await deps.repos.outbox.outboxForSource(row.id)).filter((o) => o.state === 'sent').map(toReply);
  return { message: { id: row.id }, replies, ...(finished ? {} : { pending: true }) };
}

export async function readConsoleChat(deps: AppDeps, chatId: string, since?: Date) {
  const chat = await deps.repos.team.findChat(chatId);
  if (!chat || chat.platform !== 'console') throw new InputError(404, 'unknown_chat', `unknown chat "${chatId}"`);
  const messages = await deps.repos.console.chatTranscript(chatId, since);
  return { messages: messages.map((m) => ({ ...m, at: m.at.toISOString() })) };
}

const CLOCK_KEY = 'console.clock';

/** Restore the console clock after a restart: time never runs backwards. */
export async function restoreConsoleClock(deps: AppDeps, clock: AdjustableClock): Promise<void> {
  const at = ((await deps.repos.settings.readSetting(CLOCK_KEY)) as { now?: string } | undefined)?.now;
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
  const last = ((await deps.repos.settings.readSetting(CLOCK_KEY)) as { now?: string } | undefined)?.now;
  if (last && now.getTime() < new Date(last).getTime()) {
    throw new InputError(409, 'time_goes_forward', `time only moves forward: last tick was ${last}`);
  }
  await deps.repos.settings.writeSetting(CLOCK_KEY, { now: now.toISOString() });
  clock.advanceTo(now);
  const ids = await ports.runDueJobs(now);
  await ports.drainOutbox();
  // a row another worker (this replica's background loop, or another replica) is sending right now
  // is reported once that send is done: a tick on a busy machine otherwise reports it as not sent
  const inFlight = async (): Promise<boolean> =>
    (await deps.repos.outbox.outboxByIds(ids)).some((x) => x.state === 'sending');
  await waitUntil(deps, async () => !(await inFlight()), 10_000);
  const rows = await deps.repos.outbox.outboxByIds(ids);
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
      function finish() {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  }
  return done();
}
