import type { AddResult, ArchiveDocumentInput, DedupOptions, DedupResult } from '@wirediff/archive';
import type { CompareOptions } from '@wirediff/match';
import type { FieldError, ProblemKind, StoredDocument } from '../api-types.js';
import type { ApiLimits } from '../config.js';
import type { ComparisonSummaryFacts } from '../storage/comparison-store.js';

/** What the routes answer with a report: the /v1/compare body, or the parts a save stores. */
export type CompareOutput = 'response' | 'save';

/**
 * A compare request as the client sent it: the raw body, parsed, validated, extracted (HTML,
 * files), compared and serialised in the worker, so the main thread never parses or copies
 * the texts.
 */
export interface CompareBodyTask {
  kind: 'compare-body';
  body: Uint8Array;
  /** The full Content-Type header (multipart needs its boundary). */
  contentType: string;
  limits: ApiLimits;
  /** Epoch ms by which the engine must stop (the request's time budget counts its queue time). */
  deadline: number;
  output: CompareOutput;
}

/** Documents already read (the second step of a multipart request, see `ReadFormTask`). */
export interface CompareDocumentsTask {
  kind: 'compare-documents';
  documents: StoredDocument[];
  options: CompareOptions;
  /** Whether the texts came from files or HTML (the response then echoes them). */
  extracted: boolean;
  limits: ApiLimits;
  deadline: number;
  output: CompareOutput;
}

/**
 * Read a multipart compare request (parse the form, extract every file) without comparing:
 * a .docx can hold far more text than its size says, so the comparison is admitted again with
 * its real size before it runs.
 */
export interface ReadFormTask {
  kind: 'read-form';
  body: Uint8Array;
  contentType: string;
  limits: ApiLimits;
}

/** POST /v1/extract's body: JSON `{html}`, a multipart form with one file, or a raw file. */
export interface ExtractBodyTask {
  kind: 'extract-body';
  body: Uint8Array;
  contentType: string;
  /** `?filename=` of a raw upload. */
  filename: string;
  limits: ApiLimits;
}

/** Time the engine on a fixed generated pair (once to warm up, once timed): how fast this machine is now. */
export interface CalibrateTask {
  kind: 'calibrate';
}

/** Where a worker opens the archive (its own connection, kept for the worker's life): the server's own URL (`config.archiveUrl`). */
export interface ArchiveLocation {
  url: string;
}

/**
 * POST /v1/archive/sources: the raw JSON body, parsed, validated, extracted (html) and searched
 * in the worker, where verification's compare() runs off the event loop.
 */
export interface ArchiveSourcesTask {
  kind: 'archive-sources';
  body: Uint8Array;
  archive: ArchiveLocation;
  namespace: string;
  limits: ApiLimits;
}

/** GET /v1/archive/dedup: the window clustered in the worker (compare() verifies the borderline pairs). */
export interface ArchiveDedupTask {
  kind: 'archive-dedup';
  archive: ArchiveLocation;
  namespace: string;
  options: Omit<DedupOptions, 'onProgress'>;
}

/**
 * POST /v1/archive/documents: one atomic add (a JSON body, or one batch of an ndjson feed),
 * fingerprinted and written in the worker so a large feed never holds up the event loop.
 */
export interface ArchiveAddTask {
  kind: 'archive-add';
  archive: ArchiveLocation;
  namespace: string;
  documents: ArchiveDocumentInput[];
}

/** What the pool posts to a worker. */
export type WorkerTask = CompareBodyTask | CompareDocumentsTask | ReadFormTask | ExtractBodyTask | CalibrateTask | ArchiveSourcesTask | ArchiveDedupTask | ArchiveAddTask;

/** How long the engine took and on how much text, so the cost model can learn this machine's speed. */
export interface EngineTiming {
  characters: number;
  engineMs: number;
}

/** A comparison answered as the /v1/compare response body, UTF-8 JSON encoded in the worker. */
export interface CompareResponseResult extends EngineTiming {
  kind: 'response';
  body: Uint8Array;
}

/** A comparison to be saved: what the store keeps and the save response repeats. */
export interface CompareSaveResult extends EngineTiming {
  kind: 'save';
  documents: StoredDocument[];
  options: CompareOptions;
  reportJson: string;
  summary: ComparisonSummaryFacts;
}

/** A multipart request read into documents (see `ReadFormTask`). */
export interface ReadFormResult {
  kind: 'form';
  documents: StoredDocument[];
  options: CompareOptions;
}

/** POST /v1/extract's response body, encoded in the worker. */
export interface ExtractResult {
  kind: 'extract';
  body: Uint8Array;
}

/** The engine's time on the calibration pair. */
export interface CalibrationResult extends EngineTiming {
  kind: 'calibration';
}

/** POST /v1/archive/sources' response body, encoded in the worker. */
export interface ArchiveSourcesResult {
  kind: 'archive-sources';
  body: Uint8Array;
}

/** A dedup run's clusters (formatted as JSON, JSONL or CSV by the route). */
export interface ArchiveDedupResult {
  kind: 'archive-dedup';
  result: DedupResult;
}

/**
 * An add's counts, or the archive's misuse error (a TypeError or RangeError naming the
 * document's index and field) as a value, so the route maps it to the feed's own line numbers.
 */
export type ArchiveAddResult = { kind: 'archive-add'; result: AddResult } | { kind: 'archive-add'; misuse: { name: 'TypeError' | 'RangeError'; message: string } };

/** Every result a worker can produce. */
export type WorkerResult = CompareResponseResult | CompareSaveResult | ReadFormResult | ExtractResult | CalibrationResult | ArchiveSourcesResult | ArchiveDedupResult | ArchiveAddResult;

/** An error the worker turned into a value, with enough to rebuild the ApiError (an Error's own fields do not survive postMessage). */
export interface WorkerFailure {
  kind: 'failure';
  name: string;
  message: string;
  problem?: { kind: ProblemKind; errors?: FieldError[] };
}

/** What a worker posts back. */
export type WorkerReply = WorkerResult | WorkerFailure;
