// Marking sends done, in as few commits as possible. Until a send's row is marked sent, a
// kill sends it again (docs/HARDENING.md), and the outbox sends to many chats at once: marked
// one by one, the last of twenty waits behind nineteen commits. Here the first mark is written
// at once and every send that finishes meanwhile joins the next single statement.
export interface SentMark {
  id: string;
  externalId: string;
  attemptId: string;
}

export type MarkSent = (mark: SentMark) => Promise<void>;

export function batchSentMarks(write: (marks: SentMark[]) => Promise<void>): MarkSent {
  let waiting: { mark: SentMark; done: (err?: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        await write(batch.map((w) => w.mark));
        for (const w of batch) w.done();
      } catch (err) {
        for (const w of batch) w.done(err);
      }
    }
    writing = false;
  };
  return (mark) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ mark, done: (err) => (err === undefined ? resolve() : reject(err as Error)) });
      if (!writing) void drain();
    });
}
