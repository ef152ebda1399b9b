import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from '../../src/model/presets.ts';
import type { Branch } from '../../src/model/scenario.ts';
import { validateScenario } from '../../src/model/validateScenario.ts';

const only = (id: string): Branch => {
  const branches = presetById(id)!.scenario().branches;
  expect(branches).toHaveLength(1);
  return branches[0]!;
};
const path = (b: Branch) => b.policy.decisions.map((d) => `${d.date} ${d.bp}`);

describe('PRESETS', () => {
  it('lists the seven stories of MODEL §5 with unique ids, a title and a one-line claim', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      'consensus',
      'goldilocks',
      'labor-rolls-over',
      'sticky-inflation',
      'hawkish-pivot',
      'hard-landing',
      'blended',
    ]);
    for (const preset of PRESETS) {
      expect(preset.title.length).toBeGreaterThan(0);
      expect(preset.claim).toMatch(/^[A-Z].*\.$/);
      expect(preset.claim).not.toMatch(/\n/);
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s validates and returns a fresh scenario each call', (_, preset) => {
    const first = preset.scenario();
    expect(validateScenario(first).ok).toBe(true);
    first.branches[0]!.policy.decisions.push({ date: '2026-12-09', bp: 25 });
    first.snapshot.inflation = 9;
    expect(preset.scenario()).not.toEqual(first);
  });

  it('consensus, the DEFAULT_PRESET_ID the app opens with, is exactly defaultScenario()', () => {
    expect(DEFAULT_PRESET_ID).toBe('consensus');
    expect(presetById(DEFAULT_PRESET_ID)!.scenario()).toEqual(defaultScenario());
  });

  it('presetById returns undefined for an unknown id', () => {
    expect(presetById('nope')).toBeUndefined();
    expect(presetById('goldilocks')!.title).toBe('Goldilocks rotation');
  });

  it('goldilocks: three cuts, inflation starting at 2.5, 10-year −25 bp, ERP −0.5 pp', () => {
    const scenario = presetById('goldilocks')!.scenario();
    const b = scenario.branches[0]!;
    expect(path(b)).toEqual(['2026-03-18 -25', '2026-06-17 -25', '2026-09-16 -25']);
    expect(scenario.snapshot.inflation).toBe(2.5);
    expect(b.yields.shocks).toEqual([{ size: -25, start: 1, permanent: true, halfLife: 24 }]);
    expect(b.backdrop).toMatchObject({ growthShock: 0, growthRiskPremium: 0, riskAppetite: -0.5 });
  });

  it('labor market rolls over: four cuts by June, 10-year −20 bp, slowdown backdrop (−10 pp EPS)', () => {
    const b = only('labor-rolls-over');
    expect(path(b)).toEqual(['2026-01-28 -25', '2026-03-18 -25', '2026-04-29 -25', '2026-06-17 -25']);
    expect(b.yields.shocks[0]).toMatchObject({ size: -20, permanent: true });
    expect(b.backdrop.growthShock).toBe(-10);
    expect(b.policy.informationWeight).toBe(0); // the explicit backdrop says why the Fed cuts
  });

  it('sticky inflation: no cuts, +0.8 pp for 12 months, 10-year +40 bp, soft landing', () => {
    const b = only('sticky-inflation');
    expect(b.policy.decisions).toEqual([]);
    expect(b.inflation.shocks).toEqual([{ size: 0.8, start: 1, duration: 12 }]);
    expect(b.yields.shocks[0]).toMatchObject({ size: 40, permanent: true });
    expect(b.backdrop.growthShock).toBe(0);
  });

  it('hawkish pivot: hikes in September and October, +1.5 pp for 18 months, +75 bp, ERP +0.5 pp', () => {
    const b = only('hawkish-pivot');
    expect(path(b)).toEqual(['2026-09-16 25', '2026-10-28 25']);
    expect(b.inflation.shocks).toEqual([{ size: 1.5, start: 1, duration: 18 }]);
    expect(b.yields.shocks[0]).toMatchObject({ size: 75, permanent: true });
    expect(b.backdrop.riskAppetite).toBe(0.5);
  });

  it('hard landing: 2 pp of cuts by July, 10-year −60 bp fading with the recession, recession backdrop', () => {
    const b = only('hard-landing');
    expect(path(b)).toEqual(['2026-01-28 -50', '2026-03-18 -50', '2026-04-29 -50', '2026-06-17 -25', '2026-07-29 -25']);
    expect(b.yields.shocks[0]).toEqual({ size: -60, start: 1, permanent: false, halfLife: 24 });
    expect(b.backdrop).toMatchObject({ growthShock: -25, growthRiskPremium: 1.5 });
    expect(b.policy.informationWeight).toBe(0);
  });

  it('hard landing: the inflation shock takes the scenario path from 2.7% to 1.9% ± 0.05 after 12 months', () => {
    // π̄[m] = T[m] + φ·(π̄[m−1] − T[m]), with T = target + the active shocks (MODEL §2.3).
    const scenario = presetById('hard-landing')!.scenario();
    const b = scenario.branches[0]!;
    let inflation = scenario.snapshot.inflation;
    for (let m = 1; m <= 12; m++) {
      const active = b.inflation.shocks.filter((s) => m >= s.start && m < s.start + s.duration);
      const target = b.inflation.target + active.reduce((sum, s) => sum + s.size, 0);
      inflation = target + b.inflation.persistence * (inflation - target);
    }
    expect(inflation).toBeCloseTo(1.9, 1);
  });

  it('blended: 60/25/15 branches equal to consensus, sticky inflation and hard landing', () => {
    const branches = presetById('blended')!.scenario().branches;
    expect(branches.map((b) => b.weight)).toEqual([0.6, 0.25, 0.15]);
    const strip = (b: Branch) => ({ ...b, weight: 1 });
    expect(strip(branches[0]!)).toEqual(only('consensus'));
    expect(strip(branches[1]!)).toEqual(only('sticky-inflation'));
    expect(strip(branches[2]!)).toEqual(only('hard-landing'));
  });

  it('every preset starts from the December 11, 2025 snapshot and varies only its branches (and goldilocks its inflation)', () => {
    const base = defaultScenario();
    for (const preset of PRESETS) {
      const { branches: _, snapshot, ...rest } = preset.scenario();
      const { branches: __, snapshot: baseSnapshot, ...baseRest } = base;
      expect(rest).toEqual(baseRest);
      expect({ ...snapshot, inflation: 0 }).toEqual({ ...baseSnapshot, inflation: 0 });
    }
  });
});
