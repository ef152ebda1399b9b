/**
 * Registers the built site's service worker (scripts/offlineCache.ts), so the simulator opens
 * offline after a first visit. Only in a production build, and only for the full app: an embed
 * leaves the host page's visitors' browsers alone. Offline use is a bonus, so a refusal (private
 * mode, an old browser) is silent.
 */
export function registerOfflineCache(isEmbed: boolean): void {
  if (!import.meta.env.PROD || isEmbed || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
