import type { CompareOptions, DocumentInput } from '@wirediff/match';
import type { ComparisonSummaryFacts } from '../storage/comparison-store.js';

/** What the pool sends to a worker. */
export interface CompareTask {
  documents: DocumentInput[];
  options: CompareOptions;
}

/** A finished comparison: the report as JSON (serialised off the main thread) and listing facts. */
export interface CompareResult {
  reportJson: string;
  summary: ComparisonSummaryFacts;
}

/** What a worker sends back. */
export type WorkerReply =
  | { ok: true; result: CompareResult }
  | { ok: false; name: string; message: string };

/** Runs comparisons; the app depends on this, the worker pool implements it. */
export interface CompareRunner {
  run(task: CompareTask): Promise<CompareResult>;
  /** Workers alive and tasks waiting, for /v1/health. */
  stats(): { workers: number; busy: number; queued: number };
  close(): Promise<void>;
}
