import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet } from '../../../src/embed/buildEmbedSnippet.ts';
import { MAX_FIXED_EMBED_HEIGHT, embedHeight } from '../../../src/embed/embedHeight.ts';
import { escapeAttribute } from '../../../src/embed/escapeAttribute.ts';
import type { EmbedView } from '../../../src/embed/embedParams.ts';

const appUrl = 'https://example.github.io/rotation-lab/?s=old#charts';

/** The attributes of the one iframe in a snippet, read the way a browser would (quoted values, entities). */
function iframeAttributes(html: string): Record<string, string> {
  const tag = /^<iframe ([^>]*)><\/iframe>/.exec(html);
  if (!tag) throw new Error(`no iframe in ${html}`);
  const attributes: Record<string, string> = {};
  const rest = tag[1]!.replace(/([\w-]+)="([^"]*)"/g, (_m, name: string, value: string) => {
    attributes[name] = value
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    return '';
  });
  for (const bare of rest.trim().split(/\s+/).filter(Boolean)) attributes[bare] = '';
  return attributes;
}

describe('buildEmbedSnippet(options)', () => {
  it('returns one iframe with src, title, width 100%, a fixed height, lazy loading and the data-rotation-lab marker', () => {
    const html = buildEmbedSnippet({ appUrl, search: '?s=abc' });
    expect(html).not.toContain('\n');
    const attributes = iframeAttributes(html);
    expect(attributes.src).toBe('https://example.github.io/rotation-lab/?s=abc&embed=1&view=large,small');
    expect(attributes.title).toBe('Rotation Lab simulation: S&P 500 fan chart, Russell 2000 fan chart');
    expect(attributes.width).toBe('100%');
    expect(attributes.height).toBe(String(embedHeight(['large', 'small'])));
    expect(attributes.style).toBe(`width:100%;height:${attributes.height}px;border:0`);
    expect(attributes.loading).toBe('lazy');
    expect(attributes['data-rotation-lab']).toBe('');
  });

  it('sets views, controls and theme in the src and sizes the iframe for them', () => {
    const views: EmbedView[] = ['bitcoin', 'summary'];
    const attributes = iframeAttributes(buildEmbedSnippet({ appUrl, search: '?s=abc', views, controls: 'compact', theme: 'dark' }));
    expect(new URL(attributes.src!).search).toBe('?s=abc&embed=1&view=bitcoin,summary&controls=compact&theme=dark');
    expect(Number(attributes.height)).toBe(embedHeight(views, 'compact'));
    expect(embedHeight(views, 'compact')).toBeGreaterThan(embedHeight(views));
  });

  it('gives a many-view snippet a sensible fixed height: at most MAX_FIXED_EMBED_HEIGHT, the frame scrolling beyond', () => {
    const five: EmbedView[] = ['large', 'small', 'bitcoin', 'rates', 'summary'];
    expect(embedHeight(five)).toBe(MAX_FIXED_EMBED_HEIGHT);
    expect(iframeAttributes(buildEmbedSnippet({ appUrl, search: '', views: five })).height).toBe(String(MAX_FIXED_EMBED_HEIGHT));
    expect(embedHeight(['large'])).toBeLessThan(MAX_FIXED_EMBED_HEIGHT);
  });

  it('uses a given height, capped at 5000 px', () => {
    expect(iframeAttributes(buildEmbedSnippet({ appUrl, search: '', height: 480.4 })).height).toBe('480');
    expect(iframeAttributes(buildEmbedSnippet({ appUrl, search: '', height: 1e9 })).height).toBe('5000');
    expect(iframeAttributes(buildEmbedSnippet({ appUrl, search: '', height: Number.NaN })).height).toBe(
      String(embedHeight(['large', 'small'])),
    );
  });

  it('escapes hostile values so they cannot leave the attribute', () => {
    const hostile = '"><script>alert(1)</script><x y=\'';
    const html = buildEmbedSnippet({
      appUrl: `https://example.com/${hostile}`,
      search: `?s=${hostile}&view=${hostile}`,
      views: [hostile as EmbedView, 'small'],
      controls: hostile as 'none',
      theme: hostile as 'auto',
    });
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/</g)).toHaveLength(2); // <iframe and </iframe
    expect(html.match(/"/g)!.length % 2).toBe(0);
    const src = new URL(iframeAttributes(html).src!);
    expect(src.origin).toBe('https://example.com');
    expect(src.searchParams.get('view')).toBe('small');
    expect(src.searchParams.get('s')).toBe(hostile.split('&')[0]);
    expect(src.searchParams.has('controls')).toBe(false);
    expect(src.searchParams.has('theme')).toBe(false);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'not a url'])('throws a TypeError on the app URL %j', (bad) => {
    expect(() => buildEmbedSnippet({ appUrl: bad, search: '' })).toThrow(TypeError);
  });

  it('adds the embed.js script tag beside the app when asked', () => {
    const [iframe, script, more] = buildEmbedSnippet({ appUrl, search: '?s=abc', resizeScript: true }).split('\n');
    expect(iframe).toMatch(/^<iframe /);
    expect(script).toBe('<script src="https://example.github.io/rotation-lab/embed.js" defer></script>');
    expect(more).toBeUndefined();
  });
});

describe('escapeAttribute(text)', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeAttribute(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
