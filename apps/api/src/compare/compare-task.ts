import type { CompareOptions, DocumentInput } from '@wirediff/match';
import type { FieldError, ProblemKind } from '../errors.js';
import type { ExtractedDocument, ExtractLimits } from '@wirediff/extract';
import type { ComparisonSummaryFacts } from '../storage/comparison-store.js';

/** A comparison for a worker. */
export interface CompareTask {
  documents: DocumentInput[];
  options: CompareOptions;
}

/** A finished comparison: the report as JSON (serialised off the main thread) and listing facts. */
export interface CompareResult {
  reportJson: string;
  summary: ComparisonSummaryFacts;
}

/** A file (or an HTML string) for a worker to turn into text. */
export type ExtractTask =
  | { source: 'file'; name: string; mediaType: string; bytes: Uint8Array; limits: ExtractLimits }
  | { source: 'html'; html: string };

/** What the pool posts to a worker. */
export type WorkerTask = { kind: 'compare'; task: CompareTask } | { kind: 'extract'; task: ExtractTask };

/** What a worker posts back: a result, or the error with enough to rebuild an ApiError. */
export type WorkerReply =
  | { ok: true; result: CompareResult | ExtractedDocument }
  | { ok: false; name: string; message: string; problem?: { kind: ProblemKind; errors?: FieldError[] } };

/** Runs comparisons and extractions off the event loop; the app depends on this, the worker pool implements it. */
export interface CompareRunner {
  run(task: CompareTask): Promise<CompareResult>;
  extract(task: ExtractTask): Promise<ExtractedDocument>;
  /** Workers alive and tasks waiting, for /v1/health. */
  stats(): { workers: number; busy: number; queued: number };
  close(): Promise<void>;
}
