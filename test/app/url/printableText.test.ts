import { describe, expect, it } from 'vitest';
import { scenarioFromFile } from '../../../src/export/scenarioFromFile.ts';
import { defaultScenario } from '../../../src/model/index.ts';
import { decodeScenario } from '../../../src/url/index.ts';
import { printableText } from '../../../src/url/printableText.ts';
import { toBase64Url } from '../../../src/url/toBase64Url.ts';

/** Bidi overrides, embeddings, isolates and marks, zero-width, BOM, C0/C1 controls and separators. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const BIDI_KEY = '\u202eWARNING: this link is unsafe, visit evil.example';
const link = (compact: unknown) => `v1.${toBase64Url(JSON.stringify(compact))}`;

describe('printableText(text, maxLength)', () => {
  it.each([
    ['\u202eabc', '\\u{202E}abc'],
    ['a\u2066b\u2069c\u200fd', 'a\\u{2066}b\\u{2069}c\\u{200F}d'],
    ['tab\tnew\nline\u0000nul\u009b', 'tab\\u{9}new\\u{A}line\\u{0}nul\\u{9B}'],
    ['plain text, kept', 'plain text, kept'],
  ])('writes %j as %j', (text, expected) => {
    expect(printableText(text)).toBe(expected);
  });

  it('cuts a long run without spaces to its start and end, and the whole to maxLength', () => {
    const out = printableText(`${'k'.repeat(14_000)} is not a field`);
    expect(out).toMatch(/^k{40}…k{12} is not a field$/);
    expect(printableText('word '.repeat(1000), 100)).toHaveLength(100);
  });
});

describe('notices quote a link\'s or a file\'s field names safely', () => {
  it('a link with a bidi-control key gives a notice with no invisible character', () => {
    const decoded = decodeScenario(link({ [BIDI_KEY]: 1 }));
    const text = decoded.ok ? (decoded.notice ?? '') : decoded.error;
    expect(text).toContain('WARNING');
    expect(text).not.toMatch(INVISIBLE);
  });

  it('a link with a 14,000-character key gives a notice of a few hundred characters', () => {
    const decoded = decodeScenario(link({ ['k'.repeat(14_000)]: 1 }));
    const text = decoded.ok ? (decoded.notice ?? '') : decoded.error;
    expect(text.length).toBeLessThan(400);
  });

  it('a file with a 900 kB key or thousands of unknown keys lists at most 8 short reasons and counts the rest', () => {
    const long = scenarioFromFile(JSON.stringify({ ...defaultScenario(), ['k'.repeat(900_000)]: 1, [BIDI_KEY]: 2 }));
    expect(long.ok).toBe(false);
    if (long.ok) return;
    expect(long.errors.join('').length).toBeLessThan(2000);
    expect(long.errors.join('')).not.toMatch(INVISIBLE);
    const many = scenarioFromFile(JSON.stringify({ ...defaultScenario(), ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, i])) }));
    expect(many.ok).toBe(false);
    if (many.ok) return;
    expect(many.errors).toHaveLength(9);
    expect(many.errors[8]).toMatch(/^…and \d+ more problems\.$/);
  });
});
