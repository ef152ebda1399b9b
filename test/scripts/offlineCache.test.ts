import { describe, expect, it } from 'vitest';
import { precacheVersion, serviceWorkerSource } from '../../scripts/offlineCache.ts';

type Listener = (event: { request?: Request; waitUntil(p: Promise<unknown>): void; respondWith(p: Promise<Response>): void }) => void;

/**
 * Runs the generated service worker against a fake origin: `caches` holds named caches (as every
 * project of one GitHub Pages owner shares them), `fetch` records its requests.
 */
function runWorker(source: string, caches: Map<string, Map<string, Response>>) {
  const scope = 'https://owner.github.io/rotation-lab/';
  const listeners: Record<string, Listener> = {};
  const fetched: Request[] = [];
  const open = async (name: string) => {
    if (!caches.has(name)) caches.set(name, new Map());
    const store = caches.get(name)!;
    return {
      addAll: async (requests: Request[]) => {
        for (const request of requests) {
          fetched.push(request);
          store.set(request.url.split('?')[0]!, new Response(`fresh ${request.url}`));
        }
      },
      match: async (request: Request | string) => store.get((typeof request === 'string' ? request : request.url).split('?')[0]!)?.clone(),
    };
  };
  const fakeCaches = {
    open,
    keys: async () => [...caches.keys()],
    delete: async (name: string) => caches.delete(name),
    // What the old worker used: a hit in any cache of the origin.
    match: async (request: Request | string) => {
      const url = (typeof request === 'string' ? new URL(request, scope).href : request.url).split('?')[0]!;
      for (const store of caches.values()) if (store.has(url)) return store.get(url)!.clone();
      return undefined;
    },
  };
  const self = {
    registration: { scope },
    location: new URL(`${scope}sw.js`),
    addEventListener: (type: string, listener: Listener) => (listeners[type] = listener),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  const fakeFetch = async (request: Request) => {
    fetched.push(request);
    return new Response(`network ${request.url}`);
  };
  const RelativeRequest = class extends Request {
    constructor(input: string, init?: RequestInit) {
      super(new URL(input, self.location.href), init);
    }
  };
  new Function('self', 'caches', 'fetch', 'Request', source)(self, fakeCaches, fakeFetch, RelativeRequest);
  const dispatch = async (type: string, request?: Request): Promise<Response | undefined> => {
    let waited: Promise<unknown> = Promise.resolve();
    let response: Promise<Response> | undefined;
    listeners[type]!({ request, waitUntil: (p) => (waited = p), respondWith: (p) => (response = p) });
    await waited;
    return response;
  };
  return { dispatch, fetched, scope };
}

describe('the generated service worker', () => {
  const source = serviceWorkerSource('v1', ['assets/index-1.js', 'theme-init.js']);

  it('fetches every file at install past the HTTP cache (cache: reload), so a file still fresh under max-age is not stored stale', async () => {
    const { dispatch, fetched } = runWorker(source, new Map());
    await dispatch('install');
    expect(fetched.map((r) => [new URL(r.url).pathname, r.cache])).toEqual([
      ['/rotation-lab/', 'reload'],
      ['/rotation-lab/assets/index-1.js', 'reload'],
      ['/rotation-lab/theme-init.js', 'reload'],
    ]);
  });

  it("answers only from this deployment's cache: a sibling project's cache entry for the same URL is never served", async () => {
    const caches = new Map<string, Map<string, Response>>();
    const { dispatch, scope } = runWorker(source, caches);
    // A sibling project on the same origin plants a file under this site's path, first in line.
    caches.set('sibling', new Map([[`${scope}planted.js`, new Response('planted')]]));
    await dispatch('install');
    const hit = await dispatch('fetch', new Request(`${scope}theme-init.js`));
    expect(await hit!.text()).toBe(`fresh ${scope}theme-init.js`);
    const planted = await dispatch('fetch', new Request(`${scope}planted.js`));
    expect(await planted!.text()).toBe(`network ${scope}planted.js`);
  });

  it("drops only this deployment's older caches on activation, not a sibling project's", async () => {
    const caches = new Map<string, Map<string, Response>>();
    const { dispatch, scope } = runWorker(source, caches);
    caches.set(`rotation-lab:${scope}:old`, new Map());
    caches.set('rotation-lab:https://owner.github.io/rotation-lab-fork/:v0', new Map());
    caches.set('rotation-lab-sibling', new Map());
    await dispatch('install');
    await dispatch('activate');
    expect([...caches.keys()].sort()).toEqual(
      ['rotation-lab-sibling', 'rotation-lab:https://owner.github.io/rotation-lab-fork/:v0', `rotation-lab:${scope}:v1`].sort(),
    );
  });

  it('is plain script with no eval or dynamic code', () => {
    expect(source).not.toMatch(/\beval\(|new Function|importScripts/);
  });
});

describe('precacheVersion(files)', () => {
  const files = [
    { name: 'index.html', bytes: '<html>' },
    { name: 'theme-init.js', bytes: 'old' },
  ];

  it('changes when any precached file changes, a public file such as theme-init.js included', () => {
    expect(precacheVersion(files)).not.toBe(precacheVersion([files[0]!, { name: 'theme-init.js', bytes: 'new' }]));
  });

  it('does not depend on the order the files are listed in', () => {
    expect(precacheVersion([...files].reverse())).toBe(precacheVersion(files));
  });
});
