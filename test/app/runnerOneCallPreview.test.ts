import { describe, expect, it, vi } from 'vitest';
import {
  defaultScenario,
  mergePartials,
  simulatePartial,
  summarize,
  type Scenario,
  type SimulationPartial,
  type Summary,
} from '../../src/model/index.ts';
import type { SimulationBackend } from '../../src/pool/backend.ts';
import { livePartialLimit } from '../../src/pool/runEstimate.ts';
import { SimulationRunner } from '../../src/pool/runner.svelte.ts';
import { FakeBackend, settle, type FakePartial } from './fakeBackend.ts';

const unlimited = { seconds: Number.POSITIVE_INFINITY, bytes: Number.POSITIVE_INFINITY };
const spec = { chunkCount: (s: Scenario) => Math.ceil(s.paths / 1000), chunkPaths: 1000, budget: unlimited };

function scenario(paths: number, months: number, seed = 5): Scenario {
  return { ...defaultScenario(), paths, months, seed };
}

/** The fake backend with the one-call preview: simulate (settled by the test), then a summary of that partial. */
class OneCallBackend extends FakeBackend {
  oneCalls: { chunkStart: number; chunkEnd: number }[] = [];

  async simulateSummarized(sc: Scenario, chunkStart: number, chunkEnd: number) {
    this.oneCalls.push({ chunkStart, chunkEnd });
    const part = await this.simulate(sc, chunkStart, chunkEnd);
    const chunks = [...part.chunks];
    const summary = { paths: chunks.length * 1000, seed: sc.seed } as unknown as Summary;
    return { part, run: { summary, partial: { chunks, seed: sc.seed } } };
  }
}

describe('SimulationRunner with a one-call preview (simulateSummarized)', () => {
  it('a one-batch preview is simulated and summarized in one call, and its partial still joins the full run once', async () => {
    let backend!: OneCallBackend;
    const runner = new SimulationRunner<FakePartial>(() => (backend = new OneCallBackend(1)), spec);
    runner.request(scenario(100_000, 120), false);
    expect(backend.oneCalls).toEqual([{ chunkStart: 0, chunkEnd: 1 }]);
    backend.finish(0);
    await settle();
    expect(runner.result!.complete).toBe(false);
    expect(runner.result!.summary.paths).toBe(1000);
    expect(backend.summaries).toEqual([]); // no second call for the preview
    await backend.finishAll();
    await settle();
    expect(runner.status).toBe('done');
    expect(backend.oneCalls.length).toBe(1);
    const final = backend.summaries.at(-1)!;
    const all = Array.from({ length: 100 }, (_, i) => i);
    expect(final.parts.flatMap((p) => p.chunks).sort((a, b) => a - b)).toEqual(all);
    expect(runner.result!.partial.chunks.sort((a, b) => a - b)).toEqual(all);
    expect(backend.maxLive).toBeLessThanOrEqual(livePartialLimit(1));
  });

  it('a preview that is the whole run is published complete and nothing is held afterwards', async () => {
    let backend!: OneCallBackend;
    const runner = new SimulationRunner<FakePartial>(() => (backend = new OneCallBackend(1)), spec);
    runner.request(scenario(1000, 120), false);
    backend.finish(0);
    await settle();
    expect(runner.status).toBe('done');
    expect(runner.result!.complete).toBe(true);
    expect(backend.summaries).toEqual([]);
    expect(runner.heldPartials()).toBe(0);
  });

  it('an older input whose one-call preview finishes last never replaces the newer result', async () => {
    let backend!: OneCallBackend;
    const runner = new SimulationRunner<FakePartial>(() => (backend = new OneCallBackend(1)), spec);
    runner.request(scenario(100_000, 120, 1), true);
    runner.request(scenario(100_000, 120, 2), true);
    backend.finish(1);
    await settle();
    expect(runner.result!.summary.seed).toBe(2);
    backend.finish(0);
    await settle();
    expect(runner.result!.summary.seed).toBe(2);
    expect(runner.status).toBe('preview');
  });

  it('with the real model, the one-call preview and the full run have the bits of one merge of every chunk', async () => {
    const s = { ...defaultScenario(), paths: 5_000, months: 120, seed: 21 };
    const shown: { complete: boolean; summary: Summary }[] = [];
    const backend: SimulationBackend<SimulationPartial> = {
      size: 1,
      simulate: async (sc, chunkStart, chunkEnd) => simulatePartial(sc, { chunkStart, chunkEnd }),
      simulateSummarized: async (sc, chunkStart, chunkEnd) => {
        const part = simulatePartial(sc, { chunkStart, chunkEnd });
        const partial = mergePartials([part]);
        return { part, run: { summary: summarize(sc, partial), partial } };
      },
      summarize: async (sc, parts, keep) => {
        const partial = mergePartials(parts);
        return { summary: summarize(sc, partial), partial, lent: keep ? parts : undefined };
      },
      merge: async (parts) => mergePartials(parts),
      dispose: () => undefined,
    };
    const runner = new SimulationRunner(() => backend, { ...spec, chunkCount: () => 5 });
    runner.request(s, false);
    await vi.waitFor(() => {
      if (runner.result && shown.at(-1)?.summary !== runner.result.summary) shown.push(runner.result);
      expect(runner.status).toBe('done');
    }, { timeout: 30_000, interval: 1 });
    const chunk = (c: number) => simulatePartial(s, { chunkStart: c, chunkEnd: c + 1 });
    const oneShot = mergePartials([0, 1, 2, 3, 4].map(chunk));
    const result = runner.result!.partial;
    for (const key of ['levels', 'ranges', 'counts', 'sums', 'riskCounts', 'drawdownCounts'] as const) {
      expect(Buffer.from(result[key].buffer).equals(Buffer.from(oneShot[key].buffer))).toBe(true);
    }
    expect(runner.result!.summary).toEqual(summarize(s, oneShot));
    const preview = shown.find((r) => !r.complete);
    if (preview) expect(preview.summary).toEqual(summarize(s, mergePartials([chunk(0)])));
  });
});
