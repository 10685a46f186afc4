import type { MatchKind } from '@wirediff/match';
import { KIND_INFO, KINDS } from './match-kinds.js';
import { type ReportModel, formatShare } from './report-model.js';

const HTML_SPECIAL = /[&<>"']/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML element content and attribute values.
 * @example escapeHtml('<b>') // '&lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (ch) => ESCAPES[ch]!);
}

const COLORS: Record<MatchKind, string> = { verbatim: '#0a5c9e', edited: '#b35c00', paraphrase: '#0b7a5a', partial: '#a3387a' };
const BORDERS: Record<MatchKind, string> = { verbatim: 'solid', edited: 'dashed', paraphrase: 'dotted', partial: 'double' };

const ISO_TAIL = /(:00)?\.000Z$|Z$/;

// Printed reports are read away from the screen, so times are shown in UTC and say so.
function formatPublished(iso: string | undefined): string {
  if (!iso) return '';
  return ISO_TAIL.test(iso) ? `${iso.replace('T', ' ').replace(ISO_TAIL, '')} UTC` : iso;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#1b1f24;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f6}.num{text-align:right;font-variant-numeric:tabular-nums}
.s{display:block;margin:.2rem 0;padding:.15rem .4rem;border-left:4px solid transparent}
.badge{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;border:1px solid currentColor;border-radius:3px;padding:0 .3rem;margin-right:.4rem}
.added{color:#555}.added .badge{color:#555}
${KINDS.map((k) => `.k-${k}{border-left:4px ${BORDERS[k]} ${COLORS[k]};background:${COLORS[k]}14}.k-${k} .badge{color:${COLORS[k]}}`).join('\n')}
.docs{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:1.5rem}
ins{background:#d9f2e3;text-decoration:underline}del{background:#fbe0e0;text-decoration:line-through}
.muted{color:#555}
@media print{body{margin:0;max-width:none;font-size:11pt}.docs{display:block}.doc{break-inside:auto;margin-bottom:1rem}tr,.s{break-inside:avoid}h2{break-after:avoid}}
`;

/**
 * A self-contained HTML report (inline styles, no scripts) that prints well. Every piece of
 * article text is escaped.
 * @example formatHtmlReport({ model, generatedAt: new Date() })
 */
export function formatHtmlReport(options: { model: ReportModel; generatedAt: Date; minScore?: number }): string {
  const { model } = options;
  const e = escapeHtml;
  const summaryRows = model.counts
    .map((c, i) => {
      const doc = model.report.documents[i]!;
      const kinds = KINDS.map((k) => `<td class="num">${c.byKind[k]}</td>`).join('');
      return `<tr><td>${e(model.names[i] ?? '')}${doc.title ? `<br><span class="muted">${e(doc.title)}</span>` : ''}</td><td>${e(formatPublished(doc.publishedAt))}</td><td class="num">${c.sentences}</td><td class="num">${c.reused} (${formatShare(c.reused, c.sentences)})</td>${kinds}<td class="num">${c.added} (${formatShare(c.added, c.sentences)})</td></tr>`;
    })
    .join('\n');
  const legend = KINDS.map((k) => `<li><span class="s k-${k}"><span class="badge">${KIND_INFO[k].label}</span>${e(KIND_INFO[k].explain)}</span></li>`).join('');
  const docs = model.sentences
    .map((list, d) => {
      const items = list
        .map((s) => {
          const cls = s.kind ? `s k-${s.kind}` : 's added';
          const label = s.kind ? KIND_INFO[s.kind].label : 'Added';
          return `<span class="${cls}"><span class="badge">${label}</span>${e(s.text)}</span>`;
        })
        .join('\n');
      return `<section class="doc"><h3>${e(model.names[d] ?? '')}</h3>${items}</section>`;
    })
    .join('\n');
  const matchRows = model.visibleMatches
    .map((m) => {
      const side = (i: 0 | 1): string => {
        const s = m.sides[i];
        const text = s.sentences.map((n) => model.sentences[s.document]?.[n]?.text ?? '').join(' ');
        return `<td><strong>${e(model.names[s.document] ?? '')}</strong> §${s.sentences.map((n) => n + 1).join(', ')}<br>${e(text)}</td>`;
      };
      return `<tr><td class="num">${m.id}</td><td>${KIND_INFO[m.kind].label}</td><td class="num">${m.score.toFixed(2)}</td>${side(0)}${side(1)}</tr>`;
    })
    .join('\n');
  const filterNote = options.minScore ? `<p class="muted">Matches scoring below ${options.minScore.toFixed(2)} are left out.</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>wirediff report: ${e(model.names.join(' vs '))}</title><style>${STYLE}</style></head>
<body>
<h1>What each article reused and added</h1>
<p class="muted">wirediff report, generated ${e(options.generatedAt.toISOString())}. Each sentence is marked by how closely it follows a sentence in another article, or as added when no other article has it.</p>
${filterNote}
<h2>Summary</h2>
<table><thead><tr><th>Article</th><th>Published</th><th>Sentences</th><th>Reused</th>${KINDS.map((k) => `<th>${KIND_INFO[k].label}</th>`).join('')}<th>Added</th></tr></thead>
<tbody>${summaryRows}</tbody></table>
<h2>Legend</h2><ul style="list-style:none;padding:0">${legend}<li><span class="s added"><span class="badge">Added</span>found in no other article</span></li></ul>
<h2>Articles</h2><div class="docs">${docs}</div>
<h2>Matches (${model.visibleMatches.length})</h2>
<table><thead><tr><th>#</th><th>Kind</th><th>Score</th><th>Side A</th><th>Side B</th></tr></thead><tbody>${matchRows}</tbody></table>
</body></html>
`;
}
