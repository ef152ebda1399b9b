import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/model/index.ts';
import { SimulationRunner } from '../../src/pool/runner.svelte.ts';
import { FakeBackend, settle, type FakePartial } from './fakeBackend.ts';

const budget = { seconds: 20, bytes: 1e9 };
const spec = { chunkCount: (s: Scenario) => Math.ceil(s.paths / 1000), chunkPaths: 1000, previewChunks: 2, budget };

function scenario(paths: number, months = 24, seed = 1): Scenario {
  return { ...defaultScenario(), paths, seed, months };
}

function setup(size = 2) {
  const backends: FakeBackend[] = [];
  const runner = new SimulationRunner<FakePartial>(() => {
    const b = new FakeBackend(size);
    backends.push(b);
    return b;
  }, spec);
  return { runner, backends, backend: () => backends[backends.length - 1]! };
}

/** Faults injected by these tests (reported in the hardening note). */
describe('SimulationRunner faults', () => {
  it.each([
    ['an Error thrown in the worker', new Error('boom in simulate'), 'boom in simulate'],
    ['a string rejection', 'plain text failure', 'plain text failure'],
    ['an empty rejection (a dead worker says nothing)', undefined, 'A simulation worker failed without saying why.'],
    ['a multi-line stack', new Error('first line\n    at simulate (worker.js:1:2)'), 'first line'],
  ])('%s becomes one readable line, and the next request runs on a fresh backend', async (_name, thrown, message) => {
    const { runner, backends, backend } = setup();
    runner.request(scenario(5000), false);
    backends[0]!.simulations[0]!.reject(thrown as Error);
    await settle();
    expect(runner.status).toBe('error');
    expect(runner.error).toBe(message);
    expect(backends[0]!.disposed).toBe(true);
    expect(backends).toHaveLength(2);
    // A control moved after the failure: the new scenario runs on the fresh backend to the end.
    runner.request(scenario(5000, 24, 2), false);
    expect(runner.error).toBeNull();
    await backend().finishAll();
    expect(runner.status).toBe('done');
    expect(runner.result?.scenario.seed).toBe(2);
  });

  it('a failing summary is reported like a failing simulation', async () => {
    const { runner, backends } = setup();
    backends[0]!.summarize = () => Promise.reject(new Error('merge failed'));
    runner.request(scenario(2000), false);
    await backends[0]!.finishAll();
    await settle();
    expect(runner.status).toBe('error');
    expect(runner.error).toBe('merge failed');
  });

  it('cancel() stops the run, replaces the workers and keeps the preview shown as a partial result', async () => {
    const { runner, backends } = setup();
    runner.request(scenario(20_000), false);
    backends[0]!.finish(0);
    backends[0]!.finish(1);
    await settle();
    expect(runner.result?.complete).toBe(false);
    runner.cancel();
    expect(runner.status).toBe('cancelled');
    expect(backends[0]!.disposed).toBe(true);
    expect(backends).toHaveLength(2);
    // Late answers of the stopped pool change nothing.
    await backends[0]!.finishAll();
    expect(runner.status).toBe('cancelled');
    expect(runner.result?.complete).toBe(false);
    expect(backends[1]!.simulations).toHaveLength(0);
    // Retry (Run again) starts over on the fresh workers and completes.
    runner.retry();
    await backends.at(-1)!.finishAll();
    expect(runner.status).toBe('done');
  });

  it('cancel() does nothing when no run is going', async () => {
    const { runner, backends, backend } = setup();
    runner.request(scenario(2000), false);
    await backend().finishAll();
    runner.cancel();
    expect(runner.status).toBe('done');
    expect(backends).toHaveLength(1);
  });

  it('a run over the time budget waits for confirm() with its estimate, running only the preview', async () => {
    const { runner, backend } = setup();
    // 1,000,000 paths × 120 months at the prior 0.002 ms per path-month on 2 workers ≈ 120 s.
    runner.request(scenario(1_000_000, 120), false);
    expect(runner.status).toBe('confirm');
    expect(runner.estimate?.paths).toBe(1_000_000);
    expect(runner.estimate!.seconds).toBeGreaterThan(budget.seconds);
    await backend().finishAll();
    expect(runner.status).toBe('confirm');
    expect(runner.progress.total).toBe(2000); // only the preview
    const simulated = backend().simulations.flatMap((s) => [s.args.chunkStart, s.args.chunkEnd]);
    expect(Math.max(...simulated)).toBe(2);
    runner.confirm();
    expect(runner.status).toBe('running');
    expect(runner.estimate).toBeNull();
    expect(runner.progress.total).toBe(1_000_000);
    expect(backend().simulations.length).toBeGreaterThan(1);
    // Asking again for the accepted scenario does not ask twice.
    runner.cancel();
    runner.request(scenario(1_000_000, 120), false);
    expect(runner.status).toBe('running');
  });

  it('a run over the memory budget asks too, and declining (cancel) keeps the preview', async () => {
    const backends: FakeBackend[] = [];
    const runner = new SimulationRunner<FakePartial>(() => {
      const b = new FakeBackend(2);
      backends.push(b);
      return b;
    }, { ...spec, budget: { seconds: 1e9, bytes: 50e6 }, partialBytes: () => 7_000_000 });
    runner.request(scenario(100_000, 120), false);
    expect(runner.status).toBe('confirm');
    expect(runner.estimate!.bytes).toBeGreaterThan(50e6);
    await backends[0]!.finishAll();
    expect(runner.result?.complete).toBe(false);
    runner.cancel();
    expect(runner.status).toBe('cancelled');
    expect(runner.result?.complete).toBe(false);
  });

  it('a small run never asks', async () => {
    const { runner, backend } = setup();
    runner.request(scenario(10_000, 60), false);
    expect(runner.status).toBe('running');
    await backend().finishAll();
    expect(runner.status).toBe('done');
  });
});
