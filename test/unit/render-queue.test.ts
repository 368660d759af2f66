import { expect } from '@open-wc/testing';
import { RenderQueue } from '../../src/core/render-queue.js';

/** A clock the test moves: each render "takes" the time it adds; tasks run when the test says. */
function manualClock() {
  const tasks: Array<() => void> = [];
  const clock = {
    time: 0,
    now: () => clock.time,
    nextTask: (run: () => void) => void tasks.push(run),
    /** Runs the next task, as the event loop would after the browser's turn. */
    runTask: () => tasks.shift()!(),
    get pendingTasks() {
      return tasks.length;
    },
  };
  return clock;
}

/** Asks for `count` renders named 1…count, each taking `ms`; returns the names in the order they ran. */
function ask(queue: RenderQueue, clock: ReturnType<typeof manualClock>, count: number, ms: number, done: number[] = []): number[] {
  for (let n = 1; n <= count; n++)
    void queue.run(() => {
      clock.time += ms;
      done.push(n);
    });
  return done;
}

describe('RenderQueue', () => {
  it('renders a widget asked for alone at once, as Lit would', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done = ask(queue, clock, 1, 3);
    expect(done).to.deep.equal([1]);
    clock.runTask(); // the batch ends; nothing waits, so no further task
    expect(clock.pendingTasks).to.equal(0);
  });

  it('stops a batch once it used its budget and goes on in the next task, in order', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    // each render takes 4 ms: three start within a batch of 10 ms (at 0, 4 and 8)
    const done = ask(queue, clock, 7, 4);
    expect(done).to.deep.equal([1, 2, 3]);
    expect(queue.size).to.equal(4);
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3, 4, 5, 6]);
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    clock.runTask();
    expect(clock.pendingTasks).to.equal(0);
  });

  it('takes at least one render per batch, however long it takes', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done = ask(queue, clock, 3, 50);
    expect(done).to.deep.equal([1]);
    clock.runTask();
    expect(done).to.deep.equal([1, 2]);
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3]);
  });

  it('a render asked for while others wait goes after them', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done = ask(queue, clock, 4, 6); // 1 and 2 run (at 0 and 6), 3 and 4 wait
    void queue.run(() => done.push(99));
    expect(done).to.deep.equal([1, 2]);
    clock.runTask(); // 3 and 4 (at 12 and 18)
    expect(done).to.deep.equal([1, 2, 3, 4]);
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3, 4, 99]);
  });

  it('a render asked for during a render joins the batch after those already waiting', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done: string[] = [];
    ask(queue, clock, 1, 20); // uses the first batch up
    void queue.run(() => {
      done.push('outer');
      void queue.run(() => done.push('inner'));
    });
    void queue.run(() => done.push('second'));
    clock.runTask();
    expect(done).to.deep.equal(['outer', 'second', 'inner']);
  });

  it('settles each render: a render that throws rejects its own promise only', async () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const failing = queue.run(() => {
      throw new Error('broken template');
    });
    const after = queue.run(() => undefined);
    let reason: unknown;
    await failing.catch((error: unknown) => (reason = error));
    expect((reason as Error).message).to.equal('broken template');
    await after;
  });
});
