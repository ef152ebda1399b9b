import { describe, expect, it } from 'vitest';
import { embedSearch } from '../../../src/embed/embedSearch.ts';
import { parseEmbedParams } from '../../../src/embed/parseEmbedParams.ts';

describe('embedSearch(search, layout)', () => {
  it('keeps the scenario and adds embed=1 and the layout, leaving defaults out', () => {
    expect(embedSearch('?s=AbC-_', { views: ['small', 'bitcoin'], controls: 'none', theme: 'auto' })).toBe(
      '?s=AbC-_&embed=1&view=small,bitcoin',
    );
    expect(embedSearch('?s=x', { controls: 'compact', theme: 'dark' })).toBe('?s=x&embed=1&controls=compact&theme=dark');
  });

  it('replaces embed parameters already in the search', () => {
    expect(embedSearch('?embed=0&s=x&view=rates&theme=light', { views: ['summary'] })).toBe(
      '?s=x&embed=1&view=summary',
    );
  });

  it('leaves out compare mode\'s pinned scenario (a=): an embed shows one scenario', () => {
    expect(embedSearch('?s=x&a=v1.e30&preset=consensus', { views: ['large'] })).toBe('?s=x&preset=consensus&embed=1&view=large');
  });

  it('round-trips through parseEmbedParams', () => {
    const search = embedSearch('?s=x', { views: ['attribution', 'relative'], controls: 'full', theme: 'light' });
    expect(parseEmbedParams(search)).toEqual({
      embed: true,
      views: ['attribution', 'relative'],
      controls: 'full',
      theme: 'light',
    });
  });
});
