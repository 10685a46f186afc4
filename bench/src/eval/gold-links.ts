// Judging a linker's links against sentence-level gold (the METER dev gold's shape).
//
// A linker (the engine, the word-overlap baseline) and the annotator split the texts into
// sentences differently, so nothing is compared by sentence index; everything is compared by
// character ranges in the raw texts the gold's offsets index. Overlaps count letters and digits
// only, so a shared space, quote mark, `<` marker or line break never ties two sentences.
//
// - A linker's newspaper sentence belongs to the gold sentence it overlaps most (ties: the
//   earlier one); one overlapping no gold sentence is unplaced and not judged.
// - A link joins newspaper sentences to sentences of one PA take. It yields one judged link per
//   gold sentence its newspaper side belongs to (a merge spanning two gold sentences gives two;
//   two linker sentences inside one gold sentence give one).
// - A judged link is correct when its gold sentence is not `new` and one of its PA sentences
//   covers one of that sentence's accepted spans: a gold source span, or any place in any take
//   with the same normalised text (lower-cased letters and digits, every other run as one
//   space), because the gold cites only the closest take when a sentence repeats across takes.
//   "Covers" = shares at least half of the letters and digits of the shorter of the two, so a
//   PA sentence that only clips the edge of a source (a segmentation difference) does not count.
// - A gold sentence is found when at least one of its judged links is correct.
// - Looser, and without looking at the PA side: a gold sentence is touched when any link's
//   newspaper sentence overlaps it at all, whichever gold sentence that one belongs to. This
//   is how the "today" column counts (recall = touched sentences of a label,
//   precision = touched sentences labelled reuse / touched sentences); kept to compare with it.
import type { MatchKind } from '@wirediff/match';
import type { GoldLabel } from '../data/index.js';

/** A [start, end) range of UTF-16 offsets into one text. */
export type TextRange = readonly [number, number];

/** A link a linker proposes: newspaper sentences and the sentences of one PA take they were taken from. */
export interface ProposedLink {
  kind: MatchKind;
  score: number;
  /** The linker's newspaper sentences, as offsets into the newspaper text. */
  paper: readonly TextRange[];
  /** Index of the PA take. */
  take: number;
  /** The linker's PA sentences, as offsets into that take's text. */
  pa: readonly TextRange[];
}

/** The gold the judge needs: the raw texts and the labelled newspaper sentences with their sources. */
export interface GoldCase {
  text: string;
  takes: ReadonlyArray<{ text: string }>;
  sentences: ReadonlyArray<{ start: number; end: number; label: GoldLabel; sources: ReadonlyArray<{ take: number; start: number; end: number }> }>;
}

/** One link as it bears on one gold sentence. */
export interface JudgedLink {
  link: ProposedLink;
  /** Index of the gold sentence. */
  sentence: number;
  correct: boolean;
}

/** A gold sentence with the links that bear on it. */
export interface SentenceJudgement {
  sentence: number;
  links: JudgedLink[];
  found: boolean;
  /** Some link's newspaper sentence overlaps this one (the looser count). */
  touched: boolean;
}

/** What `judgeLinks` decided for one article. */
export interface ArticleJudgement {
  /** One per gold sentence, in gold order. */
  sentences: SentenceJudgement[];
  /** Links whose newspaper side overlaps no gold sentence (not judged). */
  unplaced: ProposedLink[];
}

const CONTENT_CHAR = /[\p{L}\p{N}]/u;

/** Prefix counts of letters and digits, so the content overlap of two ranges is O(1). */
class ContentCounts {
  readonly #prefix: Int32Array;
  constructor(text: string) {
    this.#prefix = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Surrogate halves are counted on the high half only, with the whole code point tested.
      const isContent = code >= 0xdc00 && code <= 0xdfff ? false : CONTENT_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? code));
      this.#prefix[i + 1] = this.#prefix[i]! + (isContent ? 1 : 0);
    }
  }
  /** Letters and digits in [start, end), clipped to the text. */
  count(start: number, end: number): number {
    const n = this.#prefix.length - 1;
    const a = Math.max(0, Math.min(n, start));
    const b = Math.max(a, Math.min(n, end));
    return this.#prefix[b]! - this.#prefix[a]!;
  }
  overlap(x: TextRange, y: TextRange): number {
    return this.count(Math.max(x[0], y[0]), Math.min(x[1], y[1]));
  }
}

/** Lower-cased letters and digits with every other run as one space, and where each char came from. */
interface NormalisedText {
  /** Starts and ends with a space, so a whole-word search is `indexOf(' ' + needle + ' ')`. */
  norm: string;
  /** For each char of `norm`, the offset in the original text it came from. */
  origin: number[];
}

function normaliseWithOrigin(text: string): NormalisedText {
  let norm = ' ';
  const origin = [0];
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(point);
    if (CONTENT_CHAR.test(char)) {
      for (const unit of char.toLowerCase()) {
        norm += unit;
        for (let k = 0; k < unit.length; k++) origin.push(i);
      }
    } else if (!norm.endsWith(' ')) {
      norm += ' ';
      origin.push(i);
    }
    i += char.length;
  }
  if (!norm.endsWith(' ')) {
    norm += ' ';
    origin.push(text.length);
  }
  return { norm, origin };
}

/**
 * The text with case, punctuation, quote marks, markers and line breaks folded away: what
 * "the same sentence" means across PA takes.
 * @example normaliseForRepeat("He said: ``No.''<\r\n") // 'he said no'
 */
export function normaliseForRepeat(text: string): string {
  return normaliseWithOrigin(text).norm.trim();
}

/** A span of one take the judge accepts as a gold sentence's source. */
interface AcceptedSpan {
  take: number;
  range: TextRange;
}

/**
 * Every place in the takes where one of the sources' normalised text occurs as whole words,
 * the sources themselves included.
 */
function acceptedSpans(sources: GoldCase['sentences'][number]['sources'], takes: readonly NormalisedText[], texts: readonly string[]): AcceptedSpan[] {
  const spans: AcceptedSpan[] = sources.map((source) => ({ take: source.take, range: [source.start, source.end] }));
  for (const source of sources) {
    const needle = normaliseForRepeat(texts[source.take]?.slice(source.start, source.end) ?? '');
    if (needle === '') continue;
    const probe = ` ${needle} `;
    takes.forEach(({ norm, origin }, take) => {
      for (let at = norm.indexOf(probe); at >= 0; at = norm.indexOf(probe, at + 1)) {
        // origin[at + 1] is the needle's first char; its last is at at + needle.length.
        const range: TextRange = [origin[at + 1]!, origin[at + needle.length]! + 1];
        if (!spans.some((span) => span.take === take && span.range[0] === range[0] && span.range[1] === range[1])) spans.push({ take, range });
      }
    });
  }
  return spans;
}

function covers(counts: ContentCounts, x: TextRange, y: TextRange): boolean {
  const shared = counts.overlap(x, y);
  return shared > 0 && shared * 2 >= Math.min(counts.count(x[0], x[1]), counts.count(y[0], y[1]));
}

// The gold sentence sharing the most letters and digits with the range (the earlier on
// ties), or -1 when it overlaps none.
function placeInGold(range: TextRange, sentences: GoldCase['sentences'], counts: ContentCounts): number {
  let best = -1;
  let bestOverlap = 0;
  sentences.forEach((sentence, index) => {
    const shared = counts.overlap(range, [sentence.start, sentence.end]);
    if (shared > bestOverlap) {
      best = index;
      bestOverlap = shared;
    }
  });
  return best;
}

/**
 * Judges one article's links against its gold (the rules are at the head of this module).
 * @example judgeLinks(gold, [{ kind: 'verbatim', score: 1, paper: [[0, 20]], take: 0, pa: [[100, 121]] }]).sentences[0]?.found
 */
export function judgeLinks(gold: GoldCase, links: readonly ProposedLink[]): ArticleJudgement {
  const paperCounts = new ContentCounts(gold.text);
  const takeTexts = gold.takes.map((take) => take.text);
  const takeCounts = takeTexts.map((text) => new ContentCounts(text));
  const normalisedTakes = takeTexts.map(normaliseWithOrigin);
  const accepted = gold.sentences.map((sentence) => (sentence.label === 'new' ? [] : acceptedSpans(sentence.sources, normalisedTakes, takeTexts)));
  const sentences: SentenceJudgement[] = gold.sentences.map((_, sentence) => ({ sentence, links: [], found: false, touched: false }));
  const unplaced: ProposedLink[] = [];
  for (const link of links) {
    for (const range of link.paper) {
      gold.sentences.forEach((sentence, index) => {
        if (paperCounts.overlap(range, [sentence.start, sentence.end]) > 0) sentences[index]!.touched = true;
      });
    }
    const placed = new Set(link.paper.map((range) => placeInGold(range, gold.sentences, paperCounts)).filter((index) => index >= 0));
    if (placed.size === 0) {
      unplaced.push(link);
      continue;
    }
    const counts = takeCounts[link.take];
    for (const index of [...placed].sort((x, y) => x - y)) {
      const spans = accepted[index] ?? [];
      const correct = counts !== undefined && spans.some((span) => span.take === link.take && link.pa.some((range) => covers(counts, range, span.range)));
      const judgement = sentences[index]!;
      judgement.links.push({ link, sentence: index, correct });
      if (correct) judgement.found = true;
    }
  }
  return { sentences, unplaced };
}
