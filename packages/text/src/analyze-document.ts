import { assertText, readLanguage, readOptions } from './assert-text.js';
import { detectLanguage } from './detect-language.js';
import { normalizeWithMap } from './fold-text.js';
import { segment } from './segment.js';
import { keepShapes } from './shape-anchors.js';
import { rulesFor } from './token-norms.js';
import { tokenizeRange } from './tokenize-range.js';
import type { AnalyzeOptions, AnalyzedDocument, AnalyzedSentence, Sentence, Token } from './types.js';

// Sentences from `segment` get `tokens` (and some `contentStart` first) added below; keep one
// sentence of each resulting shape alive so optimised readers survive full GCs.
function sentenceShapeExamples(): object[] {
  const example = (): Sentence => segment('Rain fell.', { roles: false }).sentences[0]!;
  const plain = example();
  const dated = example();
  (plain as AnalyzedSentence).tokens = [];
  dated.contentStart = dated.start;
  (dated as AnalyzedSentence).tokens = [];
  return [plain, dated];
}
keepShapes(sentenceShapeExamples());

/**
 * Everything the matcher needs from one document in one pass: its language, paragraphs, and
 * sentences with their tokens. The text is normalised once; each sentence's tokens come from
 * its slice of the normalised text, with offsets into the caller's text. A dateline's tokens
 * are included; skip those with `start < sentence.contentStart` to ignore it.
 *
 * @example
 * const doc = analyzeDocument('Kremlin confirms talks\nMOSCOW (Reuters) - Talks began on Monday.');
 * doc.sentences[1].contentStart; // 42
 * doc.sentences[1].tokens.map((t) => t.stem); // ['moscow', 'reuter', 'talk', 'began', 'on', 'mondai']
 */
export function analyzeDocument(text: string, options?: AnalyzeOptions): AnalyzedDocument {
  assertText(text, 'analyzeDocument');
  const { language: requested, roles } = readOptions(options, 'analyzeDocument');
  const language = readLanguage(requested, 'analyzeDocument') ?? detectLanguage(text);
  const rules = rulesFor(language);
  const { text: norm, map } = normalizeWithMap(text);
  const { paragraphs, sentences } = segment(text, { roles });
  const analyzed: AnalyzedSentence[] = [];
  // Sentences are ordered and the map is monotone, so one forward walk finds every slice.
  let k = 0;
  const last = norm.length;
  for (const sentence of sentences) {
    while (k < last && map[k]! < sentence.start) k++;
    let e = k;
    while (e < last && map[e]! < sentence.end) e++;
    const tokens: Token[] = [];
    tokenizeRange(text, norm, map, k, e, rules, 0, tokens, sentence.end);
    // The sentence objects are fresh from `segment`: extending them avoids a copy per sentence.
    const withTokens = sentence as AnalyzedSentence;
    withTokens.tokens = tokens;
    analyzed.push(withTokens);
    k = e;
  }
  return { language, paragraphs, sentences: analyzed };
}
