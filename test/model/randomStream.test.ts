import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/model/randomStream.ts';
import { chunkStreams } from '../../src/model/chunkStreams.ts';
import { mean, variance, varianceSe } from './stats.ts';

const Z = 4;

describe('RandomStream', () => {
  it("draws seedrandom's tychei sequence bit for bit", () => {
    const ours = new RandomStream('rotation');
    const theirs = seedrandom.tychei('rotation');
    for (let i = 0; i < 10_000; i++) expect(ours.int32()).toBe(theirs.int32());
  });

  it('fillNormals gives mean 0 and variance 1 (ziggurat)', () => {
    const values = new Float64Array(400_000);
    new RandomStream('normals').fillNormals(values, values.length);
    expect(Math.abs(mean(values))).toBeLessThan(Z / Math.sqrt(values.length));
    expect(Math.abs(variance(values) - 1)).toBeLessThan(Z * varianceSe(values));
  });

  it.each([5, 7.5, 30])('fillTailScales (ν = %s) gives scales s with w = (ν − 2)/(ν·s²) = χ²ν/ν: mean 1 and variance 2/ν', (nu) => {
    const values = new Float64Array(200_000);
    new RandomStream('chi').fillTailScales(values, values.length, nu);
    for (let i = 0; i < values.length; i++) values[i] = (nu - 2) / (nu * values[i] * values[i]);
    expect(Math.abs(mean(values) - 1)).toBeLessThan(Z * Math.sqrt(2 / nu / values.length));
    expect(Math.abs(variance(values) - 2 / nu)).toBeLessThan(Z * varianceSe(values));
  });

  it('chunk streams depend only on (seed, chunk): equal for equal inputs, different otherwise', () => {
    expect(chunkStreams(1, 2).shocks.int32()).toBe(chunkStreams(1, 2).shocks.int32());
    expect(chunkStreams(1, 2).shocks.int32()).not.toBe(chunkStreams(1, 3).shocks.int32());
    expect(chunkStreams(1, 2).shocks.int32()).not.toBe(chunkStreams(1, 2).branches.int32());
  });
});
