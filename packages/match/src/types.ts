/**
 * The comparison report: the contract that the API, the web app, the CLI and outside users
 * read. Add fields freely; rename or remove none without a new `schemaVersion`.
 */

/** How closely a reused sentence follows its source, from closest to loosest. */
export type MatchKind = 'verbatim' | 'edited' | 'paraphrase' | 'partial';

/** Every kind, closest first; handy for loops and tables. */
export const MATCH_KINDS: readonly MatchKind[] = ['verbatim', 'edited', 'paraphrase', 'partial'];

/** One article given to `compare`. */
export interface DocumentInput {
  id?: string;
  text: string;
  title?: string;
  outlet?: string;
  /** ISO 8601 date or date-time; used to guess which document a shared statement came from. */
  publishedAt?: string;
}

/** What the caller may set; anything left out takes the default shown in `ResolvedOptions`. */
export interface CompareOptions {
  /** Pairs scoring below this are not reported (0..1). */
  minScore?: number;
  /** Language of the documents ('en', 'ru', ...) or 'auto' to detect per document. */
  language?: string;
  /** Give up (and say so in `report.incomplete`) after this many milliseconds; 0 = no limit. */
  timeBudgetMs?: number;
  /**
   * Called now and then while a long comparison runs (a progress bar for a 5 MB pair); never
   * called more than about a hundred times per phase. Not part of the report's options.
   */
  onProgress?: (progress: CompareProgress) => void;
}

/** Where a running comparison is: `done` of `total` units of the current phase. */
export interface CompareProgress {
  /** `analyse`: documents segmented and tokenised; `match`: candidate sentence pairs scored, over all document pairs. */
  phase: 'analyse' | 'match';
  done: number;
  total: number;
}

/** The options actually used, so a report can be reproduced. */
export interface ResolvedOptions {
  minScore: number;
  language: string;
  timeBudgetMs: number;
}

export type SentenceRole = 'headline' | 'byline' | 'dateline' | 'body';

export interface SentenceReport {
  index: number;
  /** UTF-16 offset into the caller's own text. */
  start: number;
  /** UTF-16 offset (exclusive) into the caller's own text. */
  end: number;
  role?: SentenceRole;
  status: 'reused' | 'added';
  /** The closest kind among this sentence's matches. */
  kind?: MatchKind;
  matchIds: number[];
}

export interface DocumentStats {
  sentences: number;
  reusedSentences: number;
  addedSentences: number;
  characters: number;
  reusedCharacters: number;
  /** reusedCharacters / characters, 0..1 (0 for an empty document). */
  reusedShare: number;
  /** Reused sentences by their closest kind. */
  byKind: Record<MatchKind, number>;
  /**
   * Characters of reused sentences whose every match is a shared quote (`Match.quote`): text
   * two outlets can share by quoting the same speaker, without one copying the other. Present
   * on every document when some match of the report is a shared quote, absent otherwise.
   */
  quoteReusedCharacters?: number;
  /**
   * (reusedCharacters - quoteReusedCharacters) / characters (0 for an empty document): the
   * reused share not counting shared quotes. Present with `quoteReusedCharacters`; where absent
   * it equals `reusedShare`.
   */
  reusedShareWithoutQuotes?: number;
}

export interface DocumentReport {
  id: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  sentences: SentenceReport[];
  stats: DocumentStats;
}

export interface MatchSide {
  /** Index into `report.documents`. */
  document: number;
  /** One sentence, or several for a split or merge. */
  sentences: number[];
  /** Shared text, as UTF-16 offsets into that document's text. */
  spans: Array<[number, number]>;
  /**
   * The parts of `spans` that lie inside quotation marks (straight, curly, ``wire'' quotes,
   * guillemets, single quotes), between the marks; absent when no shared word is quoted.
   */
  quoted?: Array<[number, number]>;
}

/** One step of the word-level diff from side 0 (a) to side 1 (b), offsets into each text. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  a?: [number, number];
  b?: [number, number];
}

/**
 * What an editor would say changed between the two sides of a match:
 * - `number`: a figure changed (25 -> 50 per cent, £500 -> £600, 26-year-old -> 27);
 * - `name`: a person, place or organisation named or titled differently (Mr Smith -> John Smith);
 * - `date`: a day or date changed (today -> yesterday, on Monday -> on Tuesday);
 * - `attribution`: who is said to have said it changed (Peskov said -> the Kremlin said);
 * - `quote`: words inside quotation marks reworded;
 * - `reworded`: other words replaced by other words;
 * - `added`: words only on side 1; `cut`: words only on side 0;
 * - `reordered`: the same words in another order (a clause or phrase moved).
 */
export type ChangeKind = 'number' | 'name' | 'date' | 'attribution' | 'quote' | 'reworded' | 'added' | 'cut' | 'reordered';

/** Every change kind, most specific first (a match lists its changes in reading order of side 0, not by kind). */
export const CHANGE_KINDS: readonly ChangeKind[] = ['number', 'name', 'date', 'attribution', 'quote', 'reworded', 'added', 'cut', 'reordered'];

/**
 * One change inside a match, with offsets into both documents' own texts. Ranges lie inside
 * their side's span, from its first sentence's start to its last sentence's end (on a side of
 * two or three adjacent sentences, a reworded run may cross from one into the next), and may
 * take in unchanged words that belong to the change: a figure's
 * currency sign and unit ("£5 million" -> "£6 million"), a date's month, the kept part of a
 * name ("Mr Smith" -> "John Smith"), a speech tag's verb ("Peskov said" -> "the Kremlin said").
 */
export interface Change {
  kind: ChangeKind;
  /** The changed words on side 0 (absent when words were only added on side 1). */
  a?: [number, number];
  /** The changed words on side 1 (absent when words were only cut from side 0; for `reordered`, where the words went). */
  b?: [number, number];
  /** Side 0's words as the caller wrote them (the text at `a`). */
  from?: string;
  /** Side 1's words as the caller wrote them (the text at `b`). */
  to?: string;
  /** One line for a reader, e.g. `number changed: 25 -> 50 per cent`. */
  summary: string;
}

export interface Match {
  id: number;
  kind: MatchKind;
  /** 0..1, higher = closer. */
  score: number;
  sides: [MatchSide, MatchSide];
  diff: DiffOp[];
  /**
   * For edited and paraphrase matches (empty when nothing an editor would name changed, e.g.
   * "5m" for "5 million"); absent for verbatim and partial matches: what changed from side 0 to
   * side 1, in reading order of side 0. Swapping the documents mirrors the list exactly.
   */
  changes?: Change[];
  /**
   * Set (true) when the shared text lies inside quotation marks on both sides (at least 80% of
   * each side's shared characters): most likely two outlets quoting the same speaker rather
   * than one copying the other.
   */
  quote?: boolean;
  /**
   * Found through document context: the two sentences alone score below the reuse threshold,
   * but the documents clearly share a source and this sentence's words and facts are in the
   * other document (a rewrite that keeps the facts and changes the wording).
   */
  context?: boolean;
}

export interface ClusterMember {
  document: number;
  sentences: number[];
}

/** One statement shared by two or more documents. */
export interface Cluster {
  id: number;
  members: ClusterMember[];
  matchIds: number[];
  /** Where `publishedAt` is given: the document this statement most likely came from. */
  origin?: { document: number; reason: 'earliest-published' };
}

export interface ComparisonReport {
  schemaVersion: 1;
  /** Same order as the input. */
  documents: DocumentReport[];
  /** Every pair of documents; each match joins two sides. */
  matches: Match[];
  clusters: Cluster[];
  options: ResolvedOptions;
  /** Present when the comparison stopped early (the time budget ran out): what is missing. */
  incomplete?: { reason: 'time-budget'; detail: string };
}

/** The result of `similarity(a, b)`: `kind` is null below the reuse threshold. */
export interface SimilarityResult {
  score: number;
  kind: MatchKind | null;
}
