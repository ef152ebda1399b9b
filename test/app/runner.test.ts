import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/model/index.ts';
import { SimulationRunner } from '../../src/pool/runner.svelte.ts';
import { FakeBackend, settle, type FakePartial } from './fakeBackend.ts';

const spec = { chunkCount: (s: Scenario) => Math.ceil(s.paths / 1000), chunkPaths: 1000, previewChunks: 3 };

function scenario(paths: number, seed = 1): Scenario {
  return { ...defaultScenario(), paths, seed, months: 24 };
}

function setup(size = 2) {
  const backends: FakeBackend[] = [];
  const runner = new SimulationRunner<FakePartial>(() => {
    const b = new FakeBackend(size);
    backends.push(b);
    return b;
  }, spec);
  return { runner, backends, backend: () => backends[backends.length - 1] };
}

describe('SimulationRunner', () => {
  it('publishes a preview of the first chunks, then the full run over every chunk once', async () => {
    const { runner, backend } = setup();
    runner.request(scenario(10_000), false);
    expect(backend().simulations).toHaveLength(2); // never more calls in flight than workers
    await backend().finishAll();
    const [preview, full] = backend().summaries;
    expect(preview.parts).toHaveLength(2); // the preview's 3 chunks as 2 calls, one per worker
    expect(preview.keep).toBe(true);
    expect(full.parts.flatMap((p) => p.chunks).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(full.keep).toBe(false);
    expect(runner.result?.complete).toBe(true);
    expect(runner.result?.partial.chunks).toHaveLength(10);
    expect(runner.status).toBe('done');
    expect(runner.progress).toEqual({ done: 10_000, total: 10_000 });
  });

  it('with no fixed preview size, a small run outside a drag is simulated and summarized once, complete; during a drag it still previews', async () => {
    const backends: FakeBackend[] = [];
    const runner = new SimulationRunner<FakePartial>(() => {
      backends.push(new FakeBackend(2));
      return backends[backends.length - 1];
    }, { chunkCount: spec.chunkCount, chunkPaths: spec.chunkPaths });
    runner.request(scenario(10_000), false); // 10 chunks × 24 months: one pass
    await backends[0].finishAll();
    expect(backends[0].summaries).toHaveLength(1);
    expect(backends[0].summaries[0].parts.flatMap((p) => p.chunks).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(runner.result?.complete).toBe(true);
    expect(runner.status).toBe('done');
    runner.request(scenario(10_000, 2), true);
    await backends[0].finishAll();
    expect(backends[0].summaries).toHaveLength(2);
    expect(runner.result?.complete).toBe(false);
    expect(runner.status).toBe('preview');
  });

  it('while interacting simulates only the preview, and finishes the same input once interaction ends', async () => {
    const { runner, backend } = setup();
    const s = scenario(10_000);
    runner.request(s, true);
    await backend().finishAll();
    expect(runner.status).toBe('preview');
    expect(runner.result?.complete).toBe(false);
    expect(runner.progress).toEqual({ done: 3000, total: 3000 });
    const calls = backend().simulations.length;
    runner.request(structuredClone(s), false);
    await backend().finishAll();
    expect(backend().simulations.length).toBeGreaterThan(calls);
    // the preview chunks are reused, not simulated again
    expect(backend().simulations.filter((c) => c.args.chunkStart === 0)).toHaveLength(1);
    expect(runner.result?.complete).toBe(true);
  });

  it('a new input stops dispatching the old run and its late results never overwrite the new one', async () => {
    const { runner, backend } = setup();
    runner.request(scenario(50_000, 1), false);
    expect(backend().simulations).toHaveLength(2);
    runner.request(scenario(50_000, 2), false);
    // the old run's two calls are still in flight; the new run gets its own two
    expect(backend().simulations.map((c) => c.args.seed)).toEqual([1, 1, 2, 2]);
    await backend().finishAll();
    expect(backend().simulations.filter((c) => c.args.seed === 1)).toHaveLength(2);
    expect(backend().summaries.every((s) => s.seed === 2)).toBe(true);
    expect(runner.result?.scenario.seed).toBe(2);
  });

  it('a new input withdraws the old runs\' calls still queued for a worker (a drag\'s passed values), not the first run\'s', async () => {
    const drops: number[] = [];
    const runner = new SimulationRunner<FakePartial>(() => {
      const b: FakeBackend & { dropQueued?: () => void } = new FakeBackend(1);
      b.dropQueued = () => drops.push(b.simulations.length);
      return b;
    }, spec);
    runner.request(scenario(1000, 1), true);
    expect(drops).toEqual([]);
    runner.request(scenario(1000, 2), true);
    runner.request(scenario(1000, 3), true);
    // Before each new run asks for its own calls.
    expect(drops).toEqual([1, 2]);
  });

  it('an input that goes stale before its chunks return publishes nothing', async () => {
    const { runner, backend } = setup(1);
    runner.request(scenario(1000, 1), false);
    backend().finish(0);
    runner.request(scenario(1000, 2), false);
    await settle();
    expect(runner.result).toBeNull(); // run 1 became stale before its summary was asked for
    backend().finish(1);
    await settle();
    expect(runner.result?.scenario.seed).toBe(2);
  });

  it('waits for the preview partials to come back before summarizing the full run', async () => {
    const { runner, backend } = setup();
    backend().holdSummaries = true;
    runner.request(scenario(6000), false);
    await backend().finishAll();
    expect(backend().summaries).toHaveLength(1); // the full summary waits: chunks 0–2 are lent
    backend().holdSummaries = false;
    backend().releaseSummaries();
    await settle();
    expect(backend().summaries).toHaveLength(2);
    expect(backend().summaries[1].parts.flatMap((p) => p.chunks).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(runner.result?.complete).toBe(true);
  });

  it('counts progress in paths with a short last chunk', async () => {
    const { runner, backend } = setup();
    runner.request(scenario(3500), false);
    expect(runner.progress).toEqual({ done: 0, total: 3500 });
    await backend().finishAll();
    expect(runner.progress).toEqual({ done: 3500, total: 3500 });
    expect(runner.result?.partial.chunks).toEqual([0, 1, 2, 3]);
  });

  it('turns a worker error into a message, and retry starts a fresh backend and runs again', async () => {
    const { runner, backends, backend } = setup();
    runner.request(scenario(5000), false);
    backend().simulations[0].reject(new Error('worker crashed'));
    await settle();
    expect(runner.status).toBe('error');
    expect(runner.error).toBe('worker crashed');
    // The failed pool is replaced at once (so moving a control works), and Retry starts another.
    expect(backends).toHaveLength(2);
    runner.retry();
    expect(backends).toHaveLength(3);
    expect(backends[0].disposed).toBe(true);
    expect(backends[1].disposed).toBe(true);
    expect(runner.error).toBeNull();
    await backend().finishAll();
    expect(runner.status).toBe('done');
  });
});
