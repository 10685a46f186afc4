import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file served under /docs/assets: its bytes, Content-Type and a short content hash. */
export interface DocsAsset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  hash: string;
}

/** Public name under /docs/assets -> where the file lives. */
type AssetSource = { from: 'swagger-ui-dist'; file: string } | { from: 'own'; file: string };

const ASSET_SOURCES: Record<string, AssetSource> = {
  'swagger-ui.css': { from: 'swagger-ui-dist', file: 'swagger-ui.css' },
  'index.css': { from: 'swagger-ui-dist', file: 'index.css' },
  'swagger-ui-bundle.js': { from: 'swagger-ui-dist', file: 'swagger-ui-bundle.js' },
  'favicon-32x32.png': { from: 'swagger-ui-dist', file: 'favicon-32x32.png' },
  'favicon-16x16.png': { from: 'swagger-ui-dist', file: 'favicon-16x16.png' },
  'init.js': { from: 'own', file: 'docs-init.js' },
};

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};
const EXTENSION = /\.[a-z]+$/;

/**
 * The names served under /docs/assets.
 * @example DOCS_ASSET_NAMES.includes('swagger-ui-bundle.js') // true
 */
export const DOCS_ASSET_NAMES: readonly string[] = Object.keys(ASSET_SOURCES);

// src/docs/ and dist/docs/ are both two levels below the package, so one relative path fits both.
const OWN_STATIC_DIR = fileURLToPath(new URL('../../static/', import.meta.url));

function swaggerUiDistDir(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

async function readAssets(): Promise<Map<string, DocsAsset>> {
  const distDir = swaggerUiDistDir();
  const entries = await Promise.all(
    Object.entries(ASSET_SOURCES).map(async ([name, source]) => {
      const body = await readFile(join(source.from === 'own' ? OWN_STATIC_DIR : distDir, source.file));
      const contentType = CONTENT_TYPES[EXTENSION.exec(name)?.[0] ?? ''] ?? 'application/octet-stream';
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
      return [name, { body: new Uint8Array(body), contentType, hash }] as const;
    }),
  );
  return new Map(entries);
}

let loaded: Promise<Map<string, DocsAsset>> | undefined;

/**
 * The /docs assets (Swagger UI from the installed swagger-ui-dist, plus our initialiser), read
 * from disk on first use and kept in memory: about 2 MB, shared by every app in the process.
 * @example (await loadDocsAssets()).get('swagger-ui.css')?.contentType // 'text/css; charset=utf-8'
 */
export function loadDocsAssets(): Promise<Map<string, DocsAsset>> {
  loaded ??= readAssets().catch((error: unknown) => {
    // Let a later request retry instead of caching the failure forever.
    loaded = undefined;
    throw error;
  });
  return loaded;
}
