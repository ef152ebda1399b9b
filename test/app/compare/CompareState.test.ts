import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario, type Summary } from '../../../src/model/index.ts';
import { CompareState, type PinAddress } from '../../../src/compare/CompareState.svelte.ts';
import { encodeScenario } from '../../../src/url/index.ts';
import { SimulationRunner } from '../../../src/pool/runner.svelte.ts';
import { FakeBackend, type FakePartial } from '../fakeBackend.ts';

const spec = { chunkCount: (s: Scenario) => Math.ceil(s.paths / 1000), chunkPaths: 1000, previewChunks: 1 };

function setup(search = '') {
  const address: PinAddress & { value: string } = {
    value: search,
    search() {
      return this.value;
    },
    replace(next) {
      this.value = next;
    },
  };
  const backends: FakeBackend[] = [];
  let runners = 0;
  const compare = new CompareState(() => {
    runners++;
    return new SimulationRunner<FakePartial>(() => {
      const backend = new FakeBackend(1);
      backends.push(backend);
      return backend;
    }, spec);
  }, address);
  return { compare, address, backends, runners: () => runners };
}

describe('CompareState', () => {
  const a: Scenario = { ...defaultScenario(), paths: 2000, seed: 3 };
  const summary = { seed: 3, paths: 2000 } as unknown as Summary;

  it('pin(A, summary) uses the summary as is, starts no runner and writes a= into the address', () => {
    const { compare, address, runners } = setup('?s=v1.x');
    compare.pin(a, summary);
    expect(compare.summary).toBe(summary);
    expect(runners()).toBe(0);
    expect(new URLSearchParams(address.value).get('a')).toBe(encodeScenario(a));
    expect(new URLSearchParams(address.value).get('s')).toBe('v1.x');
  });

  it('restore() reads A from a= and recomputes its summary on a runner of its own, complete results only', async () => {
    const { compare, backends } = setup(`?a=${encodeScenario(a)}`);
    compare.restore();
    expect(compare.pinned).toEqual(a);
    expect(compare.summary).toBeNull();
    expect(compare.computing).not.toBeNull();
    await backends[0].finishAll();
    expect(compare.summary).toMatchObject({ seed: 3, paths: 2000 });
    expect(compare.computing).toBeNull();
  });

  it('unpin() stops the runner and removes a= from the address', () => {
    const { compare, address, backends } = setup(`?s=v1.x&a=${encodeScenario(a)}`);
    compare.restore();
    compare.unpin();
    expect(compare.pinned).toBeNull();
    expect(compare.summary).toBeNull();
    expect(backends[0].disposed).toBe(true);
    expect(address.value).toBe('?s=v1.x');
  });

  it('a damaged a= leaves compare mode off with a message', () => {
    const { compare } = setup('?a=v1.!!');
    compare.restore();
    expect(compare.pinned).toBeNull();
    expect(compare.message).toMatch(/pinned scenario A/);
  });

  it('a costly A from a link waits for the reader, can be cancelled while computing, and computes after "Compute A"', async () => {
    const big: Scenario = { ...defaultScenario(), paths: 1_000_000, months: 120 };
    const { compare, backends } = setup(`?a=${encodeScenario(big)}`);
    compare.restore();
    expect(compare.needsConfirm).toBe(true);
    expect(compare.estimate).toMatchObject({ paths: 1_000_000, months: 120 });
    compare.confirm();
    expect(compare.needsConfirm).toBe(false);
    expect(compare.computing).not.toBeNull();
    compare.cancel();
    expect(compare.cancelled).toBe(true);
    expect(compare.computing).toBeNull();
    expect(compare.pinned).toEqual(big);
    compare.computeAnyway();
    expect(compare.cancelled).toBe(false);
    expect(compare.needsConfirm).toBe(false);
    expect(compare.computing).not.toBeNull();
    expect(backends.at(-1)!.simulations.length).toBeGreaterThan(0);
    compare.dispose();
  });
});
