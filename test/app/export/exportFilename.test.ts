import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../../src/export/exportFilename.ts';

describe('exportFilename(kind, scenario, detail?)', () => {
  it.each([
    ['fan', undefined, 'rotation-lab-fan-20251211.csv'],
    ['summary', undefined, 'rotation-lab-summary-20251211.csv'],
    ['attribution', undefined, 'rotation-lab-attribution-20251211.csv'],
    ['scenario', undefined, 'rotation-lab-scenario-20251211.json'],
    ['chart-svg', 'small', 'rotation-lab-chart-small-20251211.svg'],
    ['chart-png', 'Small vs Large!', 'rotation-lab-chart-small-vs-large-20251211.png'],
  ] as const)('names a %s file (detail %j) %s', (kind, detail, expected) => {
    expect(exportFilename(kind, { seed: 20251211 }, detail)).toBe(expected);
  });

  it('keeps a hostile detail or seed out of the path', () => {
    const name = exportFilename('chart-png', { seed: Number.NaN }, '../../etc/passwd"<x>');
    expect(name).toBe('rotation-lab-chart-etc-passwd-x-run.png');
    expect(name).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
  });
});
