import { analyzeDocument, detectLanguage } from '@wirediff/text';
import { diffTokenRuns, type TokenDiff } from './token-diff.js';

export type { TokenDiff } from './token-diff.js';

export interface DiffSentencesOptions {
  /** Language code, or 'auto' (default) to detect it from the text. */
  language?: string;
}

function runOf(text: string, language: string, stems: Map<string, number>) {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const sentence of analyzeDocument(text, { language }).sentences) {
    for (const token of sentence.tokens) {
      let id = stems.get(token.stem);
      if (id === undefined) stems.set(token.stem, (id = stems.size));
      ids.push(id);
      starts.push(token.start);
      ends.push(token.end);
    }
  }
  return { ids, starts, ends };
}

/**
 * Word-level diff of two texts (typically two sentences) as `compare` computes it for a match:
 * words are compared by stem once normalised, and each step carries offsets into `a`
 * (equal/delete) and `b` (equal/insert); `spansA`/`spansB` are the shared text.
 *
 * @example
 * const { diff } = diffSentences('Police closed the road.', 'Police quickly closed the road.');
 * // [{ op: 'equal', a: [0, 6], b: [0, 6] }, { op: 'insert', b: [7, 14] },
 * //  { op: 'equal', a: [7, 22], b: [15, 30] }]
 */
export function diffSentences(a: string, b: string, options: DiffSentencesOptions = {}): TokenDiff {
  if (typeof a !== 'string' || typeof b !== 'string') throw new TypeError('diffSentences: a and b must be strings');
  // One language for both texts, so a word gets the same stem on each side.
  const language = options.language === undefined || options.language === 'auto' ? detectLanguage(`${a}\n${b}`) : options.language;
  const stems = new Map<string, number>();
  return diffTokenRuns(runOf(a, language, stems), runOf(b, language, stems));
}
