import { expect } from 'vitest';
import type { SimulationPartial } from '../../src/model/simulationPartial.ts';

/** Two partials hold the same paths, counts and exact sums, bit for bit. */
export function expectIdenticalPartials(a: SimulationPartial, b: SimulationPartial): void {
  expect(a.paths).toBe(b.paths);
  expect(Array.from(a.counts)).toEqual(Array.from(b.counts));
  expect(Array.from(a.sums)).toEqual(Array.from(b.sums));
  expect(Array.from(a.riskCounts)).toEqual(Array.from(b.riskCounts));
  expect(Array.from(a.drawdownCounts)).toEqual(Array.from(b.drawdownCounts));
}
