import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAddress } from '../../../src/app/pageAddress.svelte.ts';

/** A location and history pair that behaves like the browser's for replaceState. */
function fakeWindow(href: string) {
  const location = new URL(href);
  const history = {
    state: null,
    replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
      const next = new URL(url, location.href);
      if (next.origin !== location.origin) throw new DOMException('cross-origin replaceState', 'SecurityError');
      location.href = next.href;
    }),
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  return { location, history };
}

afterEach(() => vi.unstubAllGlobals());

describe('PageAddress.replace(search)', () => {
  it('keeps the path and hash and sets the query', () => {
    const { location } = fakeWindow('http://127.0.0.1:4321/rotation-lab/?s=v1.old#top');
    const address = new PageAddress();
    address.replace('?s=v1.new');
    expect(location.href).toBe('http://127.0.0.1:4321/rotation-lab/?s=v1.new#top');
    expect(address.search).toBe('?s=v1.new');
  });

  it('keeps a path that starts with // on this host instead of reading it as another host', () => {
    const { location } = fakeWindow('http://127.0.0.1:4321//evil.example/x/?s=v1.old');
    new PageAddress().replace('?s=v1.new');
    expect(location.href).toBe('http://127.0.0.1:4321//evil.example/x/?s=v1.new');
  });
});
