import { MATCH_KINDS, type ComparisonReport, type DocumentReport } from '@wirediff/match';
import { formatPercent, formatTable } from './text-table.js';

/**
 * The name a reader knows a document by: its outlet, else its title, else its id.
 * @example documentLabel({ id: 'd1', outlet: 'wire.txt', sentences: [], stats }) // 'wire.txt'
 */
export function documentLabel(document: Pick<DocumentReport, 'id' | 'outlet' | 'title'>): string {
  return document.outlet ?? document.title ?? document.id;
}

/**
 * One row per document: how much of it was reused from the others (by characters), how
 * much it added, and its reused sentences by kind.
 * @example renderDocumentShares(report) // 'document  sentences  reused  added  verbatim …\nwire.txt  12  58%  42%  3 …'
 */
export function renderDocumentShares(report: Pick<ComparisonReport, 'documents'>): string {
  const header = ['document', 'sentences', 'reused', 'added', ...MATCH_KINDS];
  const rows = report.documents.map((document) => {
    const { stats } = document;
    const added = stats.characters === 0 ? 0 : 1 - stats.reusedShare;
    return [
      documentLabel(document),
      String(stats.sentences),
      formatPercent(stats.reusedShare),
      formatPercent(added),
      ...MATCH_KINDS.map((kind) => String(stats.byKind[kind] ?? 0)),
    ];
  });
  return formatTable([header, ...rows], { align: ['left', ...header.slice(1).map(() => 'right' as const)] });
}
