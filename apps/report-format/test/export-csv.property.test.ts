import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildFixtureReport } from '../src/testing/build-fixture-report.js';
import { DEFAULT_FILTERS } from '../src/filters.js';
import { buildReportModel } from '../src/report-model.js';
import { formatMatchesCsv } from '../src/export-csv.js';

// RFC 4180 reader, enough to check that what we write reads back cell for cell.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

// Built from the characters CSV and spreadsheets care about, plus ordinary ones.
const CSV_CHARS = fc.constantFrom('a', 'Z', '7', ' ', ',', '"', "'", '\n', '\r', '=', '+', '-', '@', '\t', 'é', '漢');
const sentenceArb = fc.string({ unit: CSV_CHARS, minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);

test('CSV cells read back as the sentence text (formula starts neutralised), whatever the text', () => {
  fc.assert(
    fc.property(sentenceArb, sentenceArb, sentenceArb, (a, b, outlet) => {
      const { report, texts } = buildFixtureReport({
        articles: [{ outlet, sentences: [a] }, { sentences: [b] }],
        matches: [{ a: [0, 0], b: [1, 0], kind: 'edited', score: 0.5 }],
      });
      const rows = parseCsv(formatMatchesCsv(buildReportModel({ report, texts, filters: DEFAULT_FILTERS })));
      expect(rows).toHaveLength(2);
      expect(rows[1]).toHaveLength(11);
      const guarded = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      expect(rows[1]![6]).toBe(guarded(a));
      expect(rows[1]![10]).toBe(guarded(b));
      expect(rows[1]![4]).toBe(guarded(outlet));
    }),
  );
});
