import type { CompareOptions, ComparisonReport, DocumentInput } from '@wirediff/match';

/** One comparison for the worker. */
export interface WorkerRequest {
  documents: DocumentInput[];
  options: CompareOptions;
}

/** The worker's answer: the report, or the error it threw. */
export type WorkerReply = { ok: true; report: ComparisonReport } | { ok: false; name: string; message: string; stack: string };
