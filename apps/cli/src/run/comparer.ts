import { compare, type CompareOptions, type ComparisonReport, type DocumentInput } from '@wirediff/match';
import type { ProgressLine } from './progress-line.js';

/** Runs comparisons for a command, one after another. */
export interface Comparer {
  /** Compares the documents; `label` is what the progress line says meanwhile. */
  compare(documents: DocumentInput[], options: CompareOptions, label: string): ComparisonReport;
}

/**
 * Comparisons in this process. With a progress line, the engine's `onProgress` redraws it:
 * `compare()` is synchronous, and writes to a terminal are too, so the line moves while the
 * engine works without a worker thread (or copying the report between threads).
 * @example createComparer(null).compare(documents, {}, 'comparing 2 articles').documents.length // 2
 */
export function createComparer(progress: ProgressLine | null): Comparer {
  if (progress === null) return { compare: (documents, options) => compare(documents, options) };
  return {
    compare(documents, options, label) {
      progress.start(label);
      try {
        return compare(documents, { ...options, onProgress: progress.update });
      } finally {
        progress.stop();
      }
    },
  };
}
