import type { Scenario, Summary } from '../../src/model/index.ts';
import type { SimulationBackend, SummarizedRun } from '../../src/pool/backend.ts';

/** A fake partial: the chunk indices it holds and the seed of the scenario that made it. */
export interface FakePartial {
  chunks: number[];
  seed: number;
}

interface Pending<T> {
  args: { seed: number; chunkStart: number; chunkEnd: number };
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

/** A backend whose calls wait until the test settles them. */
export class FakeBackend implements SimulationBackend<FakePartial> {
  size: number;
  simulations: Pending<FakePartial>[] = [];
  summaries: { parts: FakePartial[]; keep: boolean; seed: number }[] = [];
  disposed = false;

  constructor(size = 2) {
    this.size = size;
  }

  simulate(scenario: Scenario, chunkStart: number, chunkEnd: number): Promise<FakePartial> {
    return new Promise((resolve, reject) => {
      this.simulations.push({ args: { seed: scenario.seed, chunkStart, chunkEnd }, resolve, reject });
    });
  }

  /** When true, summaries wait for releaseSummaries(). */
  holdSummaries = false;
  #held: (() => void)[] = [];

  summarize(scenario: Scenario, parts: FakePartial[], keep: boolean): Promise<SummarizedRun<FakePartial>> {
    this.summaries.push({ parts: parts.map((p) => ({ ...p, chunks: [...p.chunks] })), keep, seed: scenario.seed });
    const chunks = parts.flatMap((p) => p.chunks);
    const summary = { paths: chunks.length * 1000, seed: scenario.seed } as unknown as Summary;
    // Like the worker: the inputs are moved away and come back (as new objects) only when kept.
    const lent = keep ? parts.map((p) => ({ ...p })) : undefined;
    for (const p of parts) p.chunks = [];
    const result = { summary, partial: { chunks, seed: scenario.seed }, lent };
    if (!this.holdSummaries) return Promise.resolve(result);
    return new Promise((resolve) => this.#held.push(() => resolve(result)));
  }

  /** Settles the summaries held so far. */
  releaseSummaries(): void {
    for (const release of this.#held.splice(0)) release();
  }

  /** Settles the i-th simulate call with the chunks it was asked for. */
  finish(i: number): void {
    const { args, resolve } = this.simulations[i];
    const chunks: number[] = [];
    for (let c = args.chunkStart; c < args.chunkEnd; c++) chunks.push(c);
    resolve({ chunks, seed: args.seed });
  }

  /** Settles every pending simulate call made so far, in reverse order (workers finish out of order). */
  async finishAll(): Promise<void> {
    for (let round = 0; round < 100; round++) {
      const open = this.simulations.filter((s) => !(s as { done?: boolean }).done);
      if (open.length === 0) return;
      for (const s of open.reverse()) {
        (s as { done?: boolean }).done = true;
        this.finish(this.simulations.indexOf(s));
      }
      await settle();
    }
  }

  dispose(): void {
    this.disposed = true;
  }
}

/** Lets pending promise callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
