import fc from 'fast-check';
import { boundFor } from '../../../src/model/boundFor.ts';
import { SCENARIO_LIMITS } from '../../../src/model/bounds.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { scenarioArb } from '../url/arbitraryScenario.ts';

/** Values a hostile or careless author might put anywhere: edge numbers, wrong types, prototype bait. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 32, -1,
    null, undefined, true, false, '', ' ', '0', '1e3', 'NaN', '__proto__', 'constructor',
    '<script>window.__pwned=1</script>', 'javascript:window.__pwned=1', "{{constructor.constructor('1')()}}",
    [], {}, [[[[[]]]]], Object.create(null), { __proto__: { polluted: 1 } },
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(100_000)),
  fc.array(fc.double(), { maxLength: 4 }),
  // A sparse array: holes where items should be.
  fc.integer({ min: 1, max: 5 }).map((n) => new Array(n)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.constant(deepNest(1_000)),
  fc.anything({ maxDepth: 3 }),
);

/** Numbers just inside, on and just outside a bound (±ε relative and absolute). */
export function nearBound(min: number, max: number): fc.Arbitrary<number> {
  const eps = (x: number) => Math.max(Math.abs(x) * 1e-12, 1e-12);
  return fc.constantFrom(min, max, min - eps(min), max + eps(max), min + eps(min), max - eps(max), min - 1, max + 1);
}

/** Objects and arrays nested `depth` levels deep ([{a:[{a:…}]}]), built without recursion. */
export function deepNest(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

type Container = Record<string, unknown> | unknown[];

/** Every (container, key, path) in a JSON-like value, the value itself excluded. */
export function slots(value: unknown, path = '', out: { parent: Container; key: string; path: string }[] = []) {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    out.push({ parent: value as Container, key, path: childPath });
    slots((value as Record<string, unknown>)[key], childPath, out);
  }
  return out;
}

/** A mutation of a valid scenario: one change that a link, a file or a person could make. */
export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'nearBound'; at: number; pick: number }
  | { kind: 'drop'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'sparse'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('nearBound' as const), at: fc.nat(), pick: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra'), fc.string({ maxLength: 8 })),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('sparse' as const), at: fc.nat() }),
);

/** Applies a mutation to a deep copy of `scenario` (in place on the copy) and returns the copy. */
export function mutate(scenario: Scenario, mutation: Mutation): unknown {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  const all = slots(copy);
  const slot = all[mutation.at % all.length]!;
  const { parent, key } = slot;
  const target = parent as Record<string, unknown>;
  switch (mutation.kind) {
    case 'replace':
      target[key] = mutation.value;
      break;
    case 'nearBound': {
      const numeric = all.filter((s) => typeof (s.parent as Record<string, unknown>)[s.key] === 'number' && boundFor(s.path));
      const chosen = numeric[mutation.at % numeric.length]!;
      const bound = boundFor(chosen.path)!;
      const eps = (x: number) => Math.max(Math.abs(x) * 1e-12, 1e-12);
      const values = [bound.min, bound.max, bound.min - eps(bound.min), bound.max + eps(bound.max), bound.min + eps(bound.min), bound.max - eps(bound.max), -0, bound.max + 0.5];
      (chosen.parent as Record<string, unknown>)[chosen.key] = values[mutation.pick % values.length];
      break;
    }
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete target[key];
      break;
    case 'add': {
      const host = typeof target[key] === 'object' && target[key] !== null ? (target[key] as Record<string, unknown>) : target;
      // defineProperty so "__proto__" becomes an own key, as JSON.parse would make it.
      Object.defineProperty(host, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'sparse':
      if (Array.isArray(parent)) parent.length += 2;
      else target[key] = [, , target[key]]; // eslint-disable-line no-sparse-arrays
      break;
  }
  return copy;
}

/** Valid scenarios with one hostile mutation (sometimes two). */
export const mutatedScenarioArb: fc.Arbitrary<unknown> = fc
  .tuple(scenarioArb, mutationArb, fc.option(mutationArb, { freq: 3 }))
  .map(([scenario, first, second]) => {
    const once = mutate(scenario, first) as Scenario;
    return second ? mutate(once, second) : once;
  });

const unhelpful = /\[object |undefined is not|is not a function|Cannot read prop|TypeError|RangeError|SyntaxError|\bat .*:\d+:\d+|^\s*$/;

/** Why a rejection message would not help a person, or null when it reads as a sentence. */
export function unhelpfulMessage(message: unknown): string | null {
  if (typeof message !== 'string') return `not text: ${String(message)}`;
  if (message.trim().length < 8) return `too short: "${message}"`;
  if (unhelpful.test(message)) return `reads like a crash: "${message.slice(0, 200)}"`;
  if (!/[a-z]{3,}/i.test(message)) return `no words: "${message.slice(0, 200)}"`;
  return null;
}

/** The first numeric field outside its bound (or not finite), or a structural limit broken; null when all hold. */
export function outOfBounds(scenario: Scenario): string | null {
  for (const { parent, key, path } of slots(scenario)) {
    const value = (parent as Record<string, unknown>)[key];
    if (typeof value !== 'number') continue;
    if (!Number.isFinite(value)) return `${path} = ${value}`;
    const bound = boundFor(path);
    if (bound && (value < bound.min || value > bound.max)) return `${path} = ${value} outside [${bound.min}, ${bound.max}]`;
    if (bound?.integer && !Number.isInteger(value)) return `${path} = ${value} not whole`;
  }
  if (scenario.branches.length < 1 || scenario.branches.length > SCENARIO_LIMITS.maxBranches) return 'branch count';
  const sum = scenario.branches.reduce((total, branch) => total + branch.weight, 0);
  if (Math.abs(sum - 1) > SCENARIO_LIMITS.weightTolerance) return `weights sum to ${sum}`;
  for (const branch of scenario.branches) {
    if (typeof branch.name !== 'string' || branch.name.length > SCENARIO_LIMITS.maxNameLength) return 'branch name';
  }
  return null;
}

/** True when Object.prototype was not touched by the input. */
export function prototypeClean(): boolean {
  return !('polluted' in Object.prototype) && !('polluted' in ({} as Record<string, unknown>));
}
