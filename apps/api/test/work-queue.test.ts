import type { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import type { WorkerReply, WorkerTask } from '../src/compare/compare-task.js';
import { createCostModel } from '../src/compare/cost-model.js';
import { ClientGoneError, createWorkQueue, type WorkQueueOptions } from '../src/compare/work-queue.js';
import type { WorkerPool } from '../src/compare/worker-pool.js';
import { readConfig } from '../src/config.js';
import type { ClientConnection } from '../src/http/node-request.js';

const limits = readConfig({}).limits;

/** A task whose fake run time (ms) the fake pool reads from its body length. */
function task(runMs: number): WorkerTask {
  return { kind: 'compare-body', body: new Uint8Array(runMs), contentType: 'application/json', limits, deadline: 0, output: 'response' };
}

/** A pool that "runs" a task for as many ms as its body has bytes, and records what happened. */
function fakePool(size: number): WorkerPool & { started: number[]; aborted: number[]; maxRunning: number } {
  let running = 0;
  const pool = {
    size,
    started: [] as number[],
    aborted: [] as number[],
    maxRunning: 0,
    run(t: WorkerTask, stop: EventEmitter): Promise<WorkerReply> {
      const ms = 'body' in t ? t.body.length : 0;
      pool.started.push(ms);
      running++;
      pool.maxRunning = Math.max(pool.maxRunning, running);
      return new Promise<WorkerReply>((resolve, reject) => {
        const timer = setTimeout(() => {
          running--;
          resolve({ kind: 'response', body: new Uint8Array([ms]), characters: 1000, engineMs: ms });
        }, ms);
        stop.once('abort', () => {
          clearTimeout(timer);
          running--;
          pool.aborted.push(ms);
          reject(new Error('The task has been aborted'));
        });
      });
    },
    close: async () => {},
  };
  return pool;
}

/** A client that leaves when told to, as a closed connection would. */
function fakeClient(): ClientConnection & { leave(): void } {
  const listeners = new Set<() => void>();
  let gone = false;
  return {
    get gone() {
      return gone;
    },
    onGone(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    leave() {
      gone = true;
      for (const listener of [...listeners]) listener();
    },
  };
}

function queueWith(pool: WorkerPool, options: Partial<WorkQueueOptions> = {}) {
  return createWorkQueue({ pool, costModel: createCostModel({ learningRate: 0 }), queueSeconds: 0.1, timeBudgetMs: 10_000, ...options });
}

async function admitAndRun(queue: ReturnType<typeof queueWith>, costMs: number, runMs: number, client?: ClientConnection): Promise<WorkerReply> {
  const admission = queue.admit(costMs, client);
  try {
    return await admission.run(task(runMs));
  } finally {
    admission.release();
  }
}

describe('admission by work', () => {
  test('admits while the work ahead fits the limit per worker, then 503 server-busy with Retry-After', () => {
    // Two workers, 0.1 s limit: admitted while the work already admitted is at most 200 ms.
    const queue = queueWith(fakePool(2));
    const admitted = [queue.admit(150), queue.admit(50)];
    expect(queue.stats()).toMatchObject({ admitted: 2, workMs: 200, expectedWaitMs: 100 });
    admitted.push(queue.admit(1000)); // 100 ms ahead per worker: still within the limit
    let refused: unknown;
    try {
      queue.admit(1);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ status: 503, kind: 'server-busy' });
    // 1200 ms of work on 2 workers drains in 0.6 s: retry after 1 s.
    expect((refused as { headers: Record<string, string> }).headers['Retry-After']).toBe('1');
    for (const admission of admitted) admission.release();
    expect(queue.stats().admitted).toBe(0);
    expect(() => queue.admit(1).release()).not.toThrow();
  });

  test('an idle server admits one request larger than the whole limit', () => {
    const queue = queueWith(fakePool(1));
    const huge = queue.admit(60_000);
    expect(() => queue.admit(1)).toThrow(expect.objectContaining({ kind: 'server-busy' }));
    huge.release();
  });

  test('Retry-After is the queue\'s expected drain time', () => {
    const queue = queueWith(fakePool(2), { queueSeconds: 1 });
    // 1.5 s queued on 2 workers is 0.75 s each: admitted; then 8 s in all is 4 s each.
    const held = [queue.admit(1500), queue.admit(6500)];
    expect(() => queue.admit(1)).toThrow(expect.objectContaining({ headers: { 'Retry-After': '4' } }));
    for (const admission of held) admission.release();
  });

  test('a request found larger than its size said (a .docx) counts its real size for those admitted after it', () => {
    const queue = queueWith(fakePool(1));
    const first = queue.admit(10);
    first.resize(5000);
    expect(queue.stats().workMs).toBe(5000);
    expect(() => queue.admit(1)).toThrow(expect.objectContaining({ kind: 'server-busy' }));
    first.resize(50);
    expect(() => queue.admit(1).release()).not.toThrow();
    first.release();
  });
});

describe('running admitted work', () => {
  test('first come first served, never more tasks than workers at once', async () => {
    const pool = fakePool(2);
    const queue = queueWith(pool, { queueSeconds: 10 });
    const replies = await Promise.all([30, 20, 10, 5, 1].map((ms) => admitAndRun(queue, ms, ms)));
    expect(replies.map((reply) => (reply.kind === 'response' ? reply.body[0] : -1))).toEqual([30, 20, 10, 5, 1]);
    expect(pool.started).toEqual([30, 20, 10, 5, 1]);
    expect(pool.maxRunning).toBe(2);
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, admitted: 0 });
  });

  test('a waiting request whose client leaves is taken out of the queue and frees its place at once', async () => {
    const pool = fakePool(1);
    const queue = queueWith(pool, { queueSeconds: 10 });
    const blocker = admitAndRun(queue, 50, 50);
    const client = fakeClient();
    const leaving = admitAndRun(queue, 5000, 5000, client);
    expect(queue.stats()).toMatchObject({ running: 1, waiting: 1, admitted: 2 });
    client.leave();
    await expect(leaving).rejects.toBeInstanceOf(ClientGoneError);
    expect(queue.stats()).toMatchObject({ waiting: 0, admitted: 1 });
    await blocker;
    expect(pool.started).toEqual([50]);
  });

  test('a long running task whose client leaves is stopped; a short one is left to finish', async () => {
    const pool = fakePool(2);
    const queue = queueWith(pool, { queueSeconds: 10, abandonAfterMs: 100 });
    const longClient = fakeClient();
    const shortClient = fakeClient();
    const long = admitAndRun(queue, 5000, 5000, longClient);
    const short = admitAndRun(queue, 40, 40, shortClient);
    longClient.leave();
    shortClient.leave();
    await expect(long).rejects.toBeInstanceOf(ClientGoneError);
    expect(pool.aborted).toEqual([5000]);
    expect((await short).kind).toBe('response');
  });

  test('a task still running at its deadline plus grace is stopped: 422 comparison-timeout', async () => {
    const pool = fakePool(1);
    const queue = queueWith(pool, { timeBudgetMs: 30, graceMs: 20 });
    const started = Date.now();
    await expect(admitAndRun(queue, 1, 5000)).rejects.toMatchObject({ status: 422, kind: 'comparison-timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(pool.aborted).toEqual([5000]);
  });

  test('an extraction that overruns is a 422 unreadable-file', async () => {
    const pool = fakePool(1);
    const queue = queueWith(pool, { timeBudgetMs: 10, graceMs: 10 });
    const admission = queue.admit(1);
    const extract: WorkerTask = { kind: 'extract-body', body: new Uint8Array(5000), contentType: 'application/pdf', filename: 'a.pdf', limits };
    await expect(admission.run(extract)).rejects.toMatchObject({ status: 422, kind: 'unreadable-file' });
    admission.release();
  });

  test('a request that waited its whole budget in the queue gets 503, not a truncated report', async () => {
    const pool = fakePool(1);
    const queue = queueWith(pool, { timeBudgetMs: 40, graceMs: 1000, queueSeconds: 10 });
    const blocker = admitAndRun(queue, 1, 60);
    await expect(admitAndRun(queue, 1, 1)).rejects.toMatchObject({ status: 503, kind: 'server-busy' });
    await blocker;
    expect(pool.started).toEqual([60]);
  });

  test('failures the worker reports become the API\'s problems; the cost model learns from what ran', async () => {
    const costModel = createCostModel({ learningRate: 1 });
    const pool: WorkerPool = {
      size: 1,
      run: async (t) =>
        t.kind === 'extract-body'
          ? { kind: 'failure', name: 'RangeError', message: 'compare: options.minScore must be 0..1' }
          : { kind: 'response', body: new Uint8Array(), characters: 1_000_000, engineMs: costModel.estimateMs(1_000_000) * 3 },
      close: async () => {},
    };
    const queue = createWorkQueue({ pool, costModel, queueSeconds: 1, timeBudgetMs: 1000 });
    const admission = queue.admit(1);
    await expect(admission.run({ kind: 'extract-body', body: new Uint8Array(), contentType: '', filename: '', limits })).rejects.toMatchObject({
      status: 400,
      errors: [{ path: '/options/minScore' }],
    });
    await admission.run(task(1));
    admission.release();
    expect(costModel.correction).toBeCloseTo(3, 5);
  });

  test('closing fails waiting work with 503 and refuses new work', async () => {
    const pool = fakePool(1);
    const queue = queueWith(pool, { queueSeconds: 10 });
    const running = admitAndRun(queue, 1, 5000);
    const waiting = admitAndRun(queue, 1, 1);
    await queue.close();
    await expect(waiting).rejects.toMatchObject({ status: 503 });
    await expect(running).rejects.toMatchObject({ status: 503 });
    expect(() => queue.admit(1)).toThrow(expect.objectContaining({ status: 503 }));
  });
});

describe('cost model', () => {
  test('grows a little faster than linearly and follows what it observes, within bounds', () => {
    const model = createCostModel({ fixedMs: 0, msPerMillionChars: 500, exponent: 1.12, learningRate: 0.5, calibrationShare: 0.5 });
    expect(model.estimateMs(1_000_000)).toBeCloseTo(500, 6);
    const ratio = model.estimateMs(2_000_000) / model.estimateMs(1_000_000);
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(2.3);
    // Calibration sets the correction at once (the mean in log space, against the calibration
    // pair's share of news copy's cost); observations then move it by the learning rate.
    model.calibrate([{ characters: 1_000_000, engineMs: 500 }, { characters: 1_000_000, engineMs: 2000 }]);
    expect(model.correction).toBeCloseTo(4, 6);
    model.observe(1_000_000, 500);
    expect(model.correction).toBeCloseTo(2, 6);
    // Tiny comparisons are timer noise: they do not move it.
    model.observe(10, 1000);
    expect(model.correction).toBeCloseTo(2, 6);
    for (let i = 0; i < 50; i++) model.observe(1_000_000, 1e9);
    expect(model.correction).toBeLessThanOrEqual(8);
  });
});
