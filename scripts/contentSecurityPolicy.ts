import type { Plugin } from 'vite';

/**
 * The site's Content-Security-Policy: nothing by default, then only what the app uses.
 * - default-src 'none': fonts, media, manifests, anything not listed below: not at all.
 * - script-src 'self': the app bundle, its lazy chunks and public/theme-init.js; no inline script, no eval.
 * - worker-src 'self': the simulation worker chunk and the offline service worker (sw.js), both same-origin files.
 * - style-src 'self' 'unsafe-inline': the CSS file, and the style attributes Svelte sets (chart sizes, swatch colours).
 * - img-src 'self' data:: the favicon is `data:,`; PNG export draws the SVG from a data: URL (no blob: image anywhere).
 * - connect-src 'self': the app fetches nothing; Vite's modulepreload polyfill fetches the site's own chunks
 *   in browsers without modulepreload, so only this origin.
 * - frame-src 'self': only an embed of this site, in the Embed dialog's preview.
 * - object-src 'none', base-uri 'self', form-action 'none': no plugins, no <base> hijack, no form posts.
 * A meta tag cannot set frame-ancestors (browsers ignore it there): who may frame the site is up to
 * the host's HTTP headers, and embedding on any page is intended anyway.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Writes the policy as the first meta tag of the built index.html; only at build, because the
 * dev server's hot reload needs inline script and a WebSocket the policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'rotation-lab:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
