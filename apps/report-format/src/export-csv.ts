import type { ReportModel } from './report-model.js';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180 quoting). Spreadsheets run cells that start with = + - @ as
 * formulas; a leading apostrophe keeps article text inert when the CSV is opened in Excel or
 * LibreOffice.
 * @example formatCell('=SUM(A1)') // "'=SUM(A1)"
 */
export function formatCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The visible matches as CSV: one row per match with both sides' outlet, sentence numbers and text.
 * @example formatMatchesCsv(model).split('\n')[0] // 'match_id,kind,score,...'
 */
export function formatMatchesCsv(model: ReportModel): string {
  const header = ['match_id', 'kind', 'score', 'article_a', 'outlet_a', 'sentences_a', 'text_a', 'article_b', 'outlet_b', 'sentences_b', 'text_b'];
  const rows = [header.join(',')];
  for (const match of model.visibleMatches) {
    const cells: Array<string | number> = [match.id, match.kind, match.score.toFixed(3)];
    for (const side of match.sides) {
      const text = side.sentences.map((s) => model.sentences[side.document]?.[s]?.text ?? '').join(' ');
      cells.push(side.document + 1, model.names[side.document] ?? '', side.sentences.map((s) => s + 1).join(' '), text);
    }
    rows.push(cells.map(formatCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
