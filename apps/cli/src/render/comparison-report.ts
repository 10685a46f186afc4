import { documentLabel, renderDocumentShares } from './document-shares.js';
import { renderMatchList, type ReportWithTexts } from './match-list.js';
import type { Style } from './style.js';

/**
 * The whole terminal report: per-document shares, then every match with its word diff.
 * @example renderComparisonReport({ report, texts }, PLAIN_STYLE) // 'Documents\n…\n\nMatches (3)\n…'
 */
export function renderComparisonReport(input: ReportWithTexts, style: Style): string {
  const { report } = input;
  const parts = [style.strong('Documents'), renderDocumentShares(report), '', style.strong(`Matches (${report.matches.length})`), renderMatchList(input, style)];
  const shared = report.clusters.filter((cluster) => cluster.members.length > 2);
  if (shared.length > 0) {
    const lines = shared.map((cluster) => {
      const members = cluster.members.map((member) => {
        const document = report.documents[member.document];
        return `${document ? documentLabel(document) : `#${member.document}`} ${member.sentences.map((index) => `s${index + 1}`).join('+')}`;
      });
      return `  ${members.join(', ')}`;
    });
    parts.push('', style.strong(`Statements shared by three or more documents (${shared.length})`), ...lines);
  }
  if (report.incomplete) parts.push('', `Incomplete: ${report.incomplete.detail}`);
  return `${parts.join('\n')}\n`;
}
