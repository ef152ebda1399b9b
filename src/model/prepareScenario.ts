import type { Scenario } from './scenario.ts';
import { branchPlan, neutralBranch, type BranchPlan } from './branchPlan.ts';
import { calibrateResiduals, type ResidualCalibration } from './calibrateResiduals.ts';
import { stockBondLoading } from './stockBondLoading.ts';
import { seriesRanges } from './seriesRanges.ts';

/** A branch ready to simulate: its deterministic plan and its calibrated residuals. */
export interface PreparedBranch {
  plan: BranchPlan;
  residuals: ResidualCalibration;
}

/** Everything the engine derives from a scenario before drawing a random number. */
export interface PreparedScenario {
  branches: PreparedBranch[];
  /** Cumulative branch weights, for drawing each path's branch. */
  cumulativeWeights: Float64Array;
  ranges: Float64Array;
  levels: Float64Array;
  notices: string[];
}

/** Term premium band (pp) that the recent ACM estimates support (MODEL §2.5), widened for "far". */
const TERM_PREMIUM_LOW = 0.2;
const TERM_PREMIUM_HIGH = 1.2;

/** Builds plans, calibrates residuals on each branch's neutral version and sizes the histograms. */
export function prepareScenario(scenario: Scenario): PreparedScenario {
  const notices: string[] = [];
  const many = scenario.branches.length > 1;
  const branches = scenario.branches.map((branch) => {
    const plan = branchPlan(scenario, branch);
    const neutral = branchPlan(scenario, neutralBranch(branch, scenario));
    const [small, large] = stockBondLoading(neutral, branch.smallCap.cyclicality, branch.largeCap.cyclicality);
    for (const p of [plan, neutral]) {
      p.smallCap.termPremiumGrowth = small;
      p.largeCap.termPremiumGrowth = large;
    }
    const residuals = calibrateResiduals(neutral);
    const prefix = many ? `${branch.name}: ` : '';
    for (const notice of residuals.notices) notices.push(prefix + notice);
    const tp0 = plan.termPremium0 * 100;
    if (tp0 < TERM_PREMIUM_LOW || tp0 > TERM_PREMIUM_HIGH) {
      notices.push(
        `${prefix}The start 10-year yield implies a term premium of ${tp0.toFixed(2)} pp, far from the ` +
          '0.6–0.8 pp of recent estimates (ACM); check the snapshot yield, the policy path or the neutral rate.',
      );
    }
    return { plan, residuals };
  });
  const cumulativeWeights = new Float64Array(branches.length);
  let total = 0;
  for (const b of branches) total += Math.max(0, b.plan.weight);
  let acc = 0;
  branches.forEach((b, i) => {
    acc += total > 0 ? Math.max(0, b.plan.weight) / total : 1 / branches.length;
    cumulativeWeights[i] = acc;
  });
  cumulativeWeights[branches.length - 1] = 1;
  const s = scenario.snapshot;
  const levels = new Float64Array([s.smallCap, s.largeCap, s.bitcoin, 100, s.policyRate, s.tenYear, s.inflation]);
  return { branches, cumulativeWeights, ranges: seriesRanges(branches, scenario.months), levels, notices };
}
