import { describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/model/index.ts';
import { FakeBackend } from '../fakeBackend.ts';

const backends: FakeBackend[] = [];
vi.mock('../../../src/pool/workerBackend.ts', () => ({
  workerBackend: (size: number) => {
    const backend = new FakeBackend(size);
    backends.push(backend);
    return backend;
  },
}));

const { compareRunner } = await import('../../../src/compare/compareRunner.ts');

describe('compareRunner()', () => {
  it('asks before a costly A (a link\'s 1,000,000 paths × 120 months) and starts its full run only when confirmed', () => {
    const runner = compareRunner();
    runner.request({ ...defaultScenario(), paths: 1_000_000, months: 120 }, false);
    expect(runner.status).toBe('confirm');
    expect(runner.estimate!.seconds).toBeGreaterThan(20);
    const asked = backends[0]!.simulations.length;
    runner.confirm();
    expect(runner.status).toBe('running');
    expect(backends[0]!.simulations.length).toBeGreaterThanOrEqual(asked);
    runner.dispose();
  });

  it('runs a small A at once', () => {
    const runner = compareRunner();
    runner.request({ ...defaultScenario(), paths: 2000 }, false);
    expect(runner.status).toBe('running');
    runner.dispose();
  });
});
