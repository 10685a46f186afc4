import type { ComparisonReport } from '@wirediff/match';
import type { ArticlePayload } from '../api/api-client.js';

/**
 * The report as JSON, with the articles' texts so offsets can be read back.
 * @example formatReportJson({ report, documents })
 */
export function formatReportJson(options: { report: ComparisonReport; documents: ArticlePayload[] }): string {
  return `${JSON.stringify({ report: options.report, documents: options.documents }, null, 2)}\n`;
}
