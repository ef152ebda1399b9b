import { wrap, type Remote } from 'comlink';
import { workerStartFailure } from './workerStartFailure.ts';

interface Slot<Api> {
  worker: Worker;
  api: Remote<Api>;
  /** Rejects the task running on this worker, if any, and retires the worker. */
  fail: ((error: Error, retire?: boolean) => void) | null;
  /** False once the worker crashed or went silent; it is never given another task. */
  alive: boolean;
}

interface Task<Api> {
  run: (api: Remote<Api>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** How long a task may go without an answer before its worker is declared dead. */
export interface StallPolicy {
  /** Shortest wait, covering a cold worker's start on a loaded machine (ms). */
  floorMs: number;
  /** Multiple of the slowest task seen so far that still counts as working. */
  factor: number;
}

/** A worker that closed itself or ran out of memory sends nothing; this long a silence means it died. */
export const DEFAULT_STALL: StallPolicy = { floorMs: 30_000, factor: 20 };

/**
 * A fixed set of comlink-wrapped workers running queued tasks, one task per worker at a time. A
 * task whose worker fires `error`, or stays silent past the stall limit (a worker that called
 * close() or was killed sends no event at all), is rejected with a readable message.
 */
export class WorkerPool<Api> {
  readonly size: number;
  #stall: StallPolicy;
  #slowestMs = 0;
  #idle: Slot<Api>[] = [];
  #slots: Slot<Api>[] = [];
  #queue: Task<Api>[] = [];
  #closed = false;
  /** Why no worker could be constructed (e.g. a sandboxed iframe's SecurityError); every task fails with it. */
  #startError: Error | null = null;

  constructor(createWorker: () => Worker, size: number, stall: StallPolicy = DEFAULT_STALL) {
    this.size = size;
    this.#stall = stall;
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        worker = createWorker();
      } catch (error) {
        // Thrown, not an error event: uncaught here it would leave the page blank.
        this.#startError = workerStartFailure(error);
        break;
      }
      const slot: Slot<Api> = { worker, api: wrap<Api>(worker), fail: null, alive: true };
      // comlink never settles a call whose worker died or failed to load: turn the event into a rejection.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        const detail = event.message ? `: ${event.message}` : '';
        const crash = new Error(`A simulation worker crashed${detail}.`);
        if (slot.fail) slot.fail(crash);
        else this.#retire(slot, crash);
      });
      worker.addEventListener('messageerror', () => slot.fail?.(new Error('A worker message could not be read.'), false));
      this.#slots.push(slot);
      this.#idle.push(slot);
    }
  }

  /** Runs `task` on the next free worker. */
  run<T>(task: (api: Remote<Api>) => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('The worker pool is closed.'));
    if (this.#startError && this.#slots.length === 0) return Promise.reject(this.#startError);
    if (!this.#slots.some((slot) => slot.alive)) return Promise.reject(new Error('Every simulation worker has stopped.'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ run: task, resolve: resolve as (value: unknown) => void, reject });
      this.#next();
    });
  }

  /**
   * Rejects every task still waiting for a worker (running ones go on): for a caller whose queued
   * work a newer request has made useless, such as the previews of a drag's intermediate values.
   */
  dropQueued(reason = 'Superseded by a newer request.'): void {
    const dropped = new Error(reason);
    for (const task of this.#queue.splice(0)) task.reject(dropped);
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

  /** Terminates a crashed or silent worker; when none is left, queued tasks fail instead of waiting forever. */
  #retire(slot: Slot<Api>, cause: Error): void {
    slot.alive = false;
    slot.worker.terminate();
    this.#idle = this.#idle.filter((other) => other !== slot);
    if (!this.#slots.some((other) => other.alive)) {
      for (const task of this.#queue.splice(0)) task.reject(cause);
    }
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const slot = this.#idle.pop()!;
      const task = this.#queue.shift()!;
      let settled = false;
      const started = performance.now();
      const limit = Math.max(this.#stall.floorMs, this.#stall.factor * this.#slowestMs);
      const watchdog = setTimeout(() => {
        settle(false, true, new Error(`A simulation worker stopped answering (nothing for ${Math.round(limit / 1000)} s); it may have been closed or run out of memory.`));
      }, limit);
      const settle = (ok: boolean, retire: boolean, value: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        slot.fail = null;
        if (ok) this.#slowestMs = Math.max(this.#slowestMs, performance.now() - started);
        if (ok) task.resolve(value);
        else task.reject(value instanceof Error ? value : new Error(String(value)));
        if (retire) this.#retire(slot, value as Error);
        else if (!this.#closed) {
          this.#idle.push(slot);
          this.#next();
        }
      };
      slot.fail = (error, retire = true) => settle(false, retire, error);
      task.run(slot.api).then(
        (value) => settle(true, false, value),
        // An exception thrown inside the worker's function leaves the worker usable.
        (error) => settle(false, false, error),
      );
    }
  }
}
