import { wrap, type Remote } from 'comlink';

interface Slot<Api> {
  worker: Worker;
  api: Remote<Api>;
  /** Rejects the task running on this worker, if any. */
  fail: ((error: Error) => void) | null;
}

interface Task<Api> {
  run: (api: Remote<Api>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A fixed set of comlink-wrapped workers running queued tasks, one task per worker at a time. */
export class WorkerPool<Api> {
  readonly size: number;
  #idle: Slot<Api>[] = [];
  #slots: Slot<Api>[] = [];
  #queue: Task<Api>[] = [];
  #closed = false;

  constructor(createWorker: () => Worker, size: number) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const worker = createWorker();
      const slot: Slot<Api> = { worker, api: wrap<Api>(worker), fail: null };
      // comlink never settles a call whose worker died or failed to load: turn the event into a rejection.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        slot.fail?.(new Error(event.message || 'The simulation worker failed to start.'));
      });
      worker.addEventListener('messageerror', () => slot.fail?.(new Error('A worker message could not be read.')));
      this.#slots.push(slot);
      this.#idle.push(slot);
    }
  }

  /** Runs `task` on the next free worker. */
  run<T>(task: (api: Remote<Api>) => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('The worker pool is closed.'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ run: task, resolve: resolve as (value: unknown) => void, reject });
      this.#next();
    });
  }

  /** Terminates every worker and rejects queued and running tasks. */
  terminate(): void {
    this.#closed = true;
    const closed = new Error('The worker pool was stopped.');
    for (const task of this.#queue.splice(0)) task.reject(closed);
    for (const slot of this.#slots) {
      slot.fail?.(closed);
      slot.worker.terminate();
    }
    this.#idle = [];
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const slot = this.#idle.pop()!;
      const task = this.#queue.shift()!;
      let settled = false;
      const settle = (ok: boolean, value: unknown) => {
        if (settled) return;
        settled = true;
        slot.fail = null;
        if (ok) task.resolve(value);
        else task.reject(value instanceof Error ? value : new Error(String(value)));
        if (!this.#closed) {
          this.#idle.push(slot);
          this.#next();
        }
      };
      slot.fail = (error) => settle(false, error);
      task.run(slot.api).then(
        (value) => settle(true, value),
        (error) => settle(false, error),
      );
    }
  }
}
