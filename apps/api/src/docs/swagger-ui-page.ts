import type { DocsAsset } from './swagger-ui-assets.js';

const HTML_SPECIAL = /[&<>"']/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string): string => value.replace(HTML_SPECIAL, (ch) => ESCAPES[ch]!);

/**
 * The Swagger UI page of /docs: local assets only, no inline script (init.js starts it), each
 * asset URL carrying its content hash so the assets can be cached for a year.
 * @example c.html(renderSwaggerUiPage({ title: 'wirediff API', openApiUrl: '/openapi.json', assets }))
 */
export function renderSwaggerUiPage(options: { title: string; openApiUrl: string; assets: ReadonlyMap<string, DocsAsset> }): string {
  const { title, openApiUrl, assets } = options;
  const url = (name: string): string => {
    const asset = assets.get(name);
    if (asset === undefined) throw new Error(`renderSwaggerUiPage: no asset named ${name}`);
    return escapeHtml(`/docs/assets/${name}?v=${asset.hash}`);
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} — API reference</title>
<link rel="icon" type="image/png" sizes="32x32" href="${url('favicon-32x32.png')}">
<link rel="icon" type="image/png" sizes="16x16" href="${url('favicon-16x16.png')}">
<link rel="stylesheet" href="${url('swagger-ui.css')}">
<link rel="stylesheet" href="${url('index.css')}">
</head><body>
<noscript><p>This page needs JavaScript. Without it, read <a href="/docs/problems">the problem types and routes</a> or <a href="${escapeHtml(openApiUrl)}">the OpenAPI document</a>.</p></noscript>
<div id="swagger-ui" data-openapi-url="${escapeHtml(openApiUrl)}"></div>
<script src="${url('swagger-ui-bundle.js')}"></script>
<script src="${url('init.js')}"></script>
</body></html>`;
}
