import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../src/pool/workerPool.ts';

/**
 * A stand-in for a Worker that speaks just enough of comlink's protocol: it answers each call
 * with `reply`, throws, stays silent (a worker that called close()), or fires an error event.
 */
class FakeWorker extends EventTarget {
  terminated = false;
  constructor(public behaviour: 'answer' | 'throw' | 'silent' | 'crash') {
    super();
  }
  postMessage(message: { id?: string; type?: string }): void {
    if (this.terminated || message.type !== 'APPLY') return;
    queueMicrotask(() => {
      if (this.behaviour === 'silent') return;
      if (this.behaviour === 'crash') {
        const event = new Event('error', { cancelable: true }) as Event & { message: string };
        event.message = 'Out of memory';
        this.dispatchEvent(event);
        return;
      }
      const value =
        this.behaviour === 'answer'
          ? { type: 'RAW', value: 42 }
          : { type: 'HANDLER', name: 'throw', value: { isError: true, value: { message: 'boom', name: 'Error' } } };
      this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, ...value } }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
  start(): void {}
}

type Api = { work(): number };

function pool(behaviour: FakeWorker['behaviour'], size = 1, floorMs = 1000) {
  const workers: FakeWorker[] = [];
  const p = new WorkerPool<Api>(() => {
    const w = new FakeWorker(behaviour);
    workers.push(w);
    return w as unknown as Worker;
  }, size, { floorMs, factor: 20 });
  return { pool: p, workers };
}

afterEach(() => vi.useRealTimers());

describe('WorkerPool faults', () => {
  it('resolves a task answered by the worker', async () => {
    const { pool: p } = pool('answer');
    await expect(p.run((api) => api.work())).resolves.toBe(42);
  });

  it('rejects a task whose worker threw, and keeps that worker for the next task', async () => {
    const { pool: p, workers } = pool('throw');
    await expect(p.run((api) => api.work())).rejects.toThrow('boom');
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.behaviour = 'answer';
    await expect(p.run((api) => api.work())).resolves.toBe(42);
  });

  it('rejects a task whose worker fired an error event (a crash), and retires the worker', async () => {
    const { pool: p, workers } = pool('crash');
    await expect(p.run((api) => api.work())).rejects.toThrow('A simulation worker crashed: Out of memory.');
    expect(workers[0]!.terminated).toBe(true);
    await expect(p.run((api) => api.work())).rejects.toThrow('Every simulation worker has stopped.');
  });

  it('rejects a task whose worker went silent (closed itself) once the stall limit passes', async () => {
    vi.useFakeTimers();
    const { pool: p, workers } = pool('silent', 1, 5000);
    const outcome = p.run((api) => api.work()).then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(4999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(await outcome).toMatch(/stopped answering \(nothing for 5 s\)/);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('queued tasks fail rather than wait forever when the last worker dies', async () => {
    const { pool: p } = pool('crash', 1);
    const first = p.run((api) => api.work());
    const second = p.run((api) => api.work());
    await expect(first).rejects.toThrow('crashed');
    await expect(second).rejects.toThrow('crashed');
  });

  it('dropQueued() rejects the tasks waiting for a worker and lets the running one finish', async () => {
    const { pool: p } = pool('answer', 1);
    const running = p.run((api) => api.work());
    const queued = [p.run((api) => api.work()), p.run((api) => api.work())];
    p.dropQueued();
    await expect(running).resolves.toBe(42);
    for (const task of queued) await expect(task).rejects.toThrow('Superseded');
    await expect(p.run((api) => api.work())).resolves.toBe(42);
  });

  it('terminate() rejects running and queued tasks', async () => {
    const { pool: p, workers } = pool('silent', 1);
    const running = p.run((api) => api.work());
    const queued = p.run((api) => api.work());
    p.terminate();
    await expect(running).rejects.toThrow('stopped');
    await expect(queued).rejects.toThrow('stopped');
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('WorkerPool when no worker can be constructed', () => {
  it('does not throw (a sandboxed iframe would stay blank) and fails every task with a message naming the sandbox flags', async () => {
    const refuse = () => {
      throw new DOMException("Failed to construct 'Worker': Script at '…' cannot be accessed from origin 'null'.", 'SecurityError');
    };
    let p: WorkerPool<Api> | undefined;
    expect(() => (p = new WorkerPool<Api>(refuse, 2))).not.toThrow();
    await expect(p!.run((api) => api.work())).rejects.toThrow(/sandbox="allow-scripts allow-same-origin allow-popups"/);
    await expect(p!.run((api) => api.work())).rejects.toThrow(/docs\/embedding\.md/);
  });
});
