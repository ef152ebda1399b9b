import { EQUITY_KEYS } from './equityFieldSpecs.ts';

/** A collapsible group of the assumptions panel and the field keys it shows. */
export interface AssumptionGroup {
  id: string;
  title: string;
  fields: string[];
}

/** The assumption groups, in the order shown; snapshot and tail fields have extra controls of their own. */
export const ASSUMPTION_GROUPS: readonly AssumptionGroup[] = [
  {
    id: 'snapshot',
    title: 'Start snapshot',
    fields: ['snapshot.policyRate', 'snapshot.tenYear', 'snapshot.inflation', 'snapshot.smallCap', 'snapshot.largeCap', 'snapshot.bitcoin'],
  },
  { id: 'smallCap', title: 'Russell 2000 (small caps)', fields: EQUITY_KEYS.map((k) => `smallCap.${k}`) },
  { id: 'largeCap', title: 'S&P 500 (large caps)', fields: EQUITY_KEYS.map((k) => `largeCap.${k}`) },
  {
    id: 'bitcoin',
    title: 'Bitcoin',
    fields: ['bitcoin.drift', 'bitcoin.rateSensitivity', 'bitcoin.jumpIntensity', 'bitcoin.jumpMean', 'bitcoin.jumpVol', 'bitcoin.vol'],
  },
  { id: 'shocks', title: 'Shocks: correlations and tails', fields: ['shocks.smallLarge', 'shocks.bitcoinLarge', 'shocks.bitcoinSmall'] },
  {
    id: 'mechanics',
    title: 'Rates, yields and risk premium mechanics',
    fields: [
      'policy.surpriseReversion',
      'policy.lowerBound',
      'policy.neutralRate',
      'policy.neutralHalfLife',
      'yields.inflationBeta',
      'yields.termPremiumVol',
      'yields.termPremiumReversion',
      'yields.stockBondCorrelation',
      'backdrop.inflationRiskPremium',
      'backdrop.recoveryMonths',
    ],
  },
];
