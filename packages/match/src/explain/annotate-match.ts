import { findQuotes, type QuoteSpan } from '@wirediff/text';
import type { DiffOp, Match, MatchSide } from '../types.js';
import { explainChanges } from './explain-changes.js';
import { isSharedQuote, quotedParts } from './quoted-spans.js';
import { buildSideView, type ViewSentence } from './side-view.js';

/** One analysed document as the annotations read it. */
export interface AnnotatedDocument {
  text: string;
  sentences: ReadonlyArray<ViewSentence & { paragraph: number }>;
}

/** What annotating the matches of one comparison shares: the documents and their quotations, found once each. */
export interface MatchAnnotator {
  /** Which way to diff and explain a match: true when side b's words come first in the fixed order. */
  isFlipped(documentA: number, sentencesA: readonly number[], documentB: number, sentencesB: readonly number[]): boolean;
  /** Add `quoted`, `quote` and (for edited and paraphrase matches) `changes` to a match built from `diff`. */
  annotate(match: Match, canonicalDiff: readonly DiffOp[], flipped: boolean): void;
}

/** Paragraph ranges from the sentences (a quotation never runs past its paragraph). */
function paragraphsOf(sentences: AnnotatedDocument['sentences']): Array<{ start: number; end: number }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  let current = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== current || paragraphs.length === 0) {
      paragraphs.push({ start: sentence.start, end: sentence.end });
      current = sentence.paragraph;
    } else {
      paragraphs[paragraphs.length - 1]!.end = sentence.end;
    }
  }
  return paragraphs;
}

function sentencesOf(document: AnnotatedDocument, indexes: readonly number[]): ViewSentence[] {
  return indexes.map((index) => document.sentences[index]!);
}

/**
 * Orders two sides by their words (token norms), independently of which document came first in
 * the input: negative when a's words come first.
 */
function compareWords(a: readonly ViewSentence[], b: readonly ViewSentence[]): number {
  let sa = 0;
  let ta = 0;
  let sb = 0;
  let tb = 0;
  for (;;) {
    while (sa < a.length && ta >= a[sa]!.tokens.length) {
      sa++;
      ta = 0;
    }
    while (sb < b.length && tb >= b[sb]!.tokens.length) {
      sb++;
      tb = 0;
    }
    if (sa >= a.length || sb >= b.length) return (sa >= a.length ? 0 : 1) - (sb >= b.length ? 0 : 1);
    const x = a[sa]!.tokens[ta]!.norm;
    const y = b[sb]!.tokens[tb]!.norm;
    if (x !== y) return x < y ? -1 : 1;
    ta++;
    tb++;
  }
}

/**
 * The annotator for one comparison's documents: quotations are found once per document, the
 * first time a match needs them.
 *
 * @example
 * const annotator = createMatchAnnotator(documents);
 * annotator.annotate(match, canonicalDiff, flipped);
 */
export function createMatchAnnotator(documents: readonly AnnotatedDocument[]): MatchAnnotator {
  const quotes: Array<QuoteSpan[] | undefined> = new Array(documents.length);
  const quotesOf = (d: number): QuoteSpan[] => {
    let found = quotes[d];
    if (found === undefined) {
      const document = documents[d]!;
      found = findQuotes(document.text, { paragraphs: paragraphsOf(document.sentences) }).filter((quote) => quote.depth === 0);
      quotes[d] = found;
    }
    return found;
  };
  const markQuoted = (side: MatchSide): void => {
    const parts = quotedParts(side.spans, quotesOf(side.document));
    if (parts.length > 0) side.quoted = parts;
  };
  return {
    isFlipped(documentA, sentencesA, documentB, sentencesB) {
      return compareWords(sentencesOf(documents[documentA]!, sentencesA), sentencesOf(documents[documentB]!, sentencesB)) > 0;
    },
    annotate(match, canonicalDiff, flipped) {
      const [sideA, sideB] = match.sides;
      markQuoted(sideA);
      markQuoted(sideB);
      if (sideA.quoted !== undefined && sideB.quoted !== undefined && isSharedQuote(match.sides)) match.quote = true;
      if (match.kind !== 'edited' && match.kind !== 'paraphrase') return;
      const view = (side: MatchSide) => buildSideView(documents[side.document]!.text, sentencesOf(documents[side.document]!, side.sentences), quotesOf(side.document));
      const [first, second] = flipped ? [view(sideB), view(sideA)] : [view(sideA), view(sideB)];
      match.changes = explainChanges({ a: first, b: second, diff: canonicalDiff }, flipped);
    },
  };
}
