import type { ComparisonReport } from '@wirediff/match';
import { DEFAULT_FILTERS, buildReportModel, formatHtmlReport, formatMatchesCsv } from '@wirediff/report-format';
import type { OutputFormat } from '../commands/comparison-args.js';
import type { IdentifiedArticle } from '../inputs/load-articles.js';
import { renderComparisonReport } from '../render/comparison-report.js';
import type { Style } from '../render/style.js';

/** One article in the JSON output: where it came from and the text the report's offsets point into. */
export interface JsonInput {
  id: string;
  /** As given on the command line; `-` for standard input. */
  path: string;
  /** For an article from a JSONL feed, its line (from 1). */
  line?: number;
  format: IdentifiedArticle['format'];
  title?: string;
  outlet?: string;
  publishedAt?: string;
  text: string;
}

/**
 * `wirediff compare --format json`: the library's report, unchanged, beside the inputs in
 * the same order as `report.documents` (index i of one is index i of the other).
 */
export interface CompareJson {
  report: ComparisonReport;
  inputs: JsonInput[];
}

/**
 * An article as the JSON output lists it (id first, text last, absent fields left out).
 * @example toJsonInput({ id: 'doc-1', path: 'a.txt', format: 'text', text: 'Hi.' }) // { id: 'doc-1', path: 'a.txt', format: 'text', text: 'Hi.' }
 */
export function toJsonInput(article: IdentifiedArticle): JsonInput {
  return {
    id: article.id,
    path: article.path,
    ...(article.line === undefined ? {} : { line: article.line }),
    format: article.format,
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    text: article.text,
  };
}

/**
 * When the HTML report says it was made: now, or `SOURCE_DATE_EPOCH` (seconds) for
 * reproducible output, as build tools read it.
 * @example generatedAt({ SOURCE_DATE_EPOCH: '0' }).toISOString() // '1970-01-01T00:00:00.000Z'
 */
export function generatedAt(env: Readonly<Record<string, string | undefined>>): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return env['SOURCE_DATE_EPOCH'] !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/** What `formatComparison` prints from. */
export interface ComparisonOutputInput {
  report: ComparisonReport;
  articles: readonly IdentifiedArticle[];
  minScore?: number;
  style: Style;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * One comparison in the chosen format: the text report, `{ report, inputs }` as JSON, the
 * matches as CSV (the web app's, formula-safe) or the web app's printable HTML report.
 * @example formatComparison('csv', { report, articles, style: PLAIN_STYLE, env: {} }).split('\r\n')[0] // 'match_id,kind,score,…'
 */
export function formatComparison(format: OutputFormat, input: ComparisonOutputInput): string {
  const texts = input.articles.map((article) => article.text);
  switch (format) {
    case 'json': {
      const output: CompareJson = { report: input.report, inputs: input.articles.map(toJsonInput) };
      return `${JSON.stringify(output, null, 2)}\n`;
    }
    case 'csv':
      return formatMatchesCsv(buildReportModel({ report: input.report, texts, filters: DEFAULT_FILTERS }));
    case 'html':
      return formatHtmlReport({
        model: buildReportModel({ report: input.report, texts, filters: DEFAULT_FILTERS }),
        generatedAt: generatedAt(input.env),
        ...(input.minScore === undefined ? {} : { minScore: input.minScore }),
      });
    case 'text':
      return renderComparisonReport({ report: input.report, texts }, input.style);
  }
}
