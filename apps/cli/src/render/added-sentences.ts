import { documentName, sentenceNumbers, sentenceText, type ReportWithTexts } from './sentence-text.js';
import type { Style } from './style.js';

/**
 * Per document, the sentences no other document has, numbered from 1 with their text;
 * documents that added nothing are left out.
 * @example renderAddedSentences({ report, texts }, PLAIN_STYLE) // 'Added in outlet.txt (2 of 10 sentences, in no other article)\n  sentence 3: Readers were angry.'
 */
export function renderAddedSentences(input: ReportWithTexts, style: Style): string {
  const parts: string[] = [];
  for (const [index, document] of input.report.documents.entries()) {
    const added = document.sentences.filter((sentence) => sentence.status === 'added');
    if (added.length === 0) continue;
    const heading = style.strong(`Added in ${documentName(input.report, index)} (${added.length} of ${document.sentences.length} sentences, in no other article)`);
    parts.push([heading, ...added.map((sentence) => `  ${sentenceNumbers([sentence.index])}: ${sentenceText(input, index, [sentence.index])}`)].join('\n'));
  }
  return parts.join('\n\n');
}
