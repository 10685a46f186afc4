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
}

/** One step of the word-level diff from side 0 (a) to side 1 (b), offsets into each text. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  a?: [number, number];
  b?: [number, number];
}

export interface Match {
  id: number;
  kind: MatchKind;
  /** 0..1, higher = closer. */
  score: number;
  sides: [MatchSide, MatchSide];
  diff: DiffOp[];
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
