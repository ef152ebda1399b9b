import fc from 'fast-check';
import { boundFor } from '../../../src/model/boundFor.ts';
import { BOUNDS } from '../../../src/model/bounds.ts';
import { defaultBranch, defaultScenario } from '../../../src/model/defaultScenario.ts';
import type { Branch, PolicyDecision, Scenario, ShockAssumptions } from '../../../src/model/scenario.ts';

/** FOMC decision days (second day of each meeting), 2026 and the assumed 2027 dates. */
const meetingDates = [
  '2026-01-28', '2026-03-18', '2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16', '2026-10-28', '2026-12-09',
  '2027-01-27', '2027-03-17', '2027-04-28', '2027-06-16', '2027-07-28', '2027-09-15', '2027-10-27', '2027-12-08',
];

/** A number inside the bound of `path`: exact decimals, arbitrary doubles, or the bound's ends. */
function numberAt(path: string, fallback: number): fc.Arbitrary<number> {
  const bound = boundFor(path);
  if (!bound) return fc.constant(fallback);
  const { min, max } = bound;
  if (bound.integer) return fc.oneof(fc.constant(fallback), fc.integer({ min, max }));
  return fc.oneof(
    fc.constant(fallback),
    fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((k) => k / 100),
    // Arbitrary doubles test that every bit of a number survives; -0 is written as 0 by JSON.
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
    fc.constantFrom(min, max),
  );
}

/** Replaces every number and boolean of `defaults` by an arbitrary one within its bound. */
function perturb<T>(defaults: T, path: string): fc.Arbitrary<T> {
  if (typeof defaults === 'number') return numberAt(path, defaults) as unknown as fc.Arbitrary<T>;
  if (typeof defaults === 'boolean') return fc.boolean() as unknown as fc.Arbitrary<T>;
  if (defaults !== null && typeof defaults === 'object' && !Array.isArray(defaults)) {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, value] of Object.entries(defaults)) fields[key] = perturb(value, path ? `${path}.${key}` : key);
    return fc.record(fields) as unknown as fc.Arbitrary<T>;
  }
  return fc.constant(defaults);
}

const decisionsArb: fc.Arbitrary<PolicyDecision[]> = fc
  .subarray(meetingDates)
  .chain((dates) =>
    fc.tuple(...dates.map((date) => fc.integer({ min: -4, max: 4 }).map((k) => ({ date, bp: k * 25 })))),
  )
  .map((decisions) => decisions.map((d) => ({ date: d.date, bp: d.bp === 0 ? 0 : d.bp })));

const inflationShocksArb = fc.array(
  fc.record({
    size: numberAt('inflation.shocks[].size', 1),
    start: fc.integer({ min: 1, max: 60 }),
    duration: fc.integer({ min: 1, max: 60 }),
  }),
  { maxLength: 3 },
);

const yieldShocksArb = fc.array(
  fc.record({
    size: numberAt('yields.shocks[].size', 25),
    start: fc.integer({ min: 1, max: 60 }),
    permanent: fc.boolean(),
    halfLife: numberAt('yields.shocks[].halfLife', 12),
  }),
  { maxLength: 3 },
);

/** Correlations within bounds; a matrix that is not safely positive definite falls back to the defaults. */
const correlationsArb: fc.Arbitrary<Pick<ShockAssumptions, 'smallLarge' | 'bitcoinLarge' | 'bitcoinSmall'>> = fc
  .record({
    smallLarge: numberAt('shocks.smallLarge', 0.88),
    bitcoinLarge: numberAt('shocks.bitcoinLarge', 0.4),
    bitcoinSmall: numberAt('shocks.bitcoinSmall', 0.4),
  })
  .map((c) => {
    const { smallLarge: a, bitcoinLarge: b, bitcoinSmall: s } = c;
    const determinant = 1 - a * a - b * b - s * s + 2 * a * b * s;
    return determinant > 0.01 ? c : { smallLarge: 0.88, bitcoinLarge: 0.4, bitcoinSmall: 0.4 };
  });

const nameArb = fc
  .string({ unit: fc.constantFrom(...'abcXYZ 019-–é€✓🙂'.split(/(?:)/u)), minLength: 1, maxLength: 30 })
  .map((name) => name.trim() || 'Branch');

/** A branch with every field perturbed within its bound (weight set by the scenario). */
const branchArb: fc.Arbitrary<Branch> = fc
  .record({
    base: perturb(defaultBranch(), ''),
    name: nameArb,
    decisions: fc.oneof(fc.constant(defaultBranch().policy.decisions), decisionsArb),
    inflationShocks: inflationShocksArb,
    yieldShocks: yieldShocksArb,
    correlations: correlationsArb,
    tailDf: fc.oneof(fc.constant<number | null>(5), fc.constant(null), numberAt('shocks.tailDf', 5)),
  })
  .map(({ base, name, decisions, inflationShocks, yieldShocks, correlations, tailDf }) => ({
    ...base,
    name,
    policy: { ...base.policy, decisions },
    inflation: { ...base.inflation, shocks: inflationShocks },
    yields: { ...base.yields, shocks: yieldShocks },
    shocks: { ...correlations, tailDf },
  }));

/** Decisions whose announced path stays within the policy-rate bound: a move that would leave it is reversed. */
function keepRateInRange(startRate: number, decisions: PolicyDecision[]): PolicyDecision[] {
  const { min, max } = BOUNDS['snapshot.policyRate'];
  let rate = startRate;
  return decisions.map(({ date, bp }) => {
    const move = rate + bp / 100 < min || rate + bp / 100 > max ? -bp : bp;
    rate += move / 100;
    return { date, bp: move === 0 ? 0 : move };
  });
}

/**
 * Valid scenarios: defaultScenario() perturbed within BOUNDS, with 1–4 branches whose weights are
 * k/Σk, so they sum to 1 within rounding.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    base: perturb(defaultScenario(), ''),
    returnMode: fc.constantFrom<Scenario['returnMode']>('price', 'total'),
    date: fc.constantFrom('2025-12-11', '2024-08-30', '2019-07-31'),
    branches: fc.oneof(fc.constant<Branch[]>([defaultBranch()]), fc.array(branchArb, { minLength: 1, maxLength: 4 })),
    shares: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ base, returnMode, date, branches, shares }) => {
    const used = shares.slice(0, branches.length);
    const total = used.reduce((sum, k) => sum + k, 0);
    return {
      ...base,
      returnMode,
      // The default priced path belongs to the default date; another date prices nothing here.
      snapshot: { ...base.snapshot, date, pricedDecisions: date === base.snapshot.date ? keepRateInRange(base.snapshot.policyRate, base.snapshot.pricedDecisions) : [] },
      branches: branches.map((branch, i) => ({
        ...branch,
        name: branches.length > 1 ? `${branch.name} ${i + 1}` : branch.name,
        weight: branches.length > 1 ? used[i] / total : 1,
        policy: { ...branch.policy, decisions: keepRateInRange(base.snapshot.policyRate, branch.policy.decisions) },
      })),
    };
  });
