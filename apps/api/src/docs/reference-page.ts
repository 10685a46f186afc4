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
// OpenAPI descriptions are Markdown; the only Markdown ours use is `code`.
const CODE_SPAN = /`([^`]+)`/g;
const renderText = (value: string): string => escapeHtml(value).replace(CODE_SPAN, '<code>$1</code>');

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4}pre{padding:.75rem;overflow:auto}
.op{border-top:1px solid #ddd;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
table{border-collapse:collapse}td{padding:.1rem .6rem .1rem 0;vertical-align:top}`;

/**
 * The plain HTML reference served at /docs/problems: every problem type (the anchors
 * `#problem-<kind>` that each problem+json `type` points to) and every route, rendered from the
 * OpenAPI document with no scripts, so it works offline, without JavaScript and under the CSP.
 * @example c.html(renderReferencePage(app.getOpenAPI31Document(info), listProblemKinds()))
 */
export function renderReferencePage(document: OpenApiDocument, problems: ReadonlyArray<{ kind: string; status: number; title: string }> = []): string {
  const operations: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? [])
        .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}${p.required ? ', required' : ''}</td><td>${renderText(p.description ?? '')}</td></tr>`)
        .join('');
      const bodyTypes = Object.keys(op.requestBody?.content ?? {}).map((type) => `<code>${escapeHtml(type)}</code>`).join(', ');
      const responses = Object.entries(op.responses)
        .map(([status, response]) => `<tr><td><code>${status}</code></td><td>${renderText(response.description)}</td></tr>`)
        .join('');
      operations.push(`<section class="op" id="${escapeHtml(method + path)}">
<h3><span class="m">${escapeHtml(method)}</span><code>${escapeHtml(path)}</code></h3>
<p>${renderText(op.summary ?? '')}${op.description ? `<br>${renderText(op.description)}` : ''}</p>
${params ? `<table>${params}</table>` : ''}
${bodyTypes ? `<p>Body: ${bodyTypes}</p>` : ''}
<table>${responses}</table>
</section>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(document.info.title)} — problem types and routes</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>Interactive reference: <a href="/docs">Swagger UI at <code>/docs</code></a>. Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1).</p>
<h2 id="problems">Problem types</h2>
<p>Every error is <code>application/problem+json</code> with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> and, for invalid fields, <code>errors: [{ path, message }]</code>. Its <code>type</code> is a link to one of these entries.</p>
<table>${problems.map((p) => `<tr id="problem-${escapeHtml(p.kind)}"><td><code>${p.status}</code></td><td><code>${escapeHtml(p.kind)}</code></td><td>${escapeHtml(p.title)}</td></tr>`).join('')}</table>
<h2 id="routes">Routes</h2>
${operations.join('\n')}
</body></html>`;
}
