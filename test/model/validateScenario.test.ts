import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDS, type BoundKey } from '../../src/model/bounds.ts';
import { boundFor } from '../../src/model/boundFor.ts';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { REPLAYS } from '../../src/model/history.ts';
import { PRESETS } from '../../src/model/presets.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { validateScenario, type ScenarioError } from '../../src/model/validateScenario.ts';

// Scenarios are edited through `any` here on purpose: the point is to feed the validator what the
// type system would refuse.
type Loose = any;

function errorsOf(input: unknown): ScenarioError[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.errors;
}

function mutated(edit: (s: Loose) => void): Scenario {
  const s = defaultScenario();
  edit(s);
  return s;
}

const b0 = 'branches[0]';

/** [what is wrong, the edit, the error path expected, text the message must contain, received]. */
const BAD_FIELDS: [string, (s: Loose) => void, string, RegExp, string?][] = [
  // wrong types, non-finite numbers, ranges, integers
  ['seed is NaN', (s) => (s.seed = NaN), 'seed', /seed must be an integer from 0 to 4,294,967,295; got NaN/, 'NaN'],
  ['seed is negative', (s) => (s.seed = -1), 'seed', /got -1/, '-1'],
  ['seed is not whole', (s) => (s.seed = 1.5), 'seed', /an integer/, '1.5'],
  ['seed exceeds 32 bits', (s) => (s.seed = 2 ** 32), 'seed', /4,294,967,295/],
  ['seed is a string', (s) => (s.seed = '42'), 'seed', /got "42"/, '"42"'],
  ['seed is null', (s) => (s.seed = null), 'seed', /got null/, 'null'],
  ['seed is missing', (s) => delete s.seed, 'seed', /seed is missing; it must be an integer/, 'undefined'],
  ['paths below 100', (s) => (s.paths = 99), 'paths', /paths must be an integer from 100 to 1,000,000 \(paths\); got 99/],
  ['paths above 1,000,000', (s) => (s.paths = 1_000_001), 'paths', /1,000,000/],
  ['paths is -Infinity', (s) => (s.paths = -Infinity), 'paths', /got -Infinity/, '-Infinity'],
  ['months below 6', (s) => (s.months = 5), 'months', /months must be an integer from 6 to 120 \(months\); got 5/],
  ['months above 120', (s) => (s.months = 121), 'months', /got 121/],
  ['months is fractional', (s) => (s.months = 12.5), 'months', /an integer/],
  ['months is a boolean', (s) => (s.months = true), 'months', /got true/, 'true'],
  ['returnMode is unknown', (s) => (s.returnMode = 'log'), 'returnMode', /one of "price", "total"; got "log"/],
  ['snapshot date does not exist', (s) => (s.snapshot.date = '2025-02-30'), 'snapshot.date', /calendar date.*got "2025-02-30"/],
  ['snapshot date has month 13', (s) => (s.snapshot.date = '2025-13-01'), 'snapshot.date', /YYYY-MM-DD/],
  ['snapshot date is not padded', (s) => (s.snapshot.date = '2025-1-1'), 'snapshot.date', /YYYY-MM-DD/],
  ['snapshot date is a number', (s) => (s.snapshot.date = 20251211), 'snapshot.date', /got 20251211/],
  ['snapshot date is too early', (s) => (s.snapshot.date = '1899-12-31'), 'snapshot.date', /1900 to 2100/],
  ['policy rate above 20%', (s) => (s.snapshot.policyRate = 21), 'snapshot.policyRate', /from 0 to 20 \(%\); got 21/],
  ['policy rate negative', (s) => (s.snapshot.policyRate = -0.1), 'snapshot.policyRate', /got -0.1/],
  ['10-year is NaN', (s) => (s.snapshot.tenYear = NaN), 'snapshot.tenYear', /got NaN/],
  ['inflation above 25%', (s) => (s.snapshot.inflation = 26), 'snapshot.inflation', /from -5 to 25/],
  ['Russell 2000 level is 0', (s) => (s.snapshot.smallCap = 0), 'snapshot.smallCap', /points/],
  ['S&P 500 level is a string', (s) => (s.snapshot.largeCap = '6901'), 'snapshot.largeCap', /got "6901"/],
  ['bitcoin level is Infinity', (s) => (s.snapshot.bitcoin = Infinity), 'snapshot.bitcoin', /got Infinity/, 'Infinity'],
  ['weight above 1', (s) => (s.branches[0].weight = 1.5), `${b0}.weight`, /from 0 to 1/],
  ['policy surprise vol is NaN', (s) => (s.branches[0].policy.surpriseVol = NaN), `${b0}.policy.surpriseVol`, /branches\[0\]\.policy\.surpriseVol must be a number from 0 to 5 \(pp\/√yr\); got NaN/],
  ['surprise reversion is 0', (s) => (s.branches[0].policy.surpriseReversion = 0), `${b0}.policy.surpriseReversion`, /from 0.01 to 5/],
  ['inflation reaction above 1.5', (s) => (s.branches[0].policy.inflationReaction = 2), `${b0}.policy.inflationReaction`, /0 to 1.5/],
  ['reacts-to-shocks is a number', (s) => (s.branches[0].policy.reactsToInflationShocks = 1), `${b0}.policy.reactsToInflationShocks`, /true or false; got 1/],
  ['neutral half-life is 0', (s) => (s.branches[0].policy.neutralHalfLife = 0), `${b0}.policy.neutralHalfLife`, /months/],
  ['inflation persistence is 1', (s) => (s.branches[0].inflation.persistence = 1), `${b0}.inflation.persistence`, /0 to 0.999/],
  ['inflation surprise vol is negative', (s) => (s.branches[0].inflation.surpriseVol = -0.1), `${b0}.inflation.surpriseVol`, /got -0.1/],
  ['term premium vol is a string', (s) => (s.branches[0].yields.termPremiumVol = 'abc'), `${b0}.yields.termPremiumVol`, /got "abc"/, '"abc"'],
  ['growth shock below -50 pp', (s) => (s.branches[0].backdrop.growthShock = -60), `${b0}.backdrop.growthShock`, /-50 to 50 \(pp\)/],
  ['interest burden above 0.95', (s) => (s.branches[0].smallCap.interestBurden = 0.96), `${b0}.smallCap.interestBurden`, /0 to 0.95/],
  ['debt rate is 0', (s) => (s.branches[0].smallCap.debtRate = 0), `${b0}.smallCap.debtRate`, /0.5 to 30/],
  ['starting P/E is 0', (s) => (s.branches[0].largeCap.startPE = 0), `${b0}.largeCap.startPE`, /1 to 200/],
  ['duration above 50 years', (s) => (s.branches[0].largeCap.duration = 51), `${b0}.largeCap.duration`, /0 to 50 \(years\)/],
  ['equity vol is 0', (s) => (s.branches[0].largeCap.vol = 0), `${b0}.largeCap.vol`, /1 to 200/],
  ['bitcoin vol above 200%', (s) => (s.branches[0].bitcoin.vol = 201), `${b0}.bitcoin.vol`, /1 to 200 \(%\/√yr\)/],
  ['jump size beyond -2 log points', (s) => (s.branches[0].bitcoin.jumpMean = -3), `${b0}.bitcoin.jumpMean`, /log points/],
  ['correlation of 1', (s) => (s.branches[0].shocks.smallLarge = 1), `${b0}.shocks.smallLarge`, /-0.99 to 0.99/],
  ['tailDf below 4.5', (s) => (s.branches[0].shocks.tailDf = 4), `${b0}.shocks.tailDf`, /null \(normal shocks\) or a number from 4.5 to 1,000/],
  ['tailDf above 1000', (s) => (s.branches[0].shocks.tailDf = 1001), `${b0}.shocks.tailDf`, /got 1001/],
  ['tailDf is "normal"', (s) => (s.branches[0].shocks.tailDf = 'normal'), `${b0}.shocks.tailDf`, /got "normal"/],
  // names
  ['branch name too long', (s) => (s.branches[0].name = 'x'.repeat(81)), `${b0}.name`, /at most 80 characters/],
  ['branch name with a control character', (s) => (s.branches[0].name = 'a\u0000b'), `${b0}.name`, /without control characters; got "a\\u0000b"/],
  ['branch name with a bidi override', (s) => (s.branches[0].name = 'a\u202eb'), `${b0}.name`, /control characters/],
  ['branch name is a number', (s) => (s.branches[0].name = 42), `${b0}.name`, /got 42/],
  // missing and unknown fields, at every level
  ['a branch field is missing', (s) => delete s.branches[0].policy.surpriseVol, `${b0}.policy.surpriseVol`, /is missing; it must be a number from 0 to 5/, 'undefined'],
  ['the snapshot is missing', (s) => delete s.snapshot, 'snapshot', /snapshot is missing; it must be an object/],
  ['the policy block is an array', (s) => (s.branches[0].policy = []), `${b0}.policy`, /must be an object; got \[…\]/, '[…]'],
  ['an unknown top-level field', (s) => (s.extra = 1), 'extra', /extra is not a field of a scenario/],
  ['an unknown snapshot field', (s) => (s.snapshot.open = 1), 'snapshot.open', /not a field of snapshot/],
  ['an unknown branch field', (s) => (s.branches[0].notes = 'x'), `${b0}.notes`, /not a field of branches\[0\]/],
  ['an unknown policy field', (s) => (s.branches[0].policy.extra = 1), `${b0}.policy.extra`, /not a field of branches\[0\]\.policy/],
  ['an unknown decision field', (s) => (s.branches[0].policy.decisions[0].note = 'x'), `${b0}.policy.decisions[0].note`, /not a field/],
  ['an unknown equity field', (s) => (s.branches[0].smallCap.beta = 1), `${b0}.smallCap.beta`, /not a field/],
  ['a __proto__ key from JSON', (s) => Object.defineProperty(s.branches[0].shocks, '__proto__', { value: {}, enumerable: true }), `${b0}.shocks.__proto__`, /not a field/],
  // lists
  ['no branches', (s) => (s.branches = []), 'branches', /a list of 1 to 8 branches; got 0/],
  ['nine branches', (s) => (s.branches = Array.from({ length: 9 }, () => ({ ...s.branches[0], weight: 1 / 9 }))), 'branches', /1 to 8/],
  ['branches is an object', (s) => (s.branches = {}), 'branches', /got \{…\}/, '{…}'],
  ['a branch is null', (s) => (s.branches = [null]), `${b0}`, /must be a branch object; got null/],
  ['weights do not sum to 1', (s) => (s.branches[0].weight = 0.5), 'branches', /weights must sum to 1 \(within 0.000001\); they sum to 0.5/],
  ['two decisions on one date', (s) => s.branches[0].policy.decisions.push({ date: '2026-03-18', bp: 25 }), `${b0}.policy.decisions[2].date`, /repeats 2026-03-18/],
  ['a decision on 2026-02-29', (s) => (s.branches[0].policy.decisions[0].date = '2026-02-29'), `${b0}.policy.decisions[0].date`, /calendar date/],
  ['a decision of 1001 bp', (s) => (s.branches[0].policy.decisions[0].bp = -1001), `${b0}.policy.decisions[0].bp`, /-1,000 to 1,000 \(bp\)/],
  ['201 decisions', (s) => (s.branches[0].policy.decisions = Array.from({ length: 201 }, () => ({ date: '2026-03-18', bp: 0 }))), `${b0}.policy.decisions`, /at most 200 decisions; got 201/],
  ['a decision before the snapshot', (s) => (s.branches[0].policy.decisions[0].date = '2025-12-10'), `${b0}.policy.decisions[0].date`, /not after the snapshot date 2025-12-11/],
  ['cuts below 0%', (s) => (s.branches[0].policy.decisions[1].bp = -400), `${b0}.policy.decisions[1].bp`, /takes the announced policy rate to -0.625%/],
  ['21 inflation shocks', (s) => (s.branches[0].inflation.shocks = Array.from({ length: 21 }, () => ({ size: 1, start: 1, duration: 1 }))), `${b0}.inflation.shocks`, /at most 20/],
  ['an inflation shock of 21 pp', (s) => (s.branches[0].inflation.shocks = [{ size: 21, start: 1, duration: 12 }]), `${b0}.inflation.shocks[0].size`, /-20 to 20 \(pp\)/],
  ['an inflation shock starting at month 0', (s) => (s.branches[0].inflation.shocks = [{ size: 1, start: 0, duration: 12 }]), `${b0}.inflation.shocks[0].start`, /1 to 120/],
  ['an inflation shock with an unknown field', (s) => (s.branches[0].inflation.shocks = [{ size: 1, start: 1, duration: 12, fade: true }]), `${b0}.inflation.shocks[0].fade`, /not a field/],
  ['a yield shock of 1001 bp', (s) => (s.branches[0].yields.shocks = [{ size: 1001, start: 1, permanent: true, halfLife: 12 }]), `${b0}.yields.shocks[0].size`, /bp/],
  ['a yield shock with permanent "yes"', (s) => (s.branches[0].yields.shocks = [{ size: 10, start: 1, permanent: 'yes', halfLife: 12 }]), `${b0}.yields.shocks[0].permanent`, /true or false; got "yes"/],
  ['a yield shock without a half-life', (s) => (s.branches[0].yields.shocks = [{ size: 10, start: 1, permanent: true }]), `${b0}.yields.shocks[0].halfLife`, /is missing/],
  // the correlation matrix
  ['correlations that cannot coexist', (s) => Object.assign(s.branches[0].shocks, { smallLarge: 0.9, bitcoinLarge: 0.9, bitcoinSmall: -0.9 }), `${b0}.shocks`, /cannot hold at the same time.*not form a positive definite correlation matrix/],
];

describe('validateScenario', () => {
  it('accepts defaultScenario() and returns an equal, unshared copy', () => {
    const input = defaultScenario();
    const result = validateScenario(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toEqual(input);
    expect(JSON.stringify(result.scenario)).toBe(JSON.stringify(input));
    expect(result.scenario).not.toBe(input);
    expect(result.scenario.branches[0]).not.toBe(input.branches[0]);
    expect(result.scenario.branches[0]!.policy.decisions).not.toBe(input.branches[0]!.policy.decisions);
    result.scenario.branches[0]!.policy.decisions[0]!.bp = 100;
    expect(input.branches[0]!.policy.decisions[0]!.bp).toBe(-25);
  });

  it.each([...PRESETS.map((p) => [`preset ${p.id}`, p.scenario] as const), ...REPLAYS.map((r) => [`replay ${r.id}`, r.scenario] as const)])(
    'accepts %s',
    (_, make) => {
      const result = validateScenario(make());
      expect(result.ok ? [] : result.errors).toEqual([]);
    },
  );

  it('accepts a scenario read back from JSON, normal shocks and a zero-weight branch', () => {
    const s = JSON.parse(JSON.stringify(defaultScenario()));
    s.branches[0].shocks.tailDf = null;
    s.branches.push({ ...JSON.parse(JSON.stringify(s.branches[0])), weight: 0 });
    expect(validateScenario(s).ok).toBe(true);
  });

  it('accepts weights that sum to 1 within 1e-6', () => {
    const s = mutated((x) => {
      x.branches = [0.1, 0.2, 0.7].map((weight) => ({ ...defaultScenario().branches[0], weight }));
    });
    expect(validateScenario(s).ok).toBe(true);
  });

  it.each(BAD_FIELDS)('rejects a scenario where %s, naming the path', (_, edit, path, message, received) => {
    const errors = errorsOf(mutated(edit));
    const error = errors.find((e) => e.path === path);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.message).toMatch(message);
    if (received !== undefined) expect(error!.received).toBe(received);
    expect(error!.allowed.length).toBeGreaterThan(0);
  });

  it('rejects version 3 with a single error that says which versions are supported', () => {
    const errors = errorsOf({ ...defaultScenario(), version: 3 });
    expect(errors).toEqual([
      {
        path: 'version',
        received: '3',
        allowed: '1 or 2',
        message: 'version 3 is not supported; this build reads scenario version 1 or 2',
      },
    ]);
  });

  it('rejects a missing version and a version written as text', () => {
    const missing = mutated((s) => delete s.version);
    expect(errorsOf(missing)[0]!.message).toBe('version is missing; this build reads scenario version 1 or 2');
    expect(errorsOf({ ...defaultScenario(), version: '1' })[0]!.received).toBe('"1"');
  });

  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an array', [defaultScenario()], '[…]'],
    ['a string', '{"version":1}', '"{\\"version\\":1}"'],
    ['a number', 42, '42'],
    ['a boolean', false, 'false'],
    ['a function', () => defaultScenario(), 'a function'],
    ['a bigint', 1n, '1n'],
  ])('rejects %s as input with one error at the root', (_, input, received) => {
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('');
    expect(errors[0]!.received).toBe(received);
    expect(errors[0]!.message).toMatch(/^the input must be a scenario object; got /);
  });

  it('rejects a cyclic object without looping', () => {
    const s: Loose = defaultScenario();
    s.snapshot = s;
    s.branches[0].policy.decisions.push(s);
    const errors = errorsOf(s);
    expect(errors.some((e) => e.path === 'snapshot.branches' && /not a field of snapshot/.test(e.message))).toBe(true);
    expect(errors.some((e) => e.path === `${b0}.policy.decisions[2].version`)).toBe(true);
  });

  it('reports a throwing getter as an unreadable field instead of throwing', () => {
    const s: Loose = defaultScenario();
    Object.defineProperty(s.branches[0].bitcoin, 'vol', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorsOf(s)).toEqual([
      {
        path: `${b0}.bitcoin.vol`,
        received: '{…}',
        allowed: 'a readable value',
        message: `${b0}.bitcoin.vol could not be read (reading it threw an error)`,
      },
    ]);
  });

  it('reports hostile proxies (revoked, throwing traps) instead of throwing', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(errorsOf(revoked.proxy)[0]!.message).toBe('the input could not be read (reading it threw an error)');
    const s: Loose = defaultScenario();
    s.branches[0].policy.decisions = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    s.snapshot = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toContain(`${b0}.policy.decisions`);
    expect(paths).toContain('snapshot');
  });

  it('renders long strings briefly and caps the number of errors', () => {
    const s: Loose = defaultScenario();
    s.branches[0].name = 'y'.repeat(1000);
    s.branches[0].policy.decisions = Array.from({ length: 200 }, () => ({ date: 'x', bp: 'x' }));
    const errors = errorsOf(s);
    expect(errors.length).toBeLessThanOrEqual(100);
    expect(errors.find((e) => e.path === `${b0}.name`)!.received).toBe(`"${'y'.repeat(40)}…"`);
  });

  it('never throws on arbitrary values and always returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        const result = validateScenario(value);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(typeof error.path).toBe('string');
          expect(typeof error.received).toBe('string');
          expect(typeof error.message).toBe('string');
        }
      }),
      { numRuns: 2000, seed: 20251211 },
    );
  });

  it('accepts again, unchanged, anything it accepted (random edits of presets and replays)', () => {
    const bases = [...PRESETS.map((p) => p.scenario), ...REPLAYS.map((r) => r.scenario)];
    const leafPaths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))
        : [prefix];
    const replacement = fc.oneof(
      fc.double(),
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.integer({ min: -1000, max: 1_000_000 }),
      fc.constantFrom(null, true, false, '', '2026-03-18', 0, -0, 1, 4.5),
      fc.string({ maxLength: 90 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.nat(), replacement, (b, pick, value) => {
        const scenario: Loose = bases[b]!();
        const paths = leafPaths(scenario);
        const path = paths[pick % paths.length]!;
        let target = scenario;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1]!] = value;
        const first = validateScenario(scenario);
        if (!first.ok) return;
        accepted++;
        const again = validateScenario(first.scenario);
        expect(again).toEqual({ ok: true, scenario: first.scenario });
        expect(JSON.parse(JSON.stringify(first.scenario))).toEqual(first.scenario);
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(accepted).toBeGreaterThan(200);
  });
});

describe('BOUNDS', () => {
  it('gives every numeric field a label, a unit and min < max', () => {
    for (const [key, bound] of Object.entries(BOUNDS)) {
      expect(bound.label.length, key).toBeGreaterThan(0);
      expect(typeof bound.unit).toBe('string');
      expect(bound.min, key).toBeLessThan(bound.max);
    }
  });

  it('boundFor(path) finds the bound of a field path inside any branch or list item', () => {
    expect(boundFor('branches[3].policy.decisions[7].bp')).toBe(BOUNDS['policy.decisions[].bp']);
    expect(boundFor('branches[0].smallCap.duration')).toBe(BOUNDS['smallCap.duration' as BoundKey]);
    expect(boundFor('paths')).toBe(BOUNDS.paths);
    expect(boundFor('branches[0].name')).toBeUndefined();
    expect(boundFor('constructor')).toBeUndefined();
  });
});
