import { describe, expect, test } from 'vitest';
import { additiveWhy } from '../../../src/charts/additiveWhy.ts';
import { describeAttribution } from '../../../src/charts/describeAttribution.ts';

describe('describeAttribution(subject, why, months)', () => {
  test('lists every step with its signed value as displayed, so a negative step is told by its sign and not by its shade', () => {
    const why = additiveWhy({ earnings: 0.102, financing: -0.003, valuation: -0.018 }, ['earnings', 'financing', 'valuation'], 0.081);
    expect(describeAttribution('the S&P 500 return', why, 24)).toBe(
      'Contributions to the S&P 500 return over 24 months, in log points that add up (total +8.1): Earnings growth +10.2, Debt costs −0.3, Valuation pull −1.8.',
    );
  });
});
