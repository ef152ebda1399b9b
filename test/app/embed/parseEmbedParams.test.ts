import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../../src/embed/parseEmbedParams.ts';
import { EMBED_CONTROLS, EMBED_THEMES, EMBED_VIEWS } from '../../../src/embed/embedParams.ts';

describe('parseEmbedParams(search)', () => {
  it('outside an embed shows every view and the full controls', () => {
    expect(parseEmbedParams('?s=abc')).toEqual({ embed: false, views: [...EMBED_VIEWS], controls: 'full', theme: 'auto' });
  });

  it('in an embed defaults to the large and small cap fans, no controls, the system theme', () => {
    expect(parseEmbedParams('?embed=1')).toEqual({ embed: true, views: ['large', 'small'], controls: 'none', theme: 'auto' });
  });

  it.each([
    ['?embed=1', true],
    ['?embed', true],
    ['?embed=true', true],
    ['?embed=yes', true],
    ['?embed=0', false],
    ['?embed=false', false],
    ['?embed=OFF', false],
    ['', false],
  ])('reads %j as embed %s', (search, embed) => {
    expect(parseEmbedParams(search).embed).toBe(embed);
  });

  it('reads views in the order given, comma-separated or repeated, without duplicates', () => {
    expect(parseEmbedParams('?embed=1&view=bitcoin,small&view=summary&view=small').views).toEqual([
      'bitcoin',
      'small',
      'summary',
    ]);
  });

  it('ignores unknown values and reads known ones case-insensitively', () => {
    const params = parseEmbedParams('?embed=1&view=SMALL,pie,%22%3E%3Cscript%3E&controls=everything&theme=Dark');
    expect(params).toEqual({ embed: true, views: ['small'], controls: 'none', theme: 'dark', unknownViews: ['pie', '"><script>'] });
  });

  it('lists the unknown view names for a notice: trimmed, once each, at most 4, each cut to 24 characters', () => {
    expect(parseEmbedParams('?embed=1&view=btc, why ,btc,small').unknownViews).toEqual(['btc', 'why']);
    expect(parseEmbedParams('?embed=1&view=a,b,c,d,e,f').unknownViews).toEqual(['a', 'b', 'c', 'd']);
    expect(parseEmbedParams(`?embed=1&view=${'x'.repeat(40)}`).unknownViews).toEqual([`${'x'.repeat(23)}…`]);
    expect('unknownViews' in parseEmbedParams('?embed=1&view=small,,large')).toBe(false);
  });

  it('falls back to the defaults when every view is unknown', () => {
    expect(parseEmbedParams('?embed=1&view=nope,,').views).toEqual(['large', 'small']);
  });

  it('reads controls and theme', () => {
    expect(parseEmbedParams('?embed=1&controls=compact&theme=light')).toMatchObject({ controls: 'compact', theme: 'light' });
  });

  it('accepts URLSearchParams and a search without the leading ?', () => {
    expect(parseEmbedParams(new URLSearchParams('embed=1&view=rates')).views).toEqual(['rates']);
    expect(parseEmbedParams('embed=1&view=rates').views).toEqual(['rates']);
  });

  it('keeps a plain id (letters, digits, - and _) and drops any other', () => {
    expect(parseEmbedParams('?embed=1&id=chart-2_b').id).toBe('chart-2_b');
    expect(parseEmbedParams('?embed=1&id=%3Cx%3E').id).toBeUndefined();
    expect('id' in parseEmbedParams('?embed=1')).toBe(false);
  });

  it('always returns allowed values whatever the search string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const params = parseEmbedParams(search);
        expect(params.views.length).toBeGreaterThan(0);
        for (const view of params.views) expect(EMBED_VIEWS).toContain(view);
        expect(params.unknownViews?.length ?? 0).toBeLessThanOrEqual(4);
        for (const name of params.unknownViews ?? []) expect([...name].length).toBeLessThanOrEqual(24);
        expect(EMBED_CONTROLS).toContain(params.controls);
        expect(EMBED_THEMES).toContain(params.theme);
      }),
    );
  });
});
