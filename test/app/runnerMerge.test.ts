import { describe, expect, it, vi } from 'vitest';
import {
  defaultScenario,
  mergePartials,
  simulatePartial,
  summarize,
  type Scenario,
  type SimulationPartial,
} from '../../src/model/index.ts';
import type { SimulationBackend } from '../../src/pool/backend.ts';
import { livePartialLimit } from '../../src/pool/runEstimate.ts';
import { SimulationRunner } from '../../src/pool/runner.svelte.ts';
import { FakeBackend, settle, type FakePartial } from './fakeBackend.ts';

const unlimited = { seconds: Number.POSITIVE_INFINITY, bytes: Number.POSITIVE_INFINITY };
const spec = { chunkCount: (s: Scenario) => Math.ceil(s.paths / 1000), chunkPaths: 1000, budget: unlimited };

function scenario(paths: number, months: number): Scenario {
  return { ...defaultScenario(), paths, months, seed: 5 };
}

/** Settles the fake's simulate calls one at a time in a scrambled (seeded) order, like workers of uneven speed. */
async function finishScrambled(backend: FakeBackend, onStep: () => void): Promise<void> {
  let state = 12345;
  for (let step = 0; step < 10_000; step++) {
    const open = backend.simulations.map((_, i) => i).filter((i) => !(backend.simulations[i] as { done?: boolean }).done);
    if (open.length === 0) return;
    state = (state * 1103515245 + 12345) % 2147483648;
    const i = open[state % open.length]!;
    (backend.simulations[i] as { done?: boolean }).done = true;
    backend.finish(i);
    await settle();
    onStep();
  }
}

describe('SimulationRunner merging as batches arrive', () => {
  it.each([1, 2, 4])(
    'a 1,000,000-path run on %i workers never holds more than livePartialLimit partials, and its summary covers every chunk once',
    async (workers) => {
      let backend!: FakeBackend;
      const runner = new SimulationRunner<FakePartial>(() => (backend = new FakeBackend(workers)), spec);
      runner.request(scenario(1_000_000, 120), false);
      let mostHeld = 0;
      await finishScrambled(backend, () => (mostHeld = Math.max(mostHeld, runner.heldPartials())));
      await settle();
      expect(runner.status).toBe('done');
      expect(backend.simulations.length).toBeGreaterThan(200);
      // Counted by the fake: every partial made and not yet moved to a worker, at any moment.
      expect(backend.maxLive).toBeLessThanOrEqual(livePartialLimit(workers));
      expect(mostHeld).toBeLessThanOrEqual(livePartialLimit(workers));
      // Merged along the way: the final summary gets a few partials, not one per batch.
      const final = backend.summaries.at(-1)!;
      expect(final.parts.length).toBeLessThanOrEqual(livePartialLimit(workers));
      const all = Array.from({ length: 1000 }, (_, i) => i);
      expect(final.parts.flatMap((p) => p.chunks).sort((a, b) => a - b)).toEqual(all);
      expect(runner.result!.partial.chunks.sort((a, b) => a - b)).toEqual(all);
    },
  );

  it('while a slow merge is in flight, finished batches wait for it and no new batch starts past one per worker', async () => {
    let backend!: FakeBackend;
    const runner = new SimulationRunner<FakePartial>(() => (backend = new FakeBackend(2)), spec);
    runner.request(scenario(200_000, 120), false);
    backend.holdMerges = true;
    let rounds = 0;
    while (runner.status !== 'done' && rounds++ < 200) {
      await finishScrambled(backend, () => undefined);
      // Everything dispatched has finished and the merge still runs: the run waits with a bounded few partials.
      expect(runner.heldPartials()).toBeLessThanOrEqual(livePartialLimit(2));
      backend.releaseMerges();
      await settle();
    }
    expect(runner.status).toBe('done');
    expect(backend.merges.length).toBeGreaterThan(5);
    expect(runner.result!.partial.chunks.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(backend.maxLive).toBeLessThanOrEqual(livePartialLimit(2));
  });

  it('the memory estimate is the same for 100,000 and 1,000,000 paths (a few partials, not one per batch)', () => {
    const runner = new SimulationRunner<FakePartial>(() => new FakeBackend(2), {
      ...spec,
      partialBytes: () => 7_000_000,
    });
    const small = runner.estimateFor(scenario(100_000, 120));
    const large = runner.estimateFor(scenario(1_000_000, 120));
    expect(large.bytes).toBe(small.bytes);
    expect(large.bytes).toBeLessThanOrEqual(livePartialLimit(2) * 60_000 * 121);
    expect(large.seconds).toBeCloseTo(10 * small.seconds, 6);
  });

  it('a failed merge is reported and nothing of the run is summarized afterwards', async () => {
    let backend!: FakeBackend;
    const runner = new SimulationRunner<FakePartial>(() => (backend = new FakeBackend(2)), spec);
    runner.request(scenario(40_000, 120), false);
    const first = backend;
    first.merge = () => Promise.reject(new Error('merge ran out of memory'));
    await finishScrambled(first, () => undefined);
    await settle();
    expect(runner.status).toBe('error');
    expect(runner.error).toBe('merge ran out of memory');
    expect(first.summaries.every((s) => s.keep)).toBe(true); // only the preview
  });

  it('with the real model, the run merged batch by batch in a scrambled order has the bits of one merge of every chunk', async () => {
    const s = { ...defaultScenario(), paths: 20_000, months: 12, seed: 21 };
    const delay = (chunkStart: number) => new Promise((resolve) => setTimeout(resolve, (chunkStart * 7) % 5));
    const backend: SimulationBackend<SimulationPartial> = {
      size: 2,
      simulate: async (sc, chunkStart, chunkEnd) => {
        await delay(chunkStart);
        return simulatePartial(sc, { chunkStart, chunkEnd });
      },
      summarize: async (sc, parts, keep) => {
        const partial = mergePartials(parts);
        return { summary: summarize(sc, partial), partial, lent: keep ? parts : undefined };
      },
      merge: async (parts) => mergePartials(parts),
      dispose: () => undefined,
    };
    const runner = new SimulationRunner(() => backend, { ...spec, chunkCount: () => 20 });
    runner.request(s, false);
    await vi.waitFor(() => expect(runner.status).toBe('done'), { timeout: 30_000 });
    const oneShot = mergePartials(Array.from({ length: 20 }, (_, c) => simulatePartial(s, { chunkStart: c, chunkEnd: c + 1 })));
    const shown = runner.result!.partial;
    expect(shown.paths).toBe(20_000);
    for (const key of ['levels', 'ranges', 'counts', 'sums', 'riskCounts', 'drawdownCounts'] as const) {
      expect(Buffer.from(shown[key].buffer).equals(Buffer.from(oneShot[key].buffer))).toBe(true);
    }
    expect(runner.result!.summary).toEqual(summarize(s, oneShot));
  });
});
