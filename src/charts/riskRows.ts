import type { AssetRisk, Probability } from '../model/index.ts';
import { percent, signedPercent } from './formats.ts';
import { probabilityText } from './probabilityText.ts';

/** One row of the risk table, as the screen shows it and as an export writes it. */
export interface RiskRow {
  label: string;
  /** The figure as shown, and for probabilities its ± margin shown beneath. */
  cell: (risk: AssetRisk) => { value: string; margin?: string };
  /** The figure as a fraction at full precision, signed as shown (losses negative), and a probability's standard error. */
  fraction: (risk: AssetRisk) => { value: number; se?: number };
}

const probability = (pick: (risk: AssetRisk) => Probability): Pick<RiskRow, 'cell' | 'fraction'> => ({
  cell: (risk) => {
    const [value, margin] = probabilityText(pick(risk)).split(' ± ');
    return { value, margin: `± ${margin}` };
  },
  fraction: (risk) => ({ value: pick(risk).value, se: pick(risk).se }),
});

const loss = (pick: (risk: AssetRisk) => number): Pick<RiskRow, 'cell' | 'fraction'> => ({
  cell: (risk) => ({ value: `−${percent(pick(risk))}` }),
  fraction: (risk) => ({ value: -pick(risk) }),
});

const signed = (pick: (risk: AssetRisk) => number): Pick<RiskRow, 'cell' | 'fraction'> => ({
  cell: (risk) => ({ value: signedPercent(pick(risk)) }),
  fraction: (risk) => ({ value: pick(risk) }),
});

/** The rows of the risk table, top to bottom; the table on screen and the summary CSV both read them. */
export const RISK_ROWS: readonly RiskRow[] = [
  { label: 'Median return, annualized', ...signed((r) => r.medianAnnualized) },
  { label: 'Mean return, annualized', ...signed((r) => r.meanAnnualized) },
  { label: 'Chance of a loss', ...probability((r) => r.probLoss) },
  { label: 'Chance of beating the other index¹', ...probability((r) => r.probBeat) },
  { label: 'Chance of a drawdown worse than 20% (bitcoin 50%)', ...probability((r) => r.probDrawdown) },
  { label: 'Median worst drawdown', ...loss((r) => r.medianMaxDrawdown) },
  { label: '95% value at risk', ...loss((r) => r.var95) },
  { label: '95% expected shortfall (CVaR)', ...loss((r) => r.cvar95) },
];
