// A worker loop: runs `step` until it finds nothing, then sleeps until woken by a
// signal or the poll interval. stop() waits for the step in flight to finish, so a
// graceful shutdown never abandons half-done work.
import type { Logger } from '../logger.js';

export interface WorkerLoop {
  wake(): void;
  stop(): Promise<void>;
}

export function startLoop(
  name: string,
  step: () => Promise<number>,
  opts: { pollMs: number; logger: Logger },
): WorkerLoop {
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let pendingWake = false;
  const run = (async () => {
    while (!stopped) {
      let did = 0;
      try {
        did = await step();
      } catch (err) {
        opts.logger.error({ err, loop: name }, 'worker step failed');
      }
      if (did > 0 || stopped) continue;
      if (pendingWake) {
        pendingWake = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.pollMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
    }
  })();
  return {
    wake() {
      if (wakeUp) wakeUp();
      else pendingWake = true;
    },
    async stop() {
      stopped = true;
      wakeUp?.();
      await run;
    },
  };
}
