import { MATCH_KINDS, type ComparisonReport, type DocumentStats } from '@wirediff/match';
import { documentName } from './sentence-text.js';
import { formatTable } from './text-table.js';

/** Whole percentages that add up: reused, then added = 100 - reused (both 0 for an empty document). */
export interface SharePercents {
  reused: number;
  added: number;
}

/**
 * Reused and added shares of a document (by characters) as whole percentages; the added
 * share is what is left, so the two always add up to 100.
 * @example splitShares({ characters: 1000, reusedShare: 0.585 }) // { reused: 59, added: 41 }
 */
export function splitShares(stats: Pick<DocumentStats, 'characters' | 'reusedShare'>): SharePercents {
  if (stats.characters === 0) return { reused: 0, added: 0 };
  const reused = Math.round(stats.reusedShare * 100);
  return { reused, added: 100 - reused };
}

/**
 * One row per document, numbered from 1: when published (if any document says), sentences,
 * the reused and added shares by characters, the reused share not counting shared quotes
 * (when the report gives it) and reused sentences by kind.
 * @example renderDocumentShares(report) // '#  article   sentences  reused  added  verbatim …\n1  wire.txt         12     58%    42%         3 …'
 */
export function renderDocumentShares(report: Pick<ComparisonReport, 'documents'>): string {
  const documents = report.documents;
  const withTimes = documents.some((document) => document.publishedAt !== undefined);
  const withQuotes = documents.some((document) => document.stats.reusedShareWithoutQuotes !== undefined);
  const header = ['#', 'article', ...(withTimes ? ['published'] : []), 'sentences', 'reused', 'added', ...(withQuotes ? ['reused without quotes'] : []), ...MATCH_KINDS];
  const rows = documents.map((document, index) => {
    const { stats } = document;
    const shares = splitShares(stats);
    const withoutQuotes = stats.reusedShareWithoutQuotes;
    return [
      String(index + 1),
      documentName(report, index),
      ...(withTimes ? [document.publishedAt ?? ''] : []),
      String(stats.sentences),
      `${shares.reused}%`,
      `${shares.added}%`,
      ...(withQuotes ? [withoutQuotes === undefined ? '' : `${Math.round(withoutQuotes * 100)}%`] : []),
      ...MATCH_KINDS.map((kind) => String(stats.byKind[kind] ?? 0)),
    ];
  });
  const leftColumns = withTimes ? 3 : 2;
  return formatTable([header, ...rows], { align: header.map((_, column) => (column === 0 || column >= leftColumns ? 'right' : 'left')) });
}
