import type { Token } from '@wirediff/text';
import type { AnalyzedDocument } from '../../src/compare/document-model.js';

const SENTENCE = /[^.!?]+[.!?]*/g;
const WORD = /[\p{L}\p{N}]+/gu;
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'for', 'he', 'she', 'it', 'is', 'was', 'that', 'with', 'by', 'at', 'said']);

/**
 * Hand-built analysis for unit tests of the index, alignment and diff: sentences end at . ! ?,
 * tokens are letter/digit runs, norm = stem = lower case, a fixed stop list. Deliberately
 * simple so expected results can be worked out by hand.
 */
export function handAnalyze(text: string): AnalyzedDocument {
  const sentences: AnalyzedDocument['sentences'] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const start = match.index + lead;
    const end = match.index + raw.trimEnd().length;
    if (end <= start) continue;
    const tokens: Token[] = [];
    for (const word of text.slice(start, end).matchAll(WORD)) {
      const norm = word[0].toLowerCase();
      tokens.push({
        start: start + word.index,
        end: start + word.index + word[0].length,
        norm,
        stem: norm,
        stop: STOP_WORDS.has(norm),
        type: /^\d+$/.test(norm) ? 'number' : 'word',
      });
    }
    sentences.push({ index: sentences.length, paragraph: 0, start, end, role: 'body', tokens });
  }
  return { language: 'en', sentences };
}
