import type { Token } from '@wirediff/text';
import type { CompareProgress, MatchKind } from '../types.js';
import type { ContextCandidate, ContextModel } from './context-links.js';
import type { AnalyzedDocument } from './document-model.js';

/**
 * The pieces `compare` is built from: the text package's analysis and the sentence scorer.
 * `compare` uses the real ones; keeping them behind one interface lets the pipeline be read
 * (and tested piece by piece) without knowing how a sentence is scored.
 */
export interface ScoringEngine<Prepared> {
  analyze(text: string, language: string): AnalyzedDocument;
  prepare(tokens: Token[], language: string): Prepared;
  /**
   * Must be symmetric: score(a, b) equals score(b, a) (with `containment` swapped). Besides the
   * score and kind, how much of a and of b the pair's word alignment covers and the sentence
   * cosine, which document context reads.
   */
  score(a: Prepared, b: Prepared): { score: number; kind: MatchKind | null; containment: [number, number]; sentenceCosine: number };
  /**
   * The kind to report for a scored pair under the caller's `minScore`, or null to drop it.
   * Lets a lowered `minScore` admit pairs the scorer left unkinded, and decides what happens to
   * shared passages the scorer flags below its own threshold.
   */
  classify(a: Prepared, b: Prepared, result: { score: number; kind: MatchKind | null }, minScore: number): MatchKind | null;
  /** Default `minScore`. */
  threshold: number;
  /** Share of a prepared sentence's content weight whose stems are in `stems` (0..1; 0 for no content). */
  coverage(sentence: Prepared, stems: ReadonlySet<string>): number;
  /** Links through document context (none when absent). */
  context?: ContextModel;
  /** For fitting the context model: told every candidate it judged. */
  contextProbe?: (candidate: ContextCandidate) => void;
}

/** Wall-clock limit shared by every document pair of one comparison. */
export interface TimeBudget {
  /** performance.now() value after which work stops; Infinity for none. */
  deadline: number;
  /** Score calls since the last clock check. */
  sinceCheck: number;
  expired: boolean;
}

// Reading the clock costs about as much as a cheap score call, so look only now and then.
const CLOCK_CHECK_EVERY = 256;

/**
 * Start a time budget; `budgetMs` 0 means no limit.
 *
 * @example
 * const budget = startTimeBudget(50);
 */
export function startTimeBudget(budgetMs: number): TimeBudget {
  return { deadline: budgetMs > 0 ? performance.now() + budgetMs : Infinity, sinceCheck: 0, expired: false };
}

/**
 * Count one unit of work and say whether the budget has run out (checking the clock only every
 * few hundred calls).
 *
 * @example
 * if (spendTimeBudget(budget)) return partialResult;
 */
export function spendTimeBudget(budget: TimeBudget): boolean {
  if (budget.expired) return true;
  if (budget.deadline === Infinity) return false;
  if (++budget.sinceCheck < CLOCK_CHECK_EVERY) return false;
  budget.sinceCheck = 0;
  if (performance.now() > budget.deadline) budget.expired = true;
  return budget.expired;
}

/**
 * Check the clock now (between phases), whatever the call count.
 *
 * @example
 * if (checkTimeBudget(budget)) stop();
 */
export function checkTimeBudget(budget: TimeBudget): boolean {
  if (!budget.expired && budget.deadline !== Infinity && performance.now() > budget.deadline) budget.expired = true;
  return budget.expired;
}

/** Throttled progress reports for one phase: at most about a hundred calls, the last at `total`. */
export interface ProgressMeter {
  /** Say that `done` of the phase's units are finished (calls the caller only when it moved on enough). */
  update(done: number): void;
}

const PROGRESS_STEPS = 100;

/**
 * A progress meter for one phase; does nothing when the caller gave no `onProgress`.
 *
 * @example
 * const meter = startProgress(options.onProgress, 'analyse', documents.length);
 * meter.update(1);
 */
export function startProgress(onProgress: ((progress: CompareProgress) => void) | undefined, phase: CompareProgress['phase'], total: number): ProgressMeter {
  if (onProgress === undefined || total <= 0) return { update: () => {} };
  const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  let next = 0;
  return {
    update(done: number): void {
      if (done < next && done < total) return;
      next = done + step;
      onProgress({ phase, done: Math.min(done, total), total });
    },
  };
}
