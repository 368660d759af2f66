import { expect } from '@open-wc/testing';
import { RenderQueue } from '../../src/core/render-queue.js';

/** A clock the test moves: each render "takes" the time it is given; tasks run when the test says. */
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

describe('RenderQueue', () => {
  it('renders nothing in the task that asked, then in order in a later task', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done: number[] = [];
    for (const n of [1, 2, 3]) void queue.run(() => done.push(n));
    expect(done).to.deep.equal([]);
    expect(clock.pendingTasks).to.equal(1);
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3]);
    expect(clock.pendingTasks).to.equal(0);
  });

  it('stops a batch once it used its budget and goes on in the next task', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done: number[] = [];
    // each render takes 4 ms: three fit a batch of 10 ms (0, 4, 8 started under 10)
    for (let n = 1; n <= 7; n++)
      void queue.run(() => {
        clock.time += 4;
        done.push(n);
      });
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3]);
    expect(queue.size).to.equal(4);
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3, 4, 5, 6]);
    clock.runTask();
    expect(done).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(clock.pendingTasks).to.equal(0);
  });

  it('takes at least one render per batch, however long it takes', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done: string[] = [];
    void queue.run(() => {
      clock.time += 50;
      done.push('slow');
    });
    void queue.run(() => done.push('next'));
    clock.runTask();
    expect(done).to.deep.equal(['slow']);
    clock.runTask();
    expect(done).to.deep.equal(['slow', 'next']);
  });

  it('a render asked for during a batch joins it while there is time, after those already waiting', () => {
    const clock = manualClock();
    const queue = new RenderQueue(10, clock);
    const done: string[] = [];
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
    clock.runTask();
    let reason: unknown;
    await failing.catch((error: unknown) => (reason = error));
    expect((reason as Error).message).to.equal('broken template');
    await after;
  });
});
