// In-process wake-ups between the webhook, the workers and the console API. They
// only shorten waits: correctness never depends on them, because every piece of
// work is a row in Postgres that a worker (on any replica) will find by polling.
import { EventEmitter } from 'node:events';

export class PipelineSignals {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /** New inbound messages are stored. */
  messagesStored(): void {
    this.emitter.emit('messages');
  }
  onMessagesStored(fn: () => void): () => void {
    return this.on('messages', fn);
  }

  /** New outbox rows are due. */
  outboxQueued(): void {
    this.emitter.emit('outbox');
  }
  onOutboxQueued(fn: () => void): () => void {
    return this.on('outbox', fn);
  }

  /** A message finished processing or an outbox row was delivered. */
  progressed(): void {
    this.emitter.emit('progress');
  }
  onProgress(fn: () => void): () => void {
    return this.on('progress', fn);
  }

  private on(event: string, fn: () => void): () => void {
    this.emitter.on(event, fn);
    return () => this.emitter.off(event, fn);
  }
}
