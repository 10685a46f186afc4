import type { ResolvedFingerprintOptions } from '../fingerprint.js';
import type { AddResult, ArchiveStats } from '../types.js';

/** A document ready to store: metadata, its day and its fingerprint. */
export interface PreparedDocument {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  /** UTC days since 1970-01-01: the partition it lives in. */
  day: number;
  /** Distinct anchors, ascending. */
  anchors: number[];
  /** Rare-word keys (negative), ascending: posted beside the anchors, never counted as anchors. */
  terms: number[];
  words: number;
  /** A hash of text and metadata: tells an unchanged re-add from an update. */
  contentHash: string;
}

/** What the store knows about a document without its text. */
export interface DocumentMeta {
  /** The store's own key for the document (stable while it is stored). */
  key: number;
  id: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  day: number;
  words: number;
  anchorCount: number;
  addedAt: string;
}

/** A document with its text. */
export interface DocumentWithText extends DocumentMeta {
  text: string;
}

/** Documents that hold one anchor: at most `cap + 1` keys, the earliest stored first. */
export interface Posting {
  anchor: number;
  keys: number[];
}

/** Two documents of a window and how many anchors they share. */
export interface CandidatePair {
  a: number;
  b: number;
  shared: number;
}

/** How candidate pairs are found. */
export interface CandidatePairOptions {
  /**
   * An anchor in more of the window's documents than this is boilerplate: it pairs each of its
   * documents with one hub (the earliest key), not with each other, so cost stays linear while
   * a story syndicated to many outlets still hangs together.
   */
  dfCap: number;
  /** Pairs sharing fewer anchors are dropped. */
  minShared: number;
}

/**
 * Where an archive lives. Every method is scoped by a namespace (a tenant: the API passes its
 * key's id, the CLI a default); no call reads or changes another namespace's documents.
 * Implemented on SQLite and PostgreSQL with the same tables and the same results.
 */
export interface ArchiveStore {
  readonly backend: 'sqlite' | 'postgres';
  /** How this store's anchors were made; fixed when the store was created. */
  readonly fingerprint: ResolvedFingerprintOptions;
  /** Store documents atomically (all or none); resolves once the write is durable. */
  put(namespace: string, documents: readonly PreparedDocument[]): Promise<AddResult>;
  /** Documents with their texts, by id (unknown ids are left out). */
  getByIds(namespace: string, ids: readonly string[]): Promise<DocumentWithText[]>;
  /** Documents with their texts, by key. */
  getByKeys(namespace: string, keys: readonly number[]): Promise<DocumentWithText[]>;
  /** How many anchors each listed document has (a compact index: re-ranking reads hundreds). */
  anchorCounts(namespace: string, keys: readonly number[]): Promise<Map<number, number>>;
  /** Metadata by key. */
  describe(namespace: string, keys: readonly number[]): Promise<DocumentMeta[]>;
  /** Whether a document was removed. */
  remove(namespace: string, id: string): Promise<boolean>;
  /** Remove every document filed before `day`; returns how many. */
  evict(namespace: string, beforeDay: number): Promise<number>;
  /** For each anchor, the documents holding it, at most `cap + 1` of them (so `keys.length > cap` flags boilerplate). */
  postings(namespace: string, anchors: readonly number[], cap: number): Promise<Posting[]>;
  /** Metadata of the documents filed from `sinceDay` to `untilDay` inclusive. */
  window(namespace: string, sinceDay: number, untilDay: number): Promise<DocumentMeta[]>;
  /** Each listed document's anchors. */
  anchorsOf(namespace: string, keys: readonly number[]): Promise<Map<number, number[]>>;
  /** Pairs of the window's documents that share anchors. */
  candidatePairs(namespace: string, sinceDay: number, untilDay: number, options: CandidatePairOptions): Promise<CandidatePair[]>;
  stats(namespace: string): Promise<ArchiveStats>;
  /** The PostgreSQL store's shared work queue for verifying pairs in several processes; absent on SQLite. */
  readonly queue?: VerificationQueue;
  close(): Promise<void>;
}

/** A pair to verify, with both texts. */
export interface VerificationTask {
  a: number;
  b: number;
  textA: string;
  textB: string;
}

/** A verified pair: compare's reused share of each side. */
export interface VerificationResult {
  a: number;
  b: number;
  shareA: number;
  shareB: number;
}

/** A batch claimed by one worker; its results land with `complete`, or not at all. */
export interface ClaimedBatch {
  run: number;
  batch: number;
  tasks: VerificationTask[];
  /** Writes the results and marks the batch done in one transaction. */
  complete(results: readonly VerificationResult[]): Promise<void>;
  /** Gives the batch back untouched (a worker that stops early). */
  release(): Promise<void>;
}

/**
 * Pairs waiting for `compare()`, held in the database itself so that any number of worker
 * processes on any number of machines take batches with no coordinator: a batch is claimed
 * inside a transaction (`FOR UPDATE SKIP LOCKED`), so a worker that dies mid-batch rolls back
 * and the batch goes to the next worker.
 */
export interface VerificationQueue {
  /** Queue pairs of a new run in batches of `batchSize`; returns the run's number. */
  enqueue(namespace: string, pairs: readonly CandidatePair[], batchSize: number): Promise<number>;
  /** Claim one pending batch (of `run`, or of any run), or null when none is free. */
  claim(run?: number): Promise<ClaimedBatch | null>;
  /** Batches of a run still pending or claimed. */
  remaining(run: number): Promise<number>;
  /** The results of a finished run. */
  results(run: number): Promise<VerificationResult[]>;
  /** Forget a run's pairs and results. */
  drop(run: number): Promise<void>;
}
