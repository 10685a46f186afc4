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

/** Paragraph ranges from the sentences: from a paragraph's first sentence to its last. */
function paragraphsOf(sentences: AnnotatedDocument['sentences']): Map<number, { start: number; end: number }> {
  const paragraphs = new Map<number, { start: number; end: number }>();
  for (const sentence of sentences) {
    const range = paragraphs.get(sentence.paragraph);
    if (range === undefined) paragraphs.set(sentence.paragraph, { start: sentence.start, end: sentence.end });
    else range.end = sentence.end;
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
 * The annotator for one comparison's documents: quotations are found once per paragraph, the
 * first time a match in it needs them.
 *
 * @example
 * const annotator = createMatchAnnotator(documents);
 * annotator.annotate(match, canonicalDiff, flipped);
 */
export function createMatchAnnotator(documents: readonly AnnotatedDocument[]): MatchAnnotator {
  // A quotation never runs past its paragraph, so quotes are found per paragraph, for the
  // paragraphs that matches reach only: a megabyte with a few matches is not scanned whole.
  const paragraphs: Array<Map<number, { start: number; end: number }> | undefined> = new Array(documents.length);
  const quotes: Array<Map<number, QuoteSpan[]>> = documents.map(() => new Map());
  const quotesIn = (d: number, paragraph: number): QuoteSpan[] => {
    let found = quotes[d]!.get(paragraph);
    if (found === undefined) {
      const document = documents[d]!;
      const ranges = (paragraphs[d] ??= paragraphsOf(document.sentences));
      const range = ranges.get(paragraph);
      found = range === undefined ? [] : findQuotes(document.text, { paragraphs: [range] }).filter((quote) => quote.depth === 0);
      quotes[d]!.set(paragraph, found);
    }
    return found;
  };
  /** The outermost quotations of the paragraphs a side's sentences are in, in order. */
  const quotesOf = (side: MatchSide): QuoteSpan[] => {
    const sentences = documents[side.document]!.sentences;
    let last = -1;
    const found: QuoteSpan[] = [];
    for (const index of side.sentences) {
      const paragraph = sentences[index]!.paragraph;
      if (paragraph === last) continue;
      last = paragraph;
      found.push(...quotesIn(side.document, paragraph));
    }
    return found;
  };
  const markQuoted = (side: MatchSide, sideQuotes: readonly QuoteSpan[]): void => {
    const parts = quotedParts(side.spans, sideQuotes);
    if (parts.length > 0) side.quoted = parts;
  };
  return {
    isFlipped(documentA, sentencesA, documentB, sentencesB) {
      return compareWords(sentencesOf(documents[documentA]!, sentencesA), sentencesOf(documents[documentB]!, sentencesB)) > 0;
    },
    annotate(match, canonicalDiff, flipped) {
      const [sideA, sideB] = match.sides;
      const quotesA = quotesOf(sideA);
      const quotesB = quotesOf(sideB);
      markQuoted(sideA, quotesA);
      markQuoted(sideB, quotesB);
      if (sideA.quoted !== undefined && sideB.quoted !== undefined && isSharedQuote(match.sides)) match.quote = true;
      if (match.kind !== 'edited' && match.kind !== 'paraphrase') return;
      const view = (side: MatchSide, sideQuotes: readonly QuoteSpan[]) => buildSideView(documents[side.document]!.text, sentencesOf(documents[side.document]!, side.sentences), sideQuotes);
      const [first, second] = flipped ? [view(sideB, quotesB), view(sideA, quotesA)] : [view(sideA, quotesA), view(sideB, quotesB)];
      match.changes = explainChanges({ a: first, b: second, diff: canonicalDiff }, flipped);
    },
  };
}
