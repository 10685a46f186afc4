import { describe, expect, test } from 'vitest';
import { buildThreeOutletReport } from '../src/testing/three-outlets.js';
import { DEFAULT_FILTERS } from '../src/filters.js';
import { buildReportModel } from '../src/report-model.js';
import { formatMatchesCsv } from '../src/export-csv.js';
import { escapeHtml, formatHtmlReport } from '../src/export-html.js';

const { report, texts } = buildThreeOutletReport();
const model = buildReportModel({ report, texts, filters: DEFAULT_FILTERS });

describe('exports', () => {
  test('CSV: one row per visible match, quoted where needed', () => {
    const lines = formatMatchesCsv(model).trimEnd().split('\r\n');
    expect(lines[0]).toBe('match_id,kind,score,article_a,outlet_a,sentences_a,text_a,article_b,outlet_b,sentences_b,text_b');
    expect(lines).toHaveLength(1 + report.matches.length);
    expect(lines[2]).toBe('1,edited,0.780,1,Wire,2,The work cost 14 million euros.,2,Daily <b>Post</b>,2,"The work cost 15 million euros, the city said."');
  });

  test('CSV neutralises cells a spreadsheet would run as formulas', () => {
    const withFormula = buildReportModel({ report, texts: texts.map((t, i) => (i === 0 ? `=HYPERLINK("x")${t.slice(15)}` : t)), filters: DEFAULT_FILTERS });
    expect(formatMatchesCsv(withFormula)).toContain(`"'=HYPERLINK(""x"")`);
  });

  test('HTML report escapes article text and outlet names', () => {
    const html = formatHtmlReport({ model, generatedAt: new Date('2026-02-02T00:00:00Z') });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Daily &lt;b&gt;Post&lt;/b&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('@media print');
  });

  test('escapeHtml covers every special character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
