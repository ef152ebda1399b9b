import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's file name, beside index.html. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The service worker's source. `version` is a hash of every precached file's name and bytes, so any
 * change (a public file such as theme-init.js included) gives a new sw.js, which the browser installs.
 * On install it fetches every file of the build (`files`, relative to its own URL, so any sub-path
 * works) past the HTTP cache (`cache: 'reload'`), so a file still fresh under `max-age` is not stored
 * stale. The cache is named after this deployment's scope and version, and only that cache is read:
 * GitHub Pages projects of one owner share an origin, and a sibling project's caches must neither
 * answer this site's requests nor be deleted by it. Navigations go to the network first and fall
 * back to the cached page offline (any query: the scenario lives in `?s=`); other same-origin GETs
 * are served from this cache first (the build's file names carry content hashes). This deployment's
 * older caches are dropped on activation.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Generated at build by scripts/offlineCache.ts: lets the site open offline after a first visit.
const VERSION = ${JSON.stringify(version)};
const PREFIX = 'rotation-lab:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;
const FILES = ${JSON.stringify(['./', ...files])};
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
const fromCache = (request) => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => fromCache(new URL('./', self.location.href).href).then((page) => page || Response.error())));
    return;
  }
  event.respondWith(fromCache(request).then((hit) => hit || fetch(request)));
});
`;
}

/** The version of a precache: a hash of every file's name and bytes, in name order. */
export function precacheVersion(files: readonly { name: string; bytes: string | Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(file.name).update('\0').update(file.bytes).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
function filesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesBelow(path).map((f) => `${name}/${f}`));
    else out.push(relative(dir, path).split('\\').join('/'));
  }
  return out;
}

/** Emits sw.js at build with the list of every emitted and public file (source maps left out). */
export function offlineCache(): Plugin {
  let publicDir = '';
  return {
    name: 'rotation-lab:offline-cache',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const emitted = Object.keys(bundle);
      const published = publicDir ? filesBelow(publicDir) : [];
      const files = [...new Set([...emitted, ...published, 'index.html'])]
        .filter((file) => !file.endsWith('.map') && file !== SERVICE_WORKER_FILE)
        .sort();
      // Every precached file counts, public ones too: a changed theme-init.js must change sw.js.
      const version = precacheVersion(
        files.map((name) => {
          const item = bundle[name];
          if (item) return { name, bytes: item.type === 'chunk' ? item.code : item.source };
          const published = publicDir ? join(publicDir, name) : '';
          return { name, bytes: published && existsSync(published) ? readFileSync(published) : '' };
        }),
      );
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: serviceWorkerSource(version, files),
      });
    },
  };
}
