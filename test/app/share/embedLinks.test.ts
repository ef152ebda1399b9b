import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, parseEmbedParams } from '../../../src/embed/index.ts';
import { appSearchFromEmbed } from '../../../src/share/appSearchFromEmbed.ts';
import { embedPreviewSrc } from '../../../src/share/embedPreviewSrc.ts';

describe('appSearchFromEmbed(search)', () => {
  it('drops the embed layout and keeps the scenario, its origin and a compare scenario', () => {
    expect(appSearchFromEmbed('?s=v1.e30&embed=1&view=large&controls=compact&theme=dark&id=c1&replay=cut-1995&a=v1.x')).toBe(
      '?s=v1.e30&replay=cut-1995&a=v1.x',
    );
    expect(appSearchFromEmbed('?embed&view=small')).toBe('');
  });
});

describe('embedPreviewSrc(link, layout)', () => {
  const link = 'http://127.0.0.1:4321/rotation-lab/?s=v1.e30&preset=consensus#top';

  it('is the address in the snippet built from the same link and layout', () => {
    const layout = { views: ['rates', 'large'] as const, controls: 'compact' as const, theme: 'dark' as const };
    const src = embedPreviewSrc(link, { ...layout, views: [...layout.views] });
    const snippet = buildEmbedSnippet({ appUrl: link, search: new URL(link).search, ...layout, views: [...layout.views] });
    expect(snippet).toContain(`src="${src.replaceAll('&', '&amp;')}"`);
  });

  it('opens the app in embed mode with the chosen layout and the same scenario', () => {
    const url = new URL(embedPreviewSrc(link, { views: ['large'] }));
    expect(url.pathname).toBe('/rotation-lab/');
    expect(url.searchParams.get('s')).toBe('v1.e30');
    expect(url.searchParams.get('preset')).toBe('consensus');
    expect(parseEmbedParams(url.search)).toMatchObject({ embed: true, views: ['large'], controls: 'none', theme: 'auto' });
  });
});

describe('addresses whose path starts with //', () => {
  // `new URL(pathname, origin)` reads `//evil.example/x` as a host; every builder keeps the app's own.
  const link = 'http://127.0.0.1:4321//evil.example/rotation-lab/?s=v1.e30';

  it('embedPreviewSrc and buildEmbedSnippet keep the app host and the whole path', () => {
    const preview = new URL(embedPreviewSrc(link, { views: ['large'] }));
    expect([preview.host, preview.pathname]).toEqual(['127.0.0.1:4321', '//evil.example/rotation-lab/']);
    const snippet = buildEmbedSnippet({ appUrl: link, search: '?s=v1.e30', resizeScript: true });
    const urls = [...snippet.matchAll(/src="([^"]+)"/g)].map((m) => new URL(m[1].replaceAll('&amp;', '&')));
    expect(urls.map((url) => url.host)).toEqual(['127.0.0.1:4321', '127.0.0.1:4321']);
    expect(urls.map((url) => url.pathname)).toEqual(['//evil.example/rotation-lab/', '//evil.example/rotation-lab/embed.js']);
  });
});
