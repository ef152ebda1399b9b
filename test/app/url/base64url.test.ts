import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromBase64Url } from '../../../src/url/fromBase64Url.ts';
import { bytesToBase64Url, toBase64Url } from '../../../src/url/toBase64Url.ts';

describe('toBase64Url and fromBase64Url', () => {
  test('toBase64Url(text) writes only URL-safe characters and no padding', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(toBase64Url(text)).toMatch(/^[A-Za-z0-9_-]*$/);
    }));
  });

  test('bytesToBase64Url(bytes) is RFC 4648 §5 base64url without padding (Node\'s own encoder as the reference), also past one 32 KB chunk', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(bytesToBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }));
    const long = Uint8Array.from({ length: 0x8000 * 2 + 5 }, (_, i) => (i * 7919) & 255);
    expect(bytesToBase64Url(long)).toBe(Buffer.from(long).toString('base64url'));
  });

  test('fromBase64Url(toBase64Url(text)) returns the text, including non-ASCII', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(fromBase64Url(toBase64Url(text))).toBe(text);
    }));
    expect(fromBase64Url(toBase64Url('Two cuts – €✓🙂'))).toBe('Two cuts – €✓🙂');
  });

  test.each([
    ['a character outside base64url', 'ab+c'],
    ['padding', 'YQ=='],
    ['an impossible length', 'abcde'],
    ['bytes that are not UTF-8', '_w'],
  ])('fromBase64Url returns null for %s', (_, encoded) => {
    expect(fromBase64Url(encoded)).toBeNull();
  });
});
