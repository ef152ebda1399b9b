import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario, type Summary } from '../../src/model/index.ts';
import { previewChunksFor } from '../../src/pool/planChunks.ts';
import { SimulationRunner } from '../../src/pool/runner.svelte.ts';
import { warmUpScenarios } from '../../src/pool/warmUp.ts';
import { FakeBackend, settle, type FakePartial } from './fakeBackend.ts';

const unlimited = { seconds: Number.POSITIVE_INFINITY, bytes: Number.POSITIVE_INFINITY };
const spec = { chunkCount: (s: Scenario) => Math.ceil(s.paths / 1000), chunkPaths: 1000, budget: unlimited };

/** A backend whose one-call previews the test settles (or fails) one at a time. */
class WarmBackend extends FakeBackend {
  oneCalls: { scenario: Scenario; chunkStart: number; chunkEnd: number; settle: (ok: boolean) => void }[] = [];

  simulateSummarized(scenario: Scenario, chunkStart: number, chunkEnd: number) {
    return new Promise<{ part: FakePartial; run: { summary: Summary; partial: FakePartial } }>((resolve, reject) => {
      const chunks = Array.from({ length: chunkEnd - chunkStart }, (_, i) => chunkStart + i);
      const summary = { paths: chunks.length * 1000, seed: scenario.seed } as unknown as Summary;
      this.oneCalls.push({
        scenario,
        chunkStart,
        chunkEnd,
        settle: (ok) => (ok ? resolve({ part: { chunks, seed: scenario.seed }, run: { summary, partial: { chunks, seed: scenario.seed } } }) : reject(new Error('worker died'))),
      });
    });
  }
}

const firstBp = (s: Scenario) => s.branches[0]!.policy.decisions[0]!.bp;

/** A runner that has shown the complete result of the default scenario (10,000 × 24: one call). */
async function runnerAfterFirstResult() {
  let backend!: WarmBackend;
  const runner = new SimulationRunner<FakePartial>(() => (backend = new WarmBackend(1)), spec);
  const scenario = defaultScenario();
  runner.request(scenario, false);
  backend.oneCalls[0]!.settle(true);
  await settle();
  expect(runner.status).toBe('done');
  return { runner, backend, scenario, shown: runner.result };
}

describe('SimulationRunner.warmUp', () => {
  it("simulates a drag's first previews (first decision one step up, then down; the preview's chunks) and shows nothing of them", async () => {
    const { runner, backend, scenario, shown } = await runnerAfterFirstResult();
    const warming = runner.warmUp();
    for (let i = 1; i <= 2; i++) {
      await settle();
      backend.oneCalls[i]!.settle(true);
    }
    await warming;
    const calls = backend.oneCalls.slice(1);
    expect(calls.map((c) => firstBp(c.scenario) - firstBp(scenario))).toEqual([25, -25]);
    expect(calls.map((c) => [c.chunkStart, c.chunkEnd])).toEqual([
      [0, previewChunksFor(scenario.months)],
      [0, previewChunksFor(scenario.months)],
    ]);
    expect(runner.result).toBe(shown);
    expect(runner.status).toBe('done');
    expect(runner.progress).toEqual({ done: 10_000, total: 10_000 });
  });

  it('warms up once per runner, and not before a result is done', async () => {
    let backend!: WarmBackend;
    const runner = new SimulationRunner<FakePartial>(() => (backend = new WarmBackend(1)), spec);
    runner.request(defaultScenario(), false);
    await runner.warmUp();
    expect(backend.oneCalls.length).toBe(1); // the run's own call only: it was still running
    backend.oneCalls[0]!.settle(true);
    await settle();
    const warming = runner.warmUp();
    await settle();
    backend.oneCalls[1]!.settle(true);
    await settle();
    backend.oneCalls[2]!.settle(true);
    await warming;
    await runner.warmUp();
    expect(backend.oneCalls.length).toBe(3);
  });

  it('a request during the warm-up stops it: the request is simulated and no further warm-up call is made', async () => {
    const { runner, backend, scenario } = await runnerAfterFirstResult();
    const warming = runner.warmUp();
    await settle();
    expect(backend.oneCalls.length).toBe(2);
    const edited = structuredClone(scenario);
    edited.branches[0]!.policy.decisions[0]!.bp -= 50;
    runner.request(edited, true);
    backend.oneCalls[1]!.settle(true);
    await settle();
    expect(backend.oneCalls.length).toBe(3);
    expect(firstBp(backend.oneCalls[2]!.scenario)).toBe(firstBp(scenario) - 50);
    backend.oneCalls[2]!.settle(true);
    await settle();
    expect(runner.status).toBe('preview');
    expect(firstBp(runner.result!.scenario)).toBe(firstBp(scenario) - 50);
    await warming;
  });

  it('a failed warm-up call is dropped quietly: no error shown, no further call', async () => {
    const { runner, backend } = await runnerAfterFirstResult();
    const warming = runner.warmUp();
    await settle();
    backend.oneCalls[1]!.settle(false);
    await warming;
    expect(backend.oneCalls.length).toBe(2);
    expect(runner.status).toBe('done');
    expect(runner.error).toBeNull();
  });
});

describe('warmUpScenarios', () => {
  it('moves the first announced decision of the first branch one step up, then one down, on copies', () => {
    const scenario = defaultScenario();
    const before = JSON.stringify(scenario);
    const [up, down] = warmUpScenarios(scenario);
    expect(firstBp(up!) - firstBp(scenario)).toBe(25);
    expect(firstBp(down!) - firstBp(scenario)).toBe(-25);
    expect(JSON.stringify(scenario)).toBe(before);
    // Nothing else moves.
    up!.branches[0]!.policy.decisions[0]!.bp = firstBp(scenario);
    expect(JSON.stringify(up)).toBe(before);
  });

  it('stays within the decision bounds, and gives the scenario itself when no decision is announced', () => {
    const scenario = defaultScenario();
    scenario.branches[0]!.policy.decisions[0]!.bp = 1000;
    expect(warmUpScenarios(scenario).map(firstBp)).toEqual([1000, 975]);
    scenario.branches[0]!.policy.decisions = [];
    expect(warmUpScenarios(scenario)).toEqual([scenario]);
  });
});
