import { describe, expect, it } from 'vitest';
import { defaultScenario, simulatePartial, summarize } from '../../src/model/index.ts';
import { prepareScenario } from '../../src/model/prepareScenario.ts';
import { preparedFor } from '../../src/model/preparedFor.ts';

describe('preparedFor(scenario)', () => {
  it('reuses the preparation when only the seed or the path count changes', () => {
    const a = defaultScenario();
    const first = preparedFor(a);
    expect(preparedFor({ ...a, seed: 7, paths: 3000 })).toBe(first);
  });

  it('prepares again when anything that enters the preparation changes', () => {
    const a = defaultScenario();
    const first = preparedFor(a);
    const b = defaultScenario();
    b.branches[0].largeCap.duration = 9;
    expect(preparedFor(b)).not.toBe(first);
    expect(preparedFor({ ...a, months: 36 })).not.toBe(preparedFor(a));
  });

  it('gives the same histogram ranges as a fresh preparation', () => {
    const s = defaultScenario();
    expect(Array.from(preparedFor(s).ranges)).toEqual(Array.from(prepareScenario(s).ranges));
  });

  it('is not changed by transferring or editing a summary that came from it', () => {
    const s = { ...defaultScenario(), paths: 1000 };
    const partial = simulatePartial(s);
    structuredClone(partial, { transfer: [partial.ranges.buffer as ArrayBuffer] });
    const summary = summarize(s, simulatePartial(s));
    summary.diagnostics.notices.push('edited by a reader');
    expect(preparedFor(s).notices).not.toContain('edited by a reader');
    expect(preparedFor(s).ranges.byteLength).toBeGreaterThan(0);
  });
});
