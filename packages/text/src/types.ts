/**
 * Offsets into the caller's own text and offsets into normalised text are different things;
 * the brands make mixing them a compile error. Plain numbers leave the package through the
 * public records (`Sentence.start`, `Token.start`, ...), which are always original offsets.
 *
 * @example
 * const o: OriginalOffset = normalize(text).toOriginal(0 as NormalizedOffset);
 */
export type OriginalOffset = number & { readonly __offset: 'original' };
/**
 * An offset into `NormalizedText.text`.
 *
 * @example
 * normalize('Talks').toOriginal(2 as NormalizedOffset); // 2 as OriginalOffset
 */
export type NormalizedOffset = number & { readonly __offset: 'normalized' };

/**
 * Text after folding, with the way back to the caller's text.
 *
 * @example
 * const n: NormalizedText = normalize('“Talks”');
 * n.text; // '"talks"'
 */
export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** Original offset for a normalised offset (0..text.length inclusive). */
  toOriginal(offset: NormalizedOffset): OriginalOffset;
}

/** Options of `normalize`. @example normalize(text, { caseFold: false }) */
export interface NormalizeOptions {
  /** Lower-case the text (default true). */
  caseFold?: boolean;
  /** Map look-alike Cyrillic/Greek/Latin letters inside mixed-script words (default true). */
  homoglyphs?: boolean;
}

/** What a sentence is in the article's layout. @example sentence.role === 'headline' */
export type SentenceRole = 'headline' | 'byline' | 'dateline' | 'body';

/** A paragraph as trimmed UTF-16 offsets into the caller's text. @example text.slice(p.start, p.end) */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** A sentence as trimmed UTF-16 offsets into the caller's text. @example text.slice(s.start, s.end) */
export interface Sentence {
  index: number;
  paragraph: number;
  /** UTF-16 offsets into the caller's text; `end` is exclusive; trimmed of surrounding space. */
  start: number;
  end: number;
  role: SentenceRole;
  /**
   * Where the sentence's own content starts when it opens with a dateline
   * (`MOSCOW (Reuters) - ...`): matchers can ignore [start, contentStart).
   */
  contentStart?: number;
}

/** Result of `segment`. @example const { paragraphs, sentences }: Segmentation = segment(text); */
export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** Options of `segment`. @example segment(text, { roles: false }) */
export interface SegmentOptions {
  /** Detect headline / byline / dateline roles (default true). */
  roles?: boolean;
}

/** A word or number with offsets into the caller's text. @example text.slice(t.start, t.end) */
export interface Token {
  /** Offsets into the caller's text (a folded multi-word token such as "per cent" spans both words). */
  start: number;
  end: number;
  /** Normalised form: case, quotes, homoglyphs, spelling variants, "U.S." -> "us", "per cent" -> "percent". */
  norm: string;
  /** Stem of `norm` in the document's language (equal to `norm` where no stemmer applies). */
  stem: string;
  /** A function word of the language ("the", "и"). */
  stop: boolean;
  /** 'number' for numerals such as 3.5 or 1,000; 'word' otherwise. */
  type: 'word' | 'number';
}

/** Options of `tokenize`. @example tokenize(sentence, { language: 'en', offset: 120 }) */
export interface TokenizeOptions {
  /** ISO 639-1 code, or 'auto' (default) to detect from the text. */
  language?: string;
  /** Offset of `text` inside the caller's document: added to every token's start/end. */
  offset?: number;
}

/** Options of `analyzeDocument`. @example analyzeDocument(text, { language: 'ru' }) */
export interface AnalyzeOptions {
  /** ISO 639-1 code, or 'auto' (default) to detect from the text. */
  language?: string;
  /** Detect headline / byline / dateline roles (default true). */
  roles?: boolean;
}

/** A sentence with its tokens (offsets into the caller's text). @example s.tokens.filter((t) => !t.stop) */
export type AnalyzedSentence = Sentence & { tokens: Token[] };

/** One document, normalised once, segmented and tokenised. @example analyzeDocument(text).sentences[0].tokens */
export interface AnalyzedDocument {
  /** ISO 639-1 code used for stemming and stop words ('und' when unknown). */
  language: string;
  paragraphs: Paragraph[];
  sentences: AnalyzedSentence[];
}

/**
 * A quotation found by `findQuotes`, as UTF-16 offsets into the caller's text.
 *
 * @example
 * text.slice(q.contentStart, q.contentEnd); // the quoted words, without the marks
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark; where the paragraph (or an enclosing quote) ends when the quote is not closed. */
  end: number;
  /** First offset after the opening mark. */
  contentStart: number;
  /** Offset of the closing mark (equal to `end` when the quote is not closed). */
  contentEnd: number;
  /** 0 for a quote inside no other, 1 for a quote inside a quote, ... */
  depth: number;
  /** False when the paragraph (or the enclosing quote) ended before a closing mark. */
  closed: boolean;
}

/** Options of `findQuotes`. @example findQuotes(text, { paragraphs: analyzeDocument(text).paragraphs }) */
export interface FindQuotesOptions {
  /** Paragraphs as offsets (e.g. from `segment`); a quote never runs past its paragraph. Default: split at blank lines. */
  paragraphs?: ReadonlyArray<{ start: number; end: number }>;
}
