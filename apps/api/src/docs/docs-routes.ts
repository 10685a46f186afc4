import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { ApiError, listProblemKinds } from '../errors.js';
import { renderReferencePage } from './reference-page.js';
import { loadDocsAssets } from './swagger-ui-assets.js';
import { renderSwaggerUiPage } from './swagger-ui-page.js';

// Asset URLs carry a content hash (?v=), so a year-long immutable cache is safe.
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Register GET /docs (Swagger UI), /docs/assets/:name (its files, served locally) and
 * /docs/problems (the plain HTML list of problem types and routes).
 * @example registerDocsRoutes(app, { info: { title: 'wirediff API', version: '0.1.0' } })
 */
export function registerDocsRoutes<E extends Env>(app: OpenAPIHono<E>, options: { info: { title: string; version: string; description?: string } }): void {
  const { info } = options;

  app.get('/docs', async (c) => c.html(renderSwaggerUiPage({ title: info.title, openApiUrl: '/openapi.json', assets: await loadDocsAssets() })));

  app.get('/docs/assets/:name', async (c) => {
    const name = c.req.param('name');
    const asset = (await loadDocsAssets()).get(name);
    if (asset === undefined) throw new ApiError('not-found', `Nothing is at ${c.req.path}.`);
    const etag = `"${asset.hash}"`;
    const headers = { 'Content-Type': asset.contentType, 'Cache-Control': ASSET_CACHE_CONTROL, ETag: etag };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.body(asset.body, 200, headers);
  });

  app.get('/docs/problems', (c) => c.html(renderReferencePage(app.getOpenAPI31Document({ openapi: '3.1.0', info }) as never, listProblemKinds())));
}
