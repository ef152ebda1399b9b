import { describe, expect, it } from 'vitest';
import { defaultScenario, REPLAYS, simulate } from '../../../src/model/index.ts';
import { DigestRunner, type DigestJob } from '../../../src/lessons/digestRunner.svelte.ts';
import type { DigestBackend } from '../../../src/lessons/digestBackend.ts';
import { runDigest } from '../../../src/lessons/runDigest.ts';
import { replayProbes } from '../../../src/lessons/trackRecordRow.ts';
import type { ScenarioDigest } from '../../../src/lessons/scenarioDigest.ts';

/** A backend whose calls wait until the test releases them, recording what was asked. */
function manualBackend() {
  const calls: { seed: number; chunkEnd: number; release: () => void }[] = [];
  const backend: DigestBackend = {
    digest: (scenario, chunkEnd) =>
      new Promise<ScenarioDigest>((resolve) => {
        const digest = { paths: chunkEnd * 1000, months: scenario.months, probSmallBeats: { value: scenario.seed / 100, se: 0 }, bands: {} as ScenarioDigest['bands'], percentiles: [] };
        calls.push({ seed: scenario.seed, chunkEnd, release: () => resolve(digest) });
      }),
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { backend, calls, settle };
}

const job = (seed: number, passes: number[]): DigestJob => ({ scenario: { ...defaultScenario(), seed }, probes: [], passes });

describe('DigestRunner', () => {
  it('runs every job at its first pass before any at the next, one call at a time, and ends done', async () => {
    const { backend, calls, settle } = manualBackend();
    const runner = new DigestRunner(backend, 'test');
    runner.request([job(1, [1, 4]), job(2, [1, 4])]);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await settle();
      expect(calls).toHaveLength(i + 1);
      order.push(`${calls[i]!.seed}@${calls[i]!.chunkEnd}`);
      calls[i]!.release();
    }
    await settle();
    expect(order).toEqual(['1@1', '2@1', '1@4', '2@4']);
    expect(runner.status).toBe('done');
    expect(runner.results.map((r) => r?.paths)).toEqual([4000, 4000]);
    expect(runner.progress).toEqual({ done: 4, total: 4 });
  });

  it('a newer request cancels the older one: its call in flight is dropped and it asks for nothing more', async () => {
    const { backend, calls, settle } = manualBackend();
    const runner = new DigestRunner(backend, 'test');
    runner.request([job(1, [1, 4]), job(2, [1, 4])]);
    await settle();
    runner.request([job(3, [1])]);
    expect(runner.cancelled).toBe(1);
    await settle();
    calls[0]!.release(); // the old call returns late
    await settle();
    expect(runner.results).toEqual([null]);
    calls[1]!.release();
    await settle();
    expect(calls.map((c) => c.seed)).toEqual([1, 3]);
    expect(runner.results[0]?.probSmallBeats.value).toBe(0.03);
    expect(runner.status).toBe('done');
  });

  it('reports a failed call as an error and keeps the results already in', async () => {
    const backend: DigestBackend = { digest: () => Promise.reject(new Error('worker crashed')) };
    const runner = new DigestRunner(backend, 'test');
    runner.request([job(1, [1])]);
    await new Promise((r) => setTimeout(r, 0));
    expect(runner.status).toBe('error');
    expect(runner.error).toBe('worker crashed');
  });
});

describe('runDigest(scenario, chunkEnd, probes)', () => {
  it('of every chunk gives the same odds and medians as the full run, and the probes’ percentiles', () => {
    const replay = REPLAYS[5]!;
    const scenario = { ...replay.scenario(), paths: 2000 };
    const digest = runDigest(scenario, 2, replayProbes(replay));
    const summary = simulate(scenario);
    expect(digest.probSmallBeats).toEqual(summary.risk.smallCap.probBeat);
    expect(digest.bands.largeCap.p50).toBe(summary.fans.largeCap.p50[12]! / 100 - 1);
    expect(digest.percentiles).toHaveLength(2);
    for (const p of digest.percentiles) expect(p).toBeGreaterThanOrEqual(0), expect(p).toBeLessThanOrEqual(100);
  });
});
