import { describe, expect, it } from 'vitest';
import { describeScenario } from '../../../src/export/describeScenario.ts';
import { describePolicy } from '../../../src/export/describePolicy.ts';
import { chartSourceLine } from '../../../src/export/chartSourceLine.ts';
import { formatCount } from '../../../src/export/formatCount.ts';
import { defaultBranch, defaultScenario } from '../../../src/model/defaultScenario.ts';

describe('describeScenario(scenario)', () => {
  it('describes the default scenario in one line', () => {
    expect(describeScenario(defaultScenario())).toBe(
      'Two cuts: −25 bp Mar 2026, −25 bp Jun 2026 · inflation target 2% · 24 months · 10,000 paths · seed 20251211',
    );
  });

  it('names total-return mode', () => {
    const scenario = { ...defaultScenario(), returnMode: 'total' as const };
    expect(describeScenario(scenario)).toContain(' · total return · 24 months');
  });

  it('lists a mixture’s branches by name and weight instead of a policy path', () => {
    const hold = { ...defaultBranch(), name: 'No cuts', weight: 0.4 };
    hold.policy = { ...hold.policy, decisions: [] };
    const scenario = { ...defaultScenario(), branches: [{ ...defaultBranch(), weight: 0.6 }, hold] };
    expect(describeScenario(scenario)).toBe(
      'Mixture: Two cuts (consensus) 60%, No cuts 40% · 24 months · 10,000 paths · seed 20251211',
    );
  });

  it('leaves the seed to the source line when asked', () => {
    expect(describeScenario(defaultScenario(), false)).toBe(
      'Two cuts: −25 bp Mar 2026, −25 bp Jun 2026 · inflation target 2% · 24 months · 10,000 paths',
    );
  });

  it('never contains a line break', () => {
    const branch = { ...defaultBranch(), name: 'line\nbreak' };
    expect(describeScenario({ ...defaultScenario(), branches: [branch, branch] })).not.toMatch(/[\r\n]/);
  });
});

describe('describePolicy(decisions)', () => {
  it.each([
    [[], 'Fed on hold'],
    [[{ date: '2026-01-28', bp: 0 }], 'Fed on hold'],
    [[{ date: '2026-07-29', bp: 25 }], 'One hike: +25 bp Jul 2026'],
    [
      [
        { date: '2026-06-17', bp: 25 },
        { date: '2026-03-18', bp: -50 },
      ],
      'One cut, one hike: −50 bp Mar 2026, +25 bp Jun 2026',
    ],
    [
      ['01', '03', '04', '06', '07', '09'].map((m) => ({ date: `2026-${m}-15`, bp: -25 })),
      'Six cuts: −25 bp Jan 2026, −25 bp Mar 2026, −25 bp Apr 2026, −25 bp Jun 2026, 2 more',
    ],
  ])('describes %j as %j', (decisions, expected) => {
    expect(describePolicy(decisions)).toBe(expected);
  });
});

describe('chartSourceLine(run, dataDate)', () => {
  it('names the model version, the data date, the seed and the paths and says it is a scenario, not a forecast', () => {
    expect(chartSourceLine({ seed: 7, paths: 250_000 }, '2025-12-11')).toMatch(
      /^Rotation Lab model( v\d+)? · market data as of 2025-12-11 · seed 7 · 250,000 paths · a scenario, not a forecast$/,
    );
  });
});

describe('formatCount(n)', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1_000_000, '1,000,000'],
  ])('writes %i as %s in every locale', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });
});
