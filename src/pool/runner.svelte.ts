import type { Scenario, Summary } from '../model/index.ts';
import type { ActiveRun } from './activeRun.ts';
import type { SimulationBackend } from './backend.ts';
import { planRun, previewChunksForRun, type ChunkBatch } from './planChunks.ts';
import { readableError } from './readableError.ts';
import { estimateRun, RUN_BUDGET, type RunEstimate } from './runEstimate.ts';
import type { ChunkSpec, RunResult, RunStatus } from './runTypes.ts';
import { warmUpScenarios } from './warmUp.ts';
import { markRun } from './markRun.ts';

/**
 * Runs scenarios on a backend progressively (a preview of a few chunks, then every chunk), keeps
 * only the newest input's work going, and publishes results that never go back in time.
 */
export class SimulationRunner<P> {
  /** The newest result shown (replaced whole, never mutated). */
  result = $state.raw<RunResult<P> | null>(null);
  /** Paths simulated so far in the current run, out of `total`. */
  progress = $state.raw({ done: 0, total: 0 });
  status = $state<RunStatus>('idle');
  /** A readable message when the run failed; cleared by the next run. */
  error = $state<string | null>(null);
  /** The cost of the full run while status is 'confirm'. */
  estimate = $state.raw<RunEstimate | null>(null);

  #createBackend: () => SimulationBackend<P>;
  #backend: SimulationBackend<P>;
  #spec: ChunkSpec<P>;
  /** Measured worker time per path-month (ms) and bytes per partial month, once known. */
  #msPerPathMonth: number | null = null;
  #bytesPerMonth: number | null = null;
  /** Keys of scenarios whose over-budget full run the user accepted. */
  #confirmed = new Set<string>();
  #generation = 0;
  #run: ActiveRun<P> | null = null;
  #last: { scenario: Scenario; interacting: boolean } | null = null;
  #warmedUp = false;

  constructor(createBackend: () => SimulationBackend<P>, spec: ChunkSpec<P>) {
    this.#createBackend = createBackend;
    this.#backend = createBackend();
    this.#spec = spec;
  }

  /** Asks for `scenario` (a plain snapshot); while `interacting`, only the preview is simulated. */
  request(scenario: Scenario, interacting: boolean): void {
    this.#last = { scenario, interacting };
    const key = JSON.stringify(scenario);
    const run = this.#run;
    if (run && run.key === key && !run.failed) {
      if (!interacting && !run.wantFull && !run.awaitingConfirm) {
        if (this.#overBudget(run)) {
          this.status = 'confirm';
          return;
        }
        run.wantFull = true;
        this.#setProgress(run);
        this.status = 'running';
        this.#pump(run);
        this.#maybeSummarize(run);
      }
      return;
    }
    // The old run's calls still queued behind a busy worker would only be thrown away (during a
    // drag, the previews of values already passed): the newest input takes their place.
    if (run) this.#backend.dropQueued?.();
    const chunks = this.#spec.chunkCount(scenario);
    const plan = planRun(chunks, scenario.months, this.#backend.size, this.#previewChunks(chunks, scenario.months, interacting));
    const next: ActiveRun<P> = {
      generation: ++this.#generation,
      key,
      scenario,
      chunks,
      previewChunks: plan.preview.at(-1)?.chunkEnd ?? 0,
      preview: plan.preview,
      rest: plan.rest,
      parts: new Map(),
      pending: [],
      merged: null,
      merging: false,
      doneChunks: 0,
      donePaths: 0,
      inFlight: 0,
      wantFull: !interacting,
      previewAsked: false,
      partsLent: false,
      fullAsked: false,
      failed: false,
      awaitingConfirm: false,
    };
    this.#run = next;
    markRun('rl:request', next.generation);
    this.error = null;
    this.estimate = null;
    this.status = 'running';
    if (next.wantFull && this.#overBudget(next)) {
      next.wantFull = false;
      this.status = 'confirm';
    }
    this.#setProgress(next);
    this.#pump(next);
  }

  /**
   * Once, while nothing runs: simulates and summarizes a drag's first previews of the last scenario
   * (see warmUpScenarios) and drops them, so that V8 compiles the worker's code for them now. The
   * first preview of a first drag otherwise took 170–230 ms in the worker instead of 30–40, and the
   * compiling threads took the page's core: a 1280 px drag lost frames only then. Stops at the first
   * request (its work comes first) or failure; publishes nothing.
   */
  async warmUp(): Promise<void> {
    const backend = this.#backend;
    if (this.#warmedUp || this.status !== 'done' || !this.#last || !backend.simulateSummarized) return;
    this.#warmedUp = true;
    const generation = this.#generation;
    for (const scenario of warmUpScenarios(this.#last.scenario)) {
      if (this.#generation !== generation || this.#backend !== backend || this.status !== 'done') return;
      try {
        const chunks = this.#spec.chunkCount(scenario);
        await backend.simulateSummarized(scenario, 0, Math.min(chunks, this.#previewChunks(chunks, scenario.months, true)));
      } catch {
        return;
      }
    }
  }

  /** Chunks of a run's preview (planRun caps them at the run's chunks): the spec's fixed size, or per run. */
  #previewChunks(chunks: number, months: number, interacting: boolean): number {
    return this.#spec.previewChunks ?? previewChunksForRun(chunks, months, interacting);
  }

  /** Starts a fresh backend (new workers) and runs the last request again. */
  retry(): void {
    this.#freshBackend();
    this.#run = null;
    if (this.#last) this.request(this.#last.scenario, this.#last.interacting);
  }

  /**
   * Stops the current run at once (its workers are terminated: a running batch cannot be
   * interrupted any other way) and keeps the last result shown, which is then partial.
   */
  cancel(): void {
    const run = this.#run;
    if (!run || (this.status !== 'running' && this.status !== 'confirm')) return;
    run.failed = true;
    this.#run = null;
    this.#freshBackend();
    this.estimate = null;
    // Count against the whole run, so "cancelled after 0 of 1,000,000" reads right after a declined question.
    this.progress = { done: this.progress.done, total: run.scenario.paths };
    this.status = 'cancelled';
  }

  /** Accepts the estimate of the run waiting in status 'confirm' and starts its full run. */
  confirm(): void {
    const run = this.#run;
    if (!run || !run.awaitingConfirm) return;
    this.#confirmed.add(run.key);
    run.awaitingConfirm = false;
    run.wantFull = true;
    this.estimate = null;
    this.status = 'running';
    this.#setProgress(run);
    this.#pump(run);
    this.#maybeSummarize(run);
  }

  /** Puts the run over budget on hold (status 'confirm' with its estimate) unless already accepted. */
  #overBudget(run: ActiveRun<P>): boolean {
    if (this.#confirmed.has(run.key)) return false;
    const estimate = this.estimateFor(run.scenario);
    const budget = this.#spec.budget ?? RUN_BUDGET;
    if (estimate.seconds <= budget.seconds && estimate.bytes <= budget.bytes) return false;
    run.awaitingConfirm = true;
    this.estimate = estimate;
    return true;
  }

  /** What the full run of `scenario` would cost, from measured throughput (or a prior before any). */
  estimateFor(scenario: Scenario): RunEstimate {
    return estimateRun(scenario, this.#spec, this.#backend.size, { msPerPathMonth: this.#msPerPathMonth, bytesPerMonth: this.#bytesPerMonth });
  }

  /** Replaces the backend by a new one (fresh workers); pending calls of the old one reject and are ignored. */
  #freshBackend(): void {
    this.#backend.dispose();
    this.#backend = this.#createBackend();
  }

  /** Stops the workers; the runner cannot be used afterwards. */
  dispose(): void {
    this.#run = null;
    this.#backend.dispose();
  }

  #pathsIn(run: ActiveRun<P>, chunkStart: number, chunkEnd: number): number {
    const size = this.#spec.chunkPaths;
    return Math.max(0, Math.min(run.scenario.paths, chunkEnd * size) - chunkStart * size);
  }

  #setProgress(run: ActiveRun<P>): void {
    const total = run.wantFull ? run.scenario.paths : this.#pathsIn(run, 0, run.previewChunks);
    this.progress = { done: Math.min(run.donePaths, total), total };
  }

  #pump(run: ActiveRun<P>): void {
    while (this.#run === run && !run.failed && run.inFlight < this.#backend.size && !this.#mergeBehind(run)) {
      const batch = run.preview.shift() ?? (run.wantFull ? run.rest.shift() : undefined);
      if (!batch) return;
      run.inFlight++;
      const backend = this.#backend;
      const started = performance.now();
      if (backend.simulateSummarized && !run.previewAsked && batch.chunkStart === 0 && batch.chunkEnd === run.previewChunks) {
        this.#simulatePreview(run, backend, batch, started);
        continue;
      }
      backend.simulate(run.scenario, batch.chunkStart, batch.chunkEnd).then(
        (part) => {
          this.#measure(run, batch, part, performance.now() - started);
          this.#onPart(run, batch, part);
        },
        (error) => this.#onError(run, error),
      );
    }
  }

  /**
   * The preview as one batch, simulated and summarized in one worker call (a second call would wait
   * for the page to answer the first and queue behind nothing but cost a round trip); its partial
   * then joins the run like any other batch, or is dropped when the preview is the whole run.
   */
  #simulatePreview(run: ActiveRun<P>, backend: SimulationBackend<P>, batch: ChunkBatch, started: number): void {
    run.previewAsked = true;
    const complete = run.previewChunks === run.chunks;
    if (complete) run.fullAsked = true;
    backend.simulateSummarized!(run.scenario, batch.chunkStart, batch.chunkEnd).then(
      ({ part, run: summarized }) => {
        this.#measure(run, batch, part, performance.now() - started);
        this.#publish(run, summarized.summary, summarized.partial, complete);
        this.#onPart(run, batch, complete ? null : part);
      },
      (error) => this.#onError(run, error),
    );
  }

  /** True when a slow merge has a worker's worth of partials waiting: new batches wait too, so memory stays bounded. */
  #mergeBehind(run: ActiveRun<P>): boolean {
    return run.merging && run.pending.length >= Math.max(1, this.#backend.size);
  }

  /** Updates the throughput and partial size behind the estimates (a moving average of batches). */
  #measure(run: ActiveRun<P>, batch: ChunkBatch, part: P, ms: number): void {
    const pathMonths = this.#pathsIn(run, batch.chunkStart, batch.chunkEnd) * run.scenario.months;
    if (pathMonths > 0 && ms > 0) {
      const sample = ms / pathMonths;
      this.#msPerPathMonth = this.#msPerPathMonth === null ? sample : 0.7 * this.#msPerPathMonth + 0.3 * sample;
    }
    const bytes = this.#spec.partialBytes?.(part);
    if (bytes && bytes > 0) this.#bytesPerMonth = bytes / (run.scenario.months + 1);
  }

  /** Takes in a finished batch; `part` is null when its chunks are already in the published result. */
  #onPart(run: ActiveRun<P>, batch: ChunkBatch, part: P | null): void {
    if (this.#run !== run || run.failed) return; // stale: a newer input owns the pool now
    run.inFlight--;
    if (part === null) {
      // nothing to keep
    } else if (batch.chunkStart < run.previewChunks && !run.previewAsked) run.parts.set(batch.chunkStart, { batch, part });
    else run.pending.push(part);
    run.doneChunks += batch.chunkEnd - batch.chunkStart;
    run.donePaths += this.#pathsIn(run, batch.chunkStart, batch.chunkEnd);
    this.#setProgress(run);
    // Merge before dispatching the next batch, so the merge takes the worker that just came free.
    this.#fold(run);
    this.#maybeSummarize(run);
    this.#pump(run);
  }

  /**
   * Merges finished partials into one as the run goes (in a worker; any grouping gives the same
   * bits), so a long run holds a few partials instead of one per batch until the end.
   */
  #fold(run: ActiveRun<P>): void {
    if (this.#run !== run || run.failed || run.merging) return;
    if (run.merged === null && run.pending.length > 0) run.merged = run.pending.shift()!;
    // The last merge is the summary's own; before it, wait for one partial per worker so merges stay few.
    if (run.doneChunks === run.chunks || run.pending.length < Math.max(1, this.#backend.size)) return;
    const parts = [run.merged!, ...run.pending.splice(0)];
    run.merged = null;
    run.merging = true;
    this.#backend.merge(parts).then(
      (merged) => {
        if (this.#run !== run) return;
        run.merging = false;
        run.merged = merged;
        this.#fold(run);
        this.#maybeSummarize(run);
        this.#pump(run);
      },
      (error) => this.#onError(run, error),
    );
  }

  /** Partials held on the page for this run (merged, waiting, and the preview's when not lent), for tests. */
  heldPartials(): number {
    const run = this.#run;
    if (!run) return 0;
    return (run.merged ? 1 : 0) + run.pending.length + (run.partsLent ? 0 : run.parts.size);
  }

  #maybeSummarize(run: ActiveRun<P>): void {
    if (run.failed) return; // a failed merge lost chunks: never summarize what is left
    if (run.partsLent) return; // wait until the preview's partials come back
    if (run.wantFull && !run.fullAsked && run.doneChunks === run.chunks) {
      if (run.merging) return; // the merge's return comes back here
      run.fullAsked = true;
      run.previewAsked = true;
      const parts = [...(run.merged ? [run.merged] : []), ...run.pending.splice(0), ...this.#orderedParts(run, run.chunks)];
      run.merged = null;
      run.parts.clear();
      this.#summarize(run, parts, false, true);
      return;
    }
    if (!run.previewAsked && this.#prefixDone(run, run.previewChunks)) {
      run.previewAsked = true;
      const complete = run.previewChunks === run.chunks;
      if (complete) run.fullAsked = true;
      run.partsLent = !complete;
      this.#summarize(run, this.#orderedParts(run, run.previewChunks), !complete, complete);
    }
  }

  #prefixDone(run: ActiveRun<P>, chunks: number): boolean {
    let next = 0;
    while (next < chunks) {
      const entry = run.parts.get(next);
      if (!entry) return false;
      next = entry.batch.chunkEnd;
    }
    return true;
  }

  /**
   * Takes back the preview's partials from the backend (in the order #orderedParts lent them); they
   * join the others to be merged, since the preview is summarized only once.
   */
  #restoreParts(run: ActiveRun<P>, returned: P[]): void {
    run.pending.push(...returned);
    run.parts.clear();
    run.partsLent = false;
    this.#fold(run);
  }

  /** The preview's partials of chunks [0, chunkEnd) in chunk order. */
  #orderedParts(run: ActiveRun<P>, chunkEnd: number): P[] {
    return [...run.parts.entries()]
      .filter(([start]) => start < chunkEnd)
      .sort((a, b) => a[0] - b[0])
      .map(([, entry]) => entry.part);
  }

  #summarize(run: ActiveRun<P>, parts: P[], keep: boolean, complete: boolean): void {
    this.#backend.summarize(run.scenario, parts, keep).then(
      ({ summary, partial, lent }) => {
        if (keep && lent && this.#run === run) {
          this.#restoreParts(run, lent);
          this.#maybeSummarize(run);
        }
        this.#publish(run, summary, partial, complete);
      },
      (error) => this.#onError(run, error),
    );
  }

  /** Shows a summary of `run` unless that would go back in time. */
  #publish(run: ActiveRun<P>, summary: Summary, partial: P, complete: boolean): void {
    const shown = this.result;
    // Never go back in time: an older input, or fewer paths of the same input, is not shown.
    if (shown && (shown.generation > run.generation || (shown.generation === run.generation && shown.complete))) return;
    this.result = { scenario: run.scenario, summary, partial, complete, generation: run.generation };
    markRun(complete ? 'rl:full' : 'rl:preview', run.generation);
    if (this.#run === run) {
      this.status = complete ? 'done' : run.wantFull ? 'running' : run.awaitingConfirm ? 'confirm' : 'preview';
    }
  }

  #onError(run: ActiveRun<P>, error: unknown): void {
    if (this.#run !== run || run.failed) return;
    run.failed = true;
    this.status = 'error';
    this.estimate = null;
    this.error = readableError(error);
    // A worker that threw or died may be unusable: the next request (a control moved) gets fresh workers.
    this.#freshBackend();
  }
}
