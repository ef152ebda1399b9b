import { SCHEMA_VERSION } from '../../../src/model/scenario.ts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultScenario } from '../../../src/model/defaultScenario.ts';
import { validateScenario } from '../../../src/model/validateScenario.ts';
import { compactScenario } from '../../../src/url/compactScenario.ts';
import { decodeScenario, MAX_ENCODED_LENGTH } from '../../../src/url/decodeScenario.ts';
import { encodeScenario } from '../../../src/url/encodeScenario.ts';
import { toBase64Url } from '../../../src/url/toBase64Url.ts';
import { scenarioArb } from './arbitraryScenario.ts';

/** Decodes and checks the contract: no throw, and any scenario returned is valid and unpolluted. */
function decodesSafely(text: string): void {
  const result = decodeScenario(text);
  if (result.ok) {
    expect(validateScenario(result.scenario).ok).toBe(true);
    expect(Object.getPrototypeOf(result.scenario)).toBe(Object.prototype);
  } else {
    expect(result.error).toBeTypeOf('string');
    expect(result.error.length).toBeGreaterThan(0);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const encodeJson = (value: unknown) => `v${SCHEMA_VERSION}.${toBase64Url(JSON.stringify(value))}`;

/** One edit of an encoded text, applied at `at` modulo the text's length. */
interface Mutation {
  kind: 'replace' | 'insert' | 'delete' | 'truncate';
  at: number;
  char: string;
}

/** One edit of an encoded text: replace, insert or delete a character, or cut it short. */
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), char: fc.constant('') }),
);

function mutate(text: string, { kind, at, char }: Mutation): string {
  const i = at % (text.length + 1);
  if (kind === 'replace') return text.slice(0, i) + char + text.slice(i + 1);
  if (kind === 'insert') return text.slice(0, i) + char + text.slice(i);
  if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
  return text.slice(0, i);
}

describe('decodeScenario(text)', () => {
  test('never throws and never returns an invalid scenario for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), decodesSafely), { numRuns: 1_000 });
  });

  test('never throws and never returns an invalid scenario for arbitrary base64 payloads', () => {
    const payload = fc
      .base64String({ maxLength: 400 })
      .map((b) => b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    fc.assert(fc.property(payload, (b) => decodesSafely(`v1.${b}`)), { numRuns: 1_000 });
  });

  test('never throws and never returns an invalid scenario for mutated valid encodings', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (scenario, mutations) => {
        decodesSafely(mutations.reduce(mutate, encodeScenario(scenario)));
      }),
      { numRuns: 1_000 },
    );
  });

  test('never throws and never returns an invalid scenario when a field holds arbitrary JSON', () => {
    const fieldArb = fc.constantFrom('seed', 'paths', 'months', 'returnMode', 'snapshot', 'branches', 'version', 'extra');
    fc.assert(
      fc.property(scenarioArb, fieldArb, fc.jsonValue({ maxDepth: 3 }), (scenario, field, value) => {
        decodesSafely(encodeJson({ ...compactScenario(scenario), [field]: value }));
      }),
      { numRuns: 1_000 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => decodesSafely(encodeJson(value))),
      { numRuns: 1_000 },
    );
  });

  test.each([
    ['empty text', ''],
    ['no version prefix', 'e30'],
    ['an unknown prefix', 'x1.e30'],
    ['a version from the future', 'v99.e30'],
    ['bad base64', 'v1.e3=0'],
    ['bad JSON', `v1.${toBase64Url('{"seed":')}`],
    ['a JSON array', `v1.${toBase64Url('[1,2]')}`],
    ['an out-of-bounds value', `v1.${toBase64Url('{"months":1000}')}`],
    ['branches that are not a list', `v1.${toBase64Url('{"branches":3}')}`],
    ['a branch that is not an object', `v1.${toBase64Url('{"branches":[null]}')}`],
    ['text over the size limit', `v1.${'A'.repeat(MAX_ENCODED_LENGTH)}`],
  ])('rejects %s with a message', (_, text) => {
    const result = decodeScenario(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(0);
  });

  test('rejects input that is not text without throwing', () => {
    expect(decodeScenario(undefined as unknown as string).ok).toBe(false);
    expect(decodeScenario({ toString: () => 'v1.e30' } as unknown as string).ok).toBe(false);
  });

  test('ignores prototype-polluting keys, says so, and returns the scenario without them', () => {
    const text = `v1.${toBase64Url(
      '{"months":36,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
        '"branches":[{"__proto__":{"polluted":1},"policy":{"constructor":1}}]}',
    )}`;
    const result = decodeScenario(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.months).toBe(36);
    expect(result.notice).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.scenario, '__proto__')).toBe(false);
  });

  test('merges a partial scenario onto the defaults', () => {
    const result = decodeScenario(encodeJson({ seed: 7, branches: [{ policy: { decisions: [] } }] }));
    const expected = defaultScenario();
    expected.seed = 7;
    expected.branches[0].policy.decisions = [];
    expect(result).toEqual({ ok: true, scenario: expected });
  });

  test('accepts surrounding whitespace', () => {
    expect(decodeScenario(` ${encodeScenario(defaultScenario())}\n`)).toEqual({ ok: true, scenario: defaultScenario() });
  });
});
