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
 * (slow to show them all). A batch takes renders in the order they were asked for (for the
 * elements of a parsed page, document order) until it has used its time budget; the renders
 * left wait for the next task, after the browser had its turn. The first batch is the task that
 * asks: a widget added alone renders at once, as Lit would render it. A render is never split:
 * a widget appears complete, and widgets rendered later only add below, so nothing shown moves.
 */
export class RenderQueue {
  private readonly waiting: Array<() => void> = [];
  /** When the current batch began; undefined between batches. */
  private batchStart?: number;
  private draining = false;

  /** `budget`: milliseconds of rendering per batch; a batch always takes at least one render. */
  constructor(
    private readonly budget: number,
    private readonly clock: RenderQueueClock,
  ) {}

  /** Renders waiting for a later batch. */
  get size(): number {
    return this.waiting.length;
  }

  /**
   * Runs `render` now if the current batch has time left and no render waits, else in a later
   * batch. The promise settles once it ran (rejects if it threw, without stopping the others).
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
      if (this.batchStart === undefined) this.startBatch();
      else if (this.waiting.length === 1) this.drain();
    });
  }

  /** A batch lasts until the next task at most; that task starts the next batch if renders wait. */
  private startBatch(): void {
    this.batchStart = this.clock.now();
    this.clock.nextTask(() => {
      this.batchStart = undefined;
      if (this.waiting.length) this.startBatch();
    });
    this.drain(true);
  }

  private drain(first = false): void {
    if (this.draining) return; // a render that asks for another: the loop below takes it in turn
    this.draining = true;
    try {
      while (this.waiting.length && (first || this.clock.now() - this.batchStart! < this.budget)) {
        first = false;
        this.waiting.shift()!();
      }
    } finally {
      this.draining = false;
    }
  }
}

/**
 * A task after the browser's turn: a MessageChannel message (setTimeout would add 4 ms once
 * nested). The channel is made at the first use, so importing the module opens nothing.
 */
export function messageChannelTask(): (run: () => void) => void {
  let channel: MessageChannel | undefined;
  const runs: Array<() => void> = [];
  return (run) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => runs.shift()?.();
    }
    runs.push(run);
    channel.port2.postMessage(undefined);
  };
}
