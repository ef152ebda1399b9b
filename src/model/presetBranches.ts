import { defaultBranch } from './defaultScenario.ts';
import type { Branch, PolicyDecision, YieldShock } from './scenario.ts';

// Second days of the 2026 FOMC meetings, by month.
const MEETING_2026 = {
  jan: '2026-01-28',
  mar: '2026-03-18',
  apr: '2026-04-29',
  jun: '2026-06-17',
  jul: '2026-07-29',
  sep: '2026-09-16',
  oct: '2026-10-28',
  dec: '2026-12-09',
} as const;
type MeetingMonth = keyof typeof MEETING_2026;

/** Decisions at the 2026 meetings, e.g. `decisions2026(['mar', -25], ['jun', -25])`. */
function decisions2026(...moves: [MeetingMonth, number][]): PolicyDecision[] {
  return moves.map(([month, bp]) => ({ date: MEETING_2026[month], bp }));
}

/**
 * The table's 10-year moves are level changes the story expects to last, so they enter as a
 * permanent term-premium shock from month 1, on top of what the policy path does to expectations.
 * The half-life is unused while the shock is permanent; 24 months is what a user sees if they
 * switch it to fading.
 */
function termPremiumShock(bp: number): YieldShock[] {
  return [{ size: bp, start: 1, permanent: true, halfLife: 24 }];
}

function branch(name: string, edit: (b: Branch) => void): Branch {
  const b = defaultBranch();
  b.name = name;
  edit(b);
  return b;
}

/** The consensus: two cuts in 2026, inflation drifting to target, soft landing (the default branch). */
export function consensusBranch(): Branch {
  return defaultBranch();
}

/** Three cuts into cooling inflation and lower long yields, with more risk appetite. */
export function goldilocksBranch(): Branch {
  return branch('Goldilocks rotation', (b) => {
    b.policy.decisions = decisions2026(['mar', -25], ['jun', -25], ['sep', -25]);
    b.yields.shocks = termPremiumShock(-25);
    b.backdrop.riskAppetite = -0.5;
  });
}

/** Four quick cuts because jobs weaken; earnings take a slowdown hit. */
export function laborRollsOverBranch(): Branch {
  return branch('Labor market rolls over', (b) => {
    b.policy.decisions = decisions2026(['jan', -25], ['mar', -25], ['apr', -25], ['jun', -25]);
    b.yields.shocks = termPremiumShock(-20);
    b.backdrop.growthShock = -10;
    // The story says why the Fed cuts (a slowdown): an explicit backdrop overrides the reading.
    b.policy.informationWeight = 0;
  });
}

/** Tariffs keep inflation 0.8 pp higher for a year and the Fed holds. */
export function stickyInflationBranch(): Branch {
  return branch('Sticky tariff inflation, Fed pauses', (b) => {
    b.policy.decisions = [];
    b.inflation.shocks = [{ size: 0.8, start: 1, duration: 12 }];
    b.yields.shocks = termPremiumShock(40);
  });
}

/** Inflation re-accelerates and the Fed hikes twice in the autumn. */
export function hawkishPivotBranch(): Branch {
  return branch('Hawkish pivot', (b) => {
    b.policy.decisions = decisions2026(['sep', 25], ['oct', 25]);
    b.inflation.shocks = [{ size: 1.5, start: 1, duration: 18 }];
    b.yields.shocks = termPremiumShock(75);
    b.backdrop.riskAppetite = 0.5;
  });
}

/**
 * A recession: 2 pp of cuts by July, lower long yields, earnings down and a higher risk premium.
 * "Inflation falls 0.8 pp" is read as 2.7% → about 1.9% after a year: the path decays toward
 * target + shock, so a −1.4 pp shock held for 12 months gives 0.6 + 2.1·0.96¹² ≈ 1.89% at month 12,
 * after which inflation drifts back to target. Lowering the start instead would contradict the
 * observed snapshot.
 */
export function hardLandingBranch(): Branch {
  return branch('Hard landing', (b) => {
    b.policy.decisions = decisions2026(['jan', -50], ['mar', -50], ['apr', -50], ['jun', -25], ['jul', -25]);
    b.inflation.shocks = [{ size: -1.4, start: 1, duration: 12 }];
    // A recession's low long yields are part of the detour, like its earnings hit: they fade
    // (half-life 24 months) instead of lasting, so ten years out the hard landing is not a
    // permanently different market (MODEL §9.6).
    b.yields.shocks = [{ size: -60, start: 1, permanent: false, halfLife: 24 }];
    b.backdrop.growthShock = -25;
    b.backdrop.growthRiskPremium = 1.5;
    // The story says why the Fed cuts (a recession): an explicit backdrop overrides the reading.
    b.policy.informationWeight = 0;
  });
}
