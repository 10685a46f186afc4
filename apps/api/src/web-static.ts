import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
// Vite puts a content hash in every file under assets/, so those can be cached forever.
const HASHED_ASSET = /^\/assets\//;

/**
 * Serve a built single-page app: files from `root`, and index.html for any other GET path
 * without a file extension (so /c/:id loads the app). Paths never leave `root`.
 * @example app.get('*', serveWebApp({ root: 'apps/web/dist', exclude: /^\/v1(\/|$)/ }))
 */
export function serveWebApp(options: { root: string; exclude?: RegExp }): MiddlewareHandler {
  const root = normalize(options.root);
  const index = join(root, 'index.html');
  return async (c, next) => {
    if (!existsSync(index) || options.exclude?.test(c.req.path)) return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const file = normalize(join(root, path));
    const inside = file === root || file.startsWith(root + sep);
    const isFile = inside && existsSync(file) && statSync(file).isFile();
    if (!isFile && extname(path) !== '') return next();
    const target = isFile ? file : index;
    const body = await readFile(target);
    const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    const cache = isFile && HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': cache });
  };
}
