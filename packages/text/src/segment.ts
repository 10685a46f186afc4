import { assertText, readOptions } from './assert-text.js';
import { layoutParagraphs } from './line-layout.js';
import { assignRoles } from './sentence-roles.js';
import { scanSentences } from './sentence-scanner.js';
import type { Paragraph, Segmentation, SegmentOptions, Sentence } from './types.js';

/**
 * Split text into paragraphs and sentences, with UTF-16 offsets into `text` (trimmed, ordered,
 * non-overlapping). Understands hard-wrapped wire copy, abbreviations, decimals, initials and
 * dotted names, and marks headline / byline / dateline sentences. Linear time.
 *
 * @example
 * const { sentences } = segment('Mr. Smith arrived. He left at 3.5 p.m. today.');
 * sentences.map((s) => [s.start, s.end]); // [[0, 18], [19, 45]]
 */
export function segment(text: string, options?: SegmentOptions): Segmentation {
  assertText(text, 'segment');
  const { roles } = readOptions(options, 'segment');
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const ranges: Array<[number, number]> = [];
  for (const p of layoutParagraphs(text)) {
    ranges.length = 0;
    scanSentences(text, p.start, p.end, ranges);
    if (ranges.length === 0) continue;
    const index = paragraphs.length;
    paragraphs.push({ index, start: ranges[0]![0], end: ranges[ranges.length - 1]![1] });
    for (const [start, end] of ranges) sentences.push({ index: sentences.length, paragraph: index, start, end, role: 'body' });
  }
  if (roles !== false) assignRoles(text, sentences);
  return { paragraphs, sentences };
}
