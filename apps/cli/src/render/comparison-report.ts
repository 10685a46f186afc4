import { DEFAULT_FILTERS, buildReportModel } from '@wirediff/report-format';
import { renderAddedSentences } from './added-sentences.js';
import { renderDocumentShares } from './document-shares.js';
import { renderMatchList } from './match-list.js';
import { renderPairSummary } from './pair-summary.js';
import { documentName, sentenceNumbers, sentenceText, type ReportWithTexts } from './sentence-text.js';
import { renderSources } from './sources.js';
import type { Style } from './style.js';

function renderSharedStatements(input: ReportWithTexts): string[] {
  const { report } = input;
  return report.clusters
    .filter((cluster) => cluster.members.length > 2)
    .map((cluster) => {
      const members = cluster.members.map((member) => `${documentName(report, member.document)} ${sentenceNumbers(member.sentences)}`);
      const first = cluster.members[0];
      const text = first ? sentenceText(input, first.document, first.sentences) : '';
      return `  ${members.join(', ')}\n      ${text}`;
    });
}

/**
 * The terminal report for an editor: each article's shares (they add up to 100%); with more
 * than two articles, what each pair shares; where reused sentences came from; statements
 * shared by three or more; every match with its word diff and what changed; and the
 * sentences each article added. Sentences and matches are counted from 1.
 * @example renderComparisonReport({ report, texts }, PLAIN_STYLE) // 'Articles\n#  article …\n\nMatches (3)\n…'
 */
export function renderComparisonReport(input: ReportWithTexts, style: Style): string {
  const { report } = input;
  const parts: string[] = [];
  if (report.incomplete) parts.push(`Incomplete: ${report.incomplete.detail}`, '');
  parts.push(style.strong('Articles'), renderDocumentShares(report));
  const many = report.documents.length > 2;
  if (many) parts.push('', style.strong('Pairs'), renderPairSummary(report));
  const model = buildReportModel({ report, texts: [...input.texts], filters: DEFAULT_FILTERS });
  const sources = renderSources(model);
  const timed = report.documents.some((document) => document.publishedAt !== undefined);
  if (many || timed) parts.push('', style.strong(sources.heading), ...sources.lines.map((line) => `  ${line}`));
  const shared = renderSharedStatements(input);
  if (shared.length > 0) parts.push('', style.strong(`Statements shared by three or more articles (${shared.length})`), ...shared);
  parts.push('', renderMatchList(input, style));
  const added = renderAddedSentences(input, style);
  if (added !== '') parts.push('', added);
  return `${parts.join('\n')}\n`;
}
