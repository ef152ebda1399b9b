import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's file name, beside index.html. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The service worker's source: on install it caches every file of the build (`files`, relative to
 * its own URL, so any sub-path works); navigations go to the network first and fall back to the
 * cached page offline (any query: the scenario lives in `?s=`); every other same-origin GET is
 * served from the cache first (the build's file names carry content hashes). Older caches of the
 * site are dropped on activation.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  const cache = `rotation-lab-${version}`;
  return `// Generated at build by scripts/offlineCache.ts: lets the site open offline after a first visit.
const CACHE = ${JSON.stringify(cache)};
const FILES = ${JSON.stringify(['./', ...files])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('rotation-lab-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('./', { ignoreSearch: true }).then((page) => page || Response.error())));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
`;
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
      const hash = createHash('sha256');
      for (const file of emitted.sort()) {
        const item = bundle[file];
        hash.update(file).update(item.type === 'chunk' ? item.code : item.source);
      }
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: serviceWorkerSource(hash.digest('hex').slice(0, 12), files),
      });
    },
  };
}
