import type { Scenario } from '../model/index.ts';
import type { DigestBackend } from './digestBackend.ts';
import type { DigestProbe, ScenarioDigest } from './scenarioDigest.ts';

/** One scenario to digest, refined pass by pass: `passes` are growing chunk counts. */
export interface DigestJob {
  scenario: Scenario;
  probes: DigestProbe[];
  passes: number[];
}

/** Where a set of digests is: not asked yet, computing, all passes in, or failed. */
export type DigestStatus = 'idle' | 'running' | 'done' | 'error';

/**
 * Computes a list of digests progressively, one worker call at a time: every job at its first
 * (cheap) pass, then every job at the next, so the whole picture appears early and sharpens. A newer
 * request cancels the older one between calls (the call in flight, a fraction of a second, is
 * finished and dropped), and its results never replace the newer request's.
 */
export class DigestRunner {
  /** The latest digest of each job of the newest request (null until its first pass is in). */
  results = $state.raw<(ScenarioDigest | null)[]>([]);
  status = $state<DigestStatus>('idle');
  /** Worker calls done and planned for the newest request. */
  progress = $state.raw({ done: 0, total: 0 });
  /** How many requests a newer one cancelled before they finished. */
  cancelled = $state(0);
  error = $state<string | null>(null);
  /** Counts requests; results carry the generation they belong to. */
  generation = $state(0);

  #backend: DigestBackend;
  #name: string;

  /** `name` labels the User Timing marks the browser bench reads (`rl:<name>:request`, `rl:<name>:done`). */
  constructor(backend: DigestBackend, name: string) {
    this.#backend = backend;
    this.#name = name;
  }

  /** Starts computing `jobs`, cancelling whatever the runner was doing. */
  request(jobs: readonly DigestJob[]): void {
    if (this.status === 'running') this.cancelled++;
    const generation = ++this.generation;
    this.results = jobs.map(() => null);
    this.error = null;
    const total = jobs.reduce((sum, job) => sum + job.passes.length, 0);
    this.progress = { done: 0, total };
    this.status = total === 0 ? 'done' : 'running';
    mark(`rl:${this.#name}:request`, generation);
    if (total > 0) void this.#run(jobs, generation);
  }

  async #run(jobs: readonly DigestJob[], generation: number): Promise<void> {
    const rounds = Math.max(...jobs.map((job) => job.passes.length));
    for (let pass = 0; pass < rounds; pass++) {
      for (let j = 0; j < jobs.length; j++) {
        const job = jobs[j]!;
        const chunks = job.passes[pass];
        if (chunks === undefined) continue;
        let digest: ScenarioDigest;
        try {
          digest = await this.#backend.digest(job.scenario, chunks, job.probes);
        } catch (error) {
          if (generation !== this.generation) return;
          this.status = 'error';
          this.error = error instanceof Error ? error.message : String(error);
          return;
        }
        if (generation !== this.generation) return; // a newer request owns the view now
        const next = [...this.results];
        next[j] = digest;
        this.results = next;
        this.progress = { done: this.progress.done + 1, total: this.progress.total };
      }
    }
    this.status = 'done';
    mark(`rl:${this.#name}:done`, generation);
  }
}

function mark(name: string, generation: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name, { detail: { generation } });
}
