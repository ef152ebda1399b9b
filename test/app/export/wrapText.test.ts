import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/export/wrapText.ts';

describe('wrapText(text, maxChars)', () => {
  it('breaks at spaces so no line is longer than maxChars', () => {
    expect(wrapText('Two cuts · inflation target 2% · 24 months', 20)).toEqual([
      'Two cuts · inflation',
      'target 2% · 24',
      'months',
    ]);
  });

  it('keeps a separator at the end of its line, never at the start of the next', () => {
    expect(wrapText('Two cuts · inflation target 2% · 24 months', 11)).toEqual(['Two cuts ·', 'inflation', 'target 2% ·', '24 months']);
    expect(wrapText('Blended view — Mixture', 14)).toEqual(['Blended view —', 'Mixture']);
  });

  it('gives a word longer than a line a line of its own, and nothing for blank text', () => {
    expect(wrapText('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
    expect(wrapText('  ', 5)).toEqual([]);
  });
});
