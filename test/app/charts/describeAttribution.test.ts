import { describe, expect, test } from 'vitest';
import { describeAttribution } from '../../../src/charts/describeAttribution.ts';

describe('describeAttribution(title, rows, total, months)', () => {
  test('lists every bar with a signed value, so a negative bar is told by its sign and not by its shade', () => {
    const rows = [
      { label: 'Earnings growth', pct: 0.102 },
      { label: 'Debt costs', pct: -0.003 },
      { label: 'Valuation pull', pct: -0.0915 },
    ];
    expect(describeAttribution('S&P 500', rows, 0.081, 24)).toBe(
      'Contributions to the S&P 500 return over 24 months (total +8.1%): Earnings growth +10.2%, Debt costs −0.3%, Valuation pull −9.2%.',
    );
  });
});
