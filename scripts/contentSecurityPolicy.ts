import type { Plugin } from 'vite';

/**
 * The site's Content-Security-Policy, one directive per reason:
 * - default-src 'self': anything not listed below comes from this site only.
 * - script-src 'self': the app bundle and public/theme-init.js; no inline script, no eval.
 * - worker-src 'self': the simulation worker chunk (Vite emits it as a same-origin file).
 * - style-src 'self' 'unsafe-inline': Svelte sets style attributes (chart sizes, swatch colours).
 * - img-src 'self' data: blob:: the favicon is a data: URL; PNG export draws an SVG from a blob: URL.
 * - connect-src 'self': no request to any other host (the app fetches nothing remote).
 * - frame-src 'self': only an embed of this site in its own preview.
 * - object-src 'none', base-uri 'self', form-action 'none': no plugins, no <base> hijack, no form posts.
 * frame-ancestors cannot be set from a meta tag; embedding on any page is intended anyway.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
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
