import type { ComparisonReport, MatchKind } from '@wirediff/match';

/** One article given to `archive.add`: an id unique in its namespace, the text and its metadata. */
export interface ArchiveDocumentInput {
  /** Unique within the namespace; adding the same id again with the same text does nothing. */
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  /** ISO 8601 date or date-time: orders sources and clusters, and files the article under its day. */
  publishedAt?: string;
}

/** An archived article read back. */
export interface ArchivedDocument {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  /** When the archive stored it (ISO 8601). */
  addedAt: string;
  /** The UTC day it is filed under (from `publishedAt`, else the day it was added), `YYYY-MM-DD`. */
  day: string;
  /** Words and numbers in the text. */
  words: number;
  /** Distinct anchors in its fingerprint. */
  anchors: number;
}

/** What `add` did, counted per document. */
export interface AddResult {
  /** New ids. */
  added: number;
  /** Known ids whose text or metadata changed: replaced. */
  updated: number;
  /** Known ids with the same text and metadata (a re-run after a crash lands here). */
  unchanged: number;
}

/** A namespace's archive in numbers. */
export interface ArchiveStats {
  documents: number;
  anchors: number;
  /** Earliest and latest day held, `YYYY-MM-DD`, or null when empty. */
  firstDay: string | null;
  lastDay: string | null;
  /** Documents per day, oldest first. */
  days: Array<{ day: string; documents: number }>;
}

/** Options of `archive.sources`. */
export interface SourcesOptions {
  /** Candidates returned, best first (default 10, at most 100). */
  limit?: number;
  /** How many of the best candidates are verified with `compare()` (default 3, at most `limit`). */
  verify?: number;
  /** Keep each verified candidate's full comparison report (article = document 0) in `report`. */
  reports?: boolean;
  /** Only candidates published before this date-time (ISO 8601): "what could it have come from". */
  before?: string;
  /** Leave out the archived document with this id (the article itself, when it is archived). */
  excludeId?: string;
}

/** Evidence from `compare()` of the article against one candidate. */
export interface SourceVerification {
  /** Share of the article's text reused from the candidate, 0..1 (compare's `reusedShare`). */
  articleReusedShare: number;
  /** Share of the candidate's text found in the article, 0..1. */
  sourceReusedShare: number;
  /** Matches between the two, by kind. */
  matchesByKind: Record<MatchKind, number>;
  matches: number;
  /** The pair's report (article = document 0, candidate = document 1) when `reports: true`. */
  report?: ComparisonReport;
}

/** One candidate source of an article. */
export interface SourceHit {
  /** The archived document's id: `archive.get(id)` gives its text for the side-by-side view. */
  id: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  /** Anchors the article and the candidate share. */
  sharedAnchors: number;
  /**
   * Of the article's rarest words (names, places, figures: see `rareTermKeys`), how many the
   * candidate has too; what finds a reworded copy that shares no run of words.
   */
  sharedRareWords: number;
  /** Shared anchors over the article's anchors: the share of the article found in the candidate. */
  articleContainment: number;
  /** Shared anchors over the candidate's anchors. */
  sourceContainment: number;
  /** Which came first by `publishedAt`: 'source', 'article', 'same' (same instant), or 'unknown'. */
  first: 'source' | 'article' | 'same' | 'unknown';
  /** Present on the verified candidates (the best `verify`). */
  verification?: SourceVerification;
}

/** What `archive.sources` returns. */
export interface SourcesResult {
  /** Anchors in the article's own fingerprint. */
  anchors: number;
  /** The article's n-grams found in more than `dfCap` archived documents (boilerplate: they count for little). */
  boilerplateAnchors: number;
  /** Candidates, best first: verified ones by reused share, then the rest by shared anchors. */
  hits: SourceHit[];
}

/** Options of `archive.dedup`. */
export interface DedupOptions {
  /** Window start (inclusive), ISO 8601 date or date-time; the day it falls on counts whole. */
  since?: string;
  /** Window end (inclusive), ISO 8601; the day it falls on counts whole. */
  until?: string;
  /**
   * Which candidate pairs `compare()` verifies: 'borderline' (default: only pairs whose anchor
   * containment alone does not decide), 'all', or 'none' (anchors decide everything).
   */
  verify?: 'borderline' | 'all' | 'none';
  /** Called now and then with what is done (for a progress bar); never required. */
  onProgress?: (progress: DedupProgress) => void;
}

/** Progress of a dedup run. */
export interface DedupProgress {
  phase: 'candidates' | 'verify' | 'cluster';
  done: number;
  total: number;
}

/** One member of a dedup cluster. */
export interface DedupMember {
  id: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  /** Share of the member's anchors found in the other members (the anchor estimate of its reused share), 0..1. */
  reusedShare: number;
  /** Shared anchors with the origin over the member's anchors (1 for the origin itself). */
  containedInOrigin: number;
}

/** Articles that carry the same text: a wire story and its rewrites, syndicated copies, updates. */
export interface DedupCluster {
  /** The member that most likely came first: earliest `publishedAt`, then the one containing most of the others. */
  origin: string;
  /** Members, origin first, then by `publishedAt` and id. */
  members: DedupMember[];
}

/** What `archive.dedup` returns: clusters of two or more, largest first. */
export interface DedupResult {
  /** Documents in the window. */
  documents: number;
  /** Candidate pairs from shared anchors, and how many of them `compare()` verified. */
  candidatePairs: number;
  verifiedPairs: number;
  clusters: DedupCluster[];
}
