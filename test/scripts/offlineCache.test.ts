import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../scripts/offlineCache.ts';

describe('serviceWorkerSource(version, files)', () => {
  const source = serviceWorkerSource('abc123', ['assets/index-1.js', 'index.html']);

  it('caches the page itself and every listed file, under a cache named after the build', () => {
    expect(source).toContain('const CACHE = "rotation-lab-abc123";');
    expect(source).toContain('const FILES = ["./","assets/index-1.js","index.html"];');
  });

  it('answers navigations from the network first and the cached page offline, whatever the query', () => {
    expect(source).toMatch(/request\.mode === 'navigate'[\s\S]*fetch\(request\)\.catch\(\(\) => caches\.match\('\.\/', \{ ignoreSearch: true \}\)/);
  });

  it('leaves other hosts and non-GET requests to the browser, and drops older caches of the site', () => {
    expect(source).toContain("request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;");
    expect(source).toContain("key.startsWith('rotation-lab-') && key !== CACHE");
  });

  it('is plain script with no eval or dynamic code', () => {
    expect(source).not.toMatch(/\beval\(|new Function|importScripts/);
    expect(() => new Function(source)).not.toThrow();
  });
});
