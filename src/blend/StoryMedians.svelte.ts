import { chunkCount, type Asset, type Scenario, type SimulationPartial } from '../model/index.ts';
import type { SimulationBackend } from '../pool/backend.ts';
import { workerBackend } from '../pool/workerBackend.ts';

/** The series a story's median is drawn on: the three price fans and small vs large. */
export type StorySeries = Asset | 'relative';

/** One story of a blend, run on its own: its name, weight and median path per price series. */
export interface StoryMedian {
  name: string;
  /** The story's weight in the blend, 0–1. */
  weight: number;
  p50: Record<StorySeries, Float64Array>;
}

/** Paths per story: enough for a median line (its standard error is a fraction of the band), cheap enough for a few stories. */
export const STORY_PATHS = 2000;

const SERIES: readonly StorySeries[] = ['smallCap', 'largeCap', 'bitcoin', 'relative'];

/** The blend's branch `index` as a scenario of its own: the same start, horizon and seed, weight 1, at most STORY_PATHS paths. */
export function storyScenario(blend: Scenario, index: number): Scenario {
  const branch = blend.branches[index];
  if (!branch) throw new RangeError(`storyScenario: the blend has no branch ${index}`);
  return { ...structuredClone(blend), branches: [{ ...structuredClone(branch), weight: 1 }], paths: Math.min(blend.paths, STORY_PATHS) };
}

/**
 * Each story of a blend simulated on its own, one after another on a worker of its own (so the
 * pooled run on the main pool is never slowed), for a median line per story beside the pooled fan.
 * A newer `show` or `clear` drops the results of an older one.
 */
export class StoryMedians {
  /** The stories computed so far, in the blend's order. */
  medians = $state.raw<StoryMedian[]>([]);
  /** True while stories are still being computed. */
  busy = $state(false);
  /** The last failure, if any. */
  error = $state<string | null>(null);
  #backend: SimulationBackend<SimulationPartial> | null = null;
  #generation = 0;
  readonly #createBackend: () => SimulationBackend<SimulationPartial>;

  constructor(createBackend: () => SimulationBackend<SimulationPartial> = () => workerBackend(1)) {
    this.#createBackend = createBackend;
  }

  /** Computes every story of `blend` (a plain scenario, not a $state proxy). */
  async show(blend: Scenario): Promise<void> {
    const generation = ++this.#generation;
    this.medians = [];
    this.error = null;
    this.busy = true;
    const backend = (this.#backend ??= this.#createBackend());
    const found: StoryMedian[] = [];
    try {
      for (let i = 0; i < blend.branches.length; i++) {
        const story = storyScenario(blend, i);
        const summary = backend.simulateSummarized
          ? (await backend.simulateSummarized(story, 0, chunkCount(story))).run.summary
          : (await backend.summarize(story, [await backend.simulate(story, 0, chunkCount(story))], false)).summary;
        if (generation !== this.#generation) return;
        const p50 = Object.fromEntries(SERIES.map((series) => [series, summary.fans[series].p50])) as Record<StorySeries, Float64Array>;
        found.push({ name: blend.branches[i]!.name, weight: blend.branches[i]!.weight, p50 });
        this.medians = [...found];
      }
    } catch (error) {
      if (generation === this.#generation) this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (generation === this.#generation) this.busy = false;
    }
  }

  /** Drops the stories (and any still being computed). */
  clear(): void {
    this.#generation++;
    this.medians = [];
    this.busy = false;
    this.error = null;
  }

  /** Stops the worker. */
  dispose(): void {
    this.clear();
    this.#backend?.dispose();
    this.#backend = null;
  }
}
