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

  /** Partials the page holds (made by simulate or merge, handed back by summarize) and not yet moved to a worker. */
  live = new Set<FakePartial>();
  /** The most partials alive at once so far. */
  maxLive = 0;
  merges: { parts: FakePartial[] }[] = [];
  /** When true, merges wait for releaseMerges(). */
  holdMerges = false;
  #heldMerges: (() => void)[] = [];

  #born(part: FakePartial): FakePartial {
    this.live.add(part);
    this.maxLive = Math.max(this.maxLive, this.live.size);
    return part;
  }

  /** Like a transfer to a worker: the partial is emptied and no longer counts. */
  #moved(parts: FakePartial[]): void {
    for (const p of parts) {
      if (!this.live.has(p)) throw new Error(`a partial was used after it was moved (chunks ${p.chunks.join(',')})`);
      this.live.delete(p);
    }
  }

  merge(parts: FakePartial[]): Promise<FakePartial> {
    this.merges.push({ parts: parts.map((p) => ({ ...p, chunks: [...p.chunks] })) });
    const merged = { chunks: parts.flatMap((p) => p.chunks), seed: parts[0]!.seed };
    this.#moved(parts);
    for (const p of parts) p.chunks = [];
    const done = () => this.#born(merged);
    if (!this.holdMerges) return Promise.resolve().then(done);
    return new Promise((resolve) => this.#heldMerges.push(() => resolve(done())));
  }

  /** Settles the merges held so far. */
  releaseMerges(): void {
    for (const release of this.#heldMerges.splice(0)) release();
  }

  summarize(scenario: Scenario, parts: FakePartial[], keep: boolean): Promise<SummarizedRun<FakePartial>> {
    this.summaries.push({ parts: parts.map((p) => ({ ...p, chunks: [...p.chunks] })), keep, seed: scenario.seed });
    const chunks = parts.flatMap((p) => p.chunks);
    const summary = { paths: chunks.length * 1000, seed: scenario.seed } as unknown as Summary;
    // Like the worker: the inputs are moved away and come back (as new objects) only when kept.
    this.#moved(parts);
    const lent = keep ? parts.map((p) => this.#born({ ...p, chunks: [...p.chunks] })) : undefined;
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
    resolve(this.#born({ chunks, seed: args.seed }));
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
