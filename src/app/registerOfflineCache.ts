import { whenIdle } from './whenIdle.ts';

/** How long after the load event the service worker's install may start. */
const AFTER_LOAD_MS = 3000;

/**
 * Registers the built site's service worker (scripts/offlineCache.ts), so the simulator opens
 * offline after a first visit. Only in a production build, and only for the full app: an embed
 * leaves the host page's visitors' browsers alone. The worker's install downloads and compiles
 * every file of the site, which on a 2-core machine slowed the first charts by ~250 ms (measured
 * with npm run bench:browser), so it waits until 3 s after the page has loaded and the browser is
 * idle. Offline use is a bonus, so a refusal (private mode, an old browser) is silent.
 */
export function registerOfflineCache(isEmbed: boolean): void {
  if (!import.meta.env.PROD || isEmbed || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  };
  const afterLoad = () => setTimeout(() => whenIdle(register, 5000), AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
