import { MATCH_KINDS, type ComparisonReport, type MatchKind } from '@wirediff/match';
import { formatCell } from '@wirediff/report-format';
import type { IdentifiedArticle } from '../inputs/load-articles.js';
import { splitShares } from '../render/document-shares.js';
import { formatTable } from '../render/text-table.js';

/** One article compared with the batch's source. */
export interface BatchResult {
  /** Its position among the batch's inputs (the source is 0). */
  input: number;
  article: IdentifiedArticle;
  /** The report of [source, article]: document 0 is the source, document 1 the article. */
  report: ComparisonReport;
}

/** One row of the batch summary. */
export interface BatchRow {
  input: number;
  id: string;
  path: string;
  line?: number;
  name: string;
  publishedAt?: string;
  sentences: number;
  reusedSentences: number;
  characters: number;
  reusedCharacters: number;
  reusedShare: number;
  byKind: Record<MatchKind, number>;
  matches: number;
  /** Sentences of the source this article took something from. */
  sourceSentencesUsed: number;
}

/**
 * The name a batch row goes by: the outlet, else the title, else the id.
 * @example articleName({ id: 'doc-2', outlet: 'Sun', … }) // 'Sun'
 */
export function articleName(article: Pick<IdentifiedArticle, 'id' | 'outlet' | 'title'>): string {
  return article.outlet ?? article.title ?? article.id;
}

/**
 * A row per compared article, from its report with the source.
 * @example summariseBatch(results)[0].reusedShare // 0.62
 */
export function summariseBatch(results: readonly BatchResult[]): BatchRow[] {
  return results.map(({ input, article, report }) => {
    const document = report.documents[1]!;
    const source = report.documents[0]!;
    return {
      input,
      id: article.id,
      path: article.path,
      ...(article.line === undefined ? {} : { line: article.line }),
      name: articleName(article),
      ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
      sentences: document.stats.sentences,
      reusedSentences: document.stats.reusedSentences,
      characters: document.stats.characters,
      reusedCharacters: document.stats.reusedCharacters,
      reusedShare: document.stats.reusedShare,
      byKind: document.stats.byKind,
      matches: report.matches.length,
      sourceSentencesUsed: source.stats.reusedSentences,
    };
  });
}

/** The per-outlet totals when a feed has several articles from one outlet. */
interface OutletTotal {
  name: string;
  articles: number;
  characters: number;
  reusedCharacters: number;
  byKind: Record<MatchKind, number>;
}

function totalByOutlet(rows: readonly BatchRow[]): OutletTotal[] {
  const totals = new Map<string, OutletTotal>();
  for (const row of rows) {
    const total = totals.get(row.name) ?? { name: row.name, articles: 0, characters: 0, reusedCharacters: 0, byKind: { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 } };
    total.articles += 1;
    total.characters += row.characters;
    total.reusedCharacters += row.reusedCharacters;
    for (const kind of MATCH_KINDS) total.byKind[kind] += row.byKind[kind];
    totals.set(row.name, total);
  }
  return [...totals.values()];
}

/**
 * The batch's text summary: the source, one row per compared article (numbered as the inputs
 * are, the source being 1), and per-outlet totals when an outlet has several articles.
 * @example renderBatchSummary(source, rows) // 'Source: wire.txt (9 sentences)\n\n#  article …'
 */
export function renderBatchSummary(source: { name: string; sentences: number }, rows: readonly BatchRow[], strong: (text: string) => string): string {
  const withTimes = rows.some((row) => row.publishedAt !== undefined);
  const header = ['#', 'article', ...(withTimes ? ['published'] : []), 'sentences', 'reused', 'added', ...MATCH_KINDS, 'matches', 'source used'];
  const body = rows.map((row) => {
    const shares = splitShares(row);
    return [
      String(row.input + 1),
      row.name,
      ...(withTimes ? [row.publishedAt ?? ''] : []),
      String(row.sentences),
      `${shares.reused}%`,
      `${shares.added}%`,
      ...MATCH_KINDS.map((kind) => String(row.byKind[kind])),
      String(row.matches),
      `${row.sourceSentencesUsed} of ${source.sentences}`,
    ];
  });
  const left = withTimes ? 3 : 2;
  const align = header.map((_, column) => (column === 0 || column >= left ? ('right' as const) : ('left' as const)));
  const parts = [`${strong('Source:')} ${source.name} (${source.sentences} sentences)`, '', strong(`Compared with it (${rows.length})`), formatTable([header, ...body], { align })];
  const outlets = totalByOutlet(rows);
  if (outlets.length < rows.length) {
    const outletHeader = ['outlet', 'articles', 'reused', 'added', ...MATCH_KINDS];
    const outletRows = outlets.map((total) => {
      const shares = splitShares({ characters: total.characters, reusedShare: total.characters === 0 ? 0 : total.reusedCharacters / total.characters });
      return [total.name, String(total.articles), `${shares.reused}%`, `${shares.added}%`, ...MATCH_KINDS.map((kind) => String(total.byKind[kind]))];
    });
    parts.push('', strong('By outlet (shares by characters over its articles)'), formatTable([outletHeader, ...outletRows], { align: outletHeader.map((_, column) => (column === 0 ? 'left' : 'right')) }));
  }
  return `${parts.join('\n')}\n`;
}

/**
 * The batch summary as CSV, one row per compared article, formula-safe like the web app's.
 * `input` counts from 0 like the JSON's indexes; shares are 0..1.
 * @example formatBatchCsv(rows).split('\r\n')[0] // 'input,id,path,line,outlet,published_at,sentences,…'
 */
export function formatBatchCsv(rows: readonly BatchRow[]): string {
  const header = ['input', 'id', 'path', 'line', 'outlet', 'published_at', 'sentences', 'reused_sentences', 'reused_share', ...MATCH_KINDS, 'matches', 'source_sentences_used'];
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells: Array<string | number> = [row.input, row.id, row.path, row.line ?? '', row.name, row.publishedAt ?? '', row.sentences, row.reusedSentences, row.reusedShare.toFixed(4), ...MATCH_KINDS.map((kind) => row.byKind[kind]), row.matches, row.sourceSentencesUsed];
    lines.push(cells.map(formatCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
