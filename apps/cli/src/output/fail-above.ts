import type { ComparisonReport } from '@wirediff/match';
import { documentName } from '../render/sentence-text.js';

/** Exit codes, as diff and grep use them. */
export const EXIT_CODES = {
  /** Done; with --fail-above, no document's reused share is above it. */
  ok: 0,
  /** With --fail-above: some document's reused share is above it. */
  reuseAbove: 1,
  /** Trouble: a usage error, an unreadable file, or a bug (which prints its stack). */
  trouble: 2,
} as const;

/** A document whose reused share is above the `--fail-above` threshold. */
export interface ShareAbove {
  name: string;
  share: number;
}

/**
 * The documents of a report (all, or those at `indexes`) whose reused share is above
 * `threshold`.
 * @example findSharesAbove(report, 0.3) // [{ name: 'outlet.txt', share: 0.62 }]
 */
export function findSharesAbove(report: Pick<ComparisonReport, 'documents'>, threshold: number, indexes?: readonly number[]): ShareAbove[] {
  return (indexes ?? report.documents.map((_, index) => index))
    .filter((index) => (report.documents[index]?.stats.reusedShare ?? 0) > threshold)
    .map((index) => ({ name: documentName(report, index), share: report.documents[index]!.stats.reusedShare }));
}

/**
 * The exit code for `--fail-above` and, when it fails, the one line that says why (for stderr).
 * @example judgeShares([{ name: 'outlet.txt', share: 0.62 }], 0.3) // { code: 1, message: 'wirediff: 1 article reuses more than 30%: outlet.txt (62%)\n' }
 */
export function judgeShares(above: readonly ShareAbove[], threshold: number | undefined): { code: number; message: string } {
  if (threshold === undefined || above.length === 0) return { code: EXIT_CODES.ok, message: '' };
  const list = above.map(({ name, share }) => `${name} (${Math.round(share * 100)}%)`).join(', ');
  const count = `${above.length} article${above.length === 1 ? '' : 's'}`;
  return { code: EXIT_CODES.reuseAbove, message: `wirediff: ${count} reuse${above.length === 1 ? 's' : ''} more than ${Math.round(threshold * 1000) / 10}%: ${list}\n` };
}
