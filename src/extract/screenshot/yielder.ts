// The pixel work runs on the main thread between awaits: this hands the event loop back every few
// milliseconds, so a server reading a screenshot still answers /readyz and its webhooks at once.
import { performance } from 'node:perf_hooks';

export class Yielder {
  private last = performance.now();
  constructor(private readonly sliceMs = 6) {}

  /** Resolves at once, or after one turn of the event loop when the slice is used up. */
  async maybe(): Promise<void> {
    if (performance.now() - this.last < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
