#!/usr/bin/env node
/**
 * A tiny dependency-free static server for the end-to-end tests: serves one folder under a URL
 * prefix, so the built site is exercised from a sub-path the way GitHub Pages serves it.
 *
 *   node test/e2e/serve.mjs --root dist --prefix /rotation-lab/ --port 4321
 *
 * Only GET and HEAD; anything outside the prefix or the root is a 404.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    prefix: { type: 'string', default: '/' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.root);
const prefix = `/${values.prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(values.port);

/** Content types by extension; anything else is served as bytes. */
const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Resolves a request path to a file inside the root, or null when it is outside or missing. */
function fileFor(pathname) {
  if (pathname === prefix.slice(0, -1)) return { redirect: prefix };
  if (!pathname.startsWith(prefix)) return null;
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  let file = resolve(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? { file } : null;
  } catch {
    return null;
  }
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const found = fileFor(pathname);
  if (!found) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  if (found.redirect) {
    response.writeHead(301, { location: found.redirect }).end();
    return;
  }
  const type = mimeTypes[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, {
    'content-type': type,
    'content-length': statSync(found.file).size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // As GitHub Pages does: a sandboxed iframe (an opaque origin) loads the app's module scripts in CORS mode.
    'access-control-allow-origin': '*',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(found.file).pipe(response);
});

server.listen(port, values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${port}${prefix}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
