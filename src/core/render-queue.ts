/** How a render queue tells time and gives the browser a turn; injected so tests can drive it. */
export interface RenderQueueClock {
  /** Milliseconds, e.g. `performance.now()`. */
  now(): number;
  /** Calls `run` in a later task of the event loop, after the browser had its turn (input, paint). */
  nextTask(run: () => void): void;
}

/**
 * The widgets' first renders in batches: a page with a hundred event cards must not render them
 * all in one long task (the page would not answer input meanwhile), nor one per animation frame
 * (slow to show them all). Each batch runs in a task of its own and takes renders in the order
 * they were asked for (for elements of a parsed page, document order) until it has used its
 * time budget, then gives the browser a turn. A render is never split: a widget appears
 * complete, and widgets rendered later only add below, so nothing shown moves.
 */
export class RenderQueue {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  /** `budget`: milliseconds of rendering per batch; a batch always takes at least one render. */
  constructor(
    private readonly budget: number,
    private readonly clock: RenderQueueClock,
  ) {}

  /** Renders waiting for their batch. */
  get size(): number {
    return this.waiting.length;
  }

  /**
   * Runs `render` in its batch; the promise settles once it ran (rejects if it threw, without
   * stopping the renders after it).
   */
  run(render: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push(() => {
        try {
          render();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.clock.nextTask(() => this.batch());
  }

  private batch(): void {
    this.scheduled = false;
    const started = this.clock.now();
    do this.waiting.shift()!();
    while (this.waiting.length && this.clock.now() - started < this.budget);
    if (this.waiting.length) this.schedule();
  }
}

/** A task after the browser's turn: a MessageChannel message (setTimeout would add 4 ms once nested). */
export function messageChannelTask(): (run: () => void) => void {
  const channel = new MessageChannel();
  const runs: Array<() => void> = [];
  channel.port1.onmessage = () => runs.shift()?.();
  return (run) => {
    runs.push(run);
    channel.port2.postMessage(undefined);
  };
}
