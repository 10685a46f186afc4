import type { ComparisonReport, DocumentReport } from '@wirediff/match';
import { nameArticle } from '@wirediff/report-format';

const WHITESPACE_RUN = /\s+/gu;

/** A report and the texts it was computed from, in the same order as `report.documents`. */
export interface ReportWithTexts {
  report: ComparisonReport;
  texts: readonly string[];
}

/**
 * Sentence numbers as a reader counts them, from 1.
 * @example sentenceNumbers([3]) // 'sentence 4'
 * @example sentenceNumbers([3, 4, 6]) // 'sentences 4, 5 and 7'
 */
export function sentenceNumbers(indexes: readonly number[]): string {
  const numbers = indexes.map((index) => String(index + 1));
  if (numbers.length <= 1) return `sentence ${numbers[0] ?? '?'}`;
  return `sentences ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * The name a reader knows a document by (the web app's: outlet, else title, else "Article n").
 * @example documentName(report, 0) // 'wire.txt'
 */
export function documentName(report: Pick<ComparisonReport, 'documents'>, index: number): string {
  const document: DocumentReport | undefined = report.documents[index];
  return document ? nameArticle({ document, index }) : `Article ${index + 1}`;
}

/**
 * The text of some sentences of a document, on one line (wire copy is hard-wrapped).
 * @example sentenceText({ report, texts }, 0, [1]) // 'The work cost 14 million euros.'
 */
export function sentenceText({ report, texts }: ReportWithTexts, document: number, indexes: readonly number[]): string {
  const sentences = report.documents[document]?.sentences ?? [];
  const text = texts[document] ?? '';
  return indexes
    .map((index) => sentences[index])
    .filter((sentence) => sentence !== undefined)
    .map((sentence) => text.slice(sentence.start, sentence.end).replace(WHITESPACE_RUN, ' ').trim())
    .join(' ');
}
