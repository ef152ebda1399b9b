import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../../src/export/exportFilename.ts';

describe('exportFilename(kind, origin, detail?)', () => {
  const consensus = { story: 'consensus', snapshotDate: '2025-12-11' };
  it.each([
    ['fan', undefined, 'rotation-lab-consensus-fan-20251211.csv'],
    ['summary', undefined, 'rotation-lab-consensus-summary-20251211.csv'],
    ['attribution', undefined, 'rotation-lab-consensus-attribution-20251211.csv'],
    ['scenario', undefined, 'rotation-lab-consensus-scenario-20251211.json'],
    ['chart-svg', 'small', 'rotation-lab-consensus-chart-small-20251211.svg'],
    ['chart-png', 'Small vs Large!', 'rotation-lab-consensus-chart-small-vs-large-20251211.png'],
  ] as const)('names a %s file (detail %j) %s', (kind, detail, expected) => {
    expect(exportFilename(kind, consensus, detail)).toBe(expected);
  });

  it('names an edited scenario "custom" and carries its own snapshot date', () => {
    expect(exportFilename('fan', { story: null, snapshotDate: '2026-11-27' })).toBe('rotation-lab-custom-fan-20261127.csv');
    expect(exportFilename('chart-png', { story: 'hard-landing', snapshotDate: '2026-01-05' }, 'S&P 500')).toBe(
      'rotation-lab-hard-landing-chart-s-p-500-20260105.png',
    );
  });

  it('keeps a hostile story, detail or date out of the path', () => {
    const name = exportFilename('chart-png', { story: '../..', snapshotDate: '../x' }, '../../etc/passwd"<x>');
    expect(name).toBe('rotation-lab-custom-chart-etc-passwd-x-undated.png');
    expect(name).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
  });
});
