type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
};
type OpenApiOperation = {
  summary?: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string }>;
  requestBody?: { content: Record<string, { schema?: unknown; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
};

const HTML_SPECIAL = /[&<>"']/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string): string => value.replace(HTML_SPECIAL, (ch) => ESCAPES[ch]!);

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4}pre{padding:.75rem;overflow:auto}
.op{border-top:1px solid #ddd;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
table{border-collapse:collapse}td{padding:.1rem .6rem .1rem 0;vertical-align:top}`;

/**
 * A self-contained HTML reference of the API rendered from its OpenAPI document: no scripts
 * and no CDN, so it works offline and under the strict Content-Security-Policy.
 * @example c.html(renderDocsPage(app.getOpenAPI31Document(info)))
 */
export function renderDocsPage(document: OpenApiDocument, problems: ReadonlyArray<{ kind: string; status: number; title: string }> = []): string {
  const operations: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? [])
        .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}${p.required ? ', required' : ''}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`)
        .join('');
      const bodyTypes = Object.keys(op.requestBody?.content ?? {}).map((type) => `<code>${escapeHtml(type)}</code>`).join(', ');
      const responses = Object.entries(op.responses)
        .map(([status, response]) => `<tr><td><code>${status}</code></td><td>${escapeHtml(response.description)}</td></tr>`)
        .join('');
      operations.push(`<section class="op" id="${escapeHtml(method + path)}">
<h3><span class="m">${escapeHtml(method)}</span><code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}${op.description ? `<br>${escapeHtml(op.description)}` : ''}</p>
${params ? `<table>${params}</table>` : ''}
${bodyTypes ? `<p>Body: ${bodyTypes}</p>` : ''}
<table>${responses}</table>
</section>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(document.info.title)} — API reference</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1; load it in any OpenAPI viewer). Errors are <code>application/problem+json</code>.</p>
${operations.join('\n')}
<h2>Problems</h2>
<p>Every error is <code>application/problem+json</code> with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> and, for invalid fields, <code>errors: [{ path, message }]</code>.</p>
<table>${problems.map((p) => `<tr id="problem-${escapeHtml(p.kind)}"><td><code>${p.status}</code></td><td><code>${escapeHtml(p.kind)}</code></td><td>${escapeHtml(p.title)}</td></tr>`).join('')}</table>
</body></html>`;
}
