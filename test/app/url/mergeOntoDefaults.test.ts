import { describe, expect, test } from 'vitest';
import { mergeOntoDefaults } from '../../../src/url/mergeOntoDefaults.ts';

describe('mergeOntoDefaults(patch, defaults)', () => {
  test('merges objects key by key and replaces arrays and primitives whole', () => {
    const defaults = { a: 1, b: { c: 2, d: [1, 2] }, e: 5 };
    expect(mergeOntoDefaults({ b: { d: [3] }, e: null }, defaults)).toEqual({ a: 1, b: { c: 2, d: [3] }, e: null });
  });

  test('returns a fresh copy that shares nothing with the defaults', () => {
    const defaults = { b: { d: [1, 2] } };
    const merged = mergeOntoDefaults({}, defaults) as typeof defaults;
    merged.b.d.push(3);
    expect(defaults.b.d).toEqual([1, 2]);
  });

  test('skips __proto__, constructor and prototype keys, reports them and pollutes nothing', () => {
    const patch = JSON.parse(
      '{"__proto__":{"polluted":1},"b":{"constructor":{"prototype":{"polluted":1}}},"list":[{"__proto__":{"x":1}}]}',
    );
    const ignored: string[] = [];
    const merged = mergeOntoDefaults(patch, { b: {} }, (path) => ignored.push(path)) as Record<string, unknown>;
    expect(ignored).toEqual(['__proto__', 'b.constructor', 'list[0].__proto__']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(merged).toEqual({ b: {}, list: [{}] });
  });
});
