import type { MatchKind } from '@wirediff/match';
import { memo, useMemo } from 'react';
import type { SentenceView } from '@wirediff/report-format';

interface OverviewStripProps {
  name: string;
  sentences: SentenceView[];
  /** Visible part of the column, as fractions 0..1 of its height. */
  viewport: [number, number];
  onJump: (fraction: number) => void;
}

/** A stretch of sentences drawn in one colour. */
export interface Run {
  from: number;
  to: number;
  kind: MatchKind | null;
}

/** The strip never needs more rows than it has pixels; longer articles are binned. */
export const MAX_STRIP_BINS = 400;

const RANK: Record<MatchKind, number> = { verbatim: 0, edited: 1, paraphrase: 2, partial: 3 };

/**
 * Runs of equal kind along the article, in sentence units. Beyond `MAX_STRIP_BINS` sentences,
 * neighbours share a bin that shows the closest kind in it, so a lifted sentence stays visible
 * and thousands of sentences still draw as a few hundred rectangles.
 * @example groupRuns(sentences).length
 */
export function groupRuns(sentences: SentenceView[]): Run[] {
  const binSize = Math.max(1, sentences.length / MAX_STRIP_BINS);
  const runs: Run[] = [];
  for (let from = 0; from < sentences.length; ) {
    const to = Math.min(sentences.length, Math.max(from + 1, Math.round(from + binSize)));
    let kind: MatchKind | null = null;
    for (let i = from; i < to; i += 1) {
      const k = sentences[i]!.kind;
      if (k && (kind === null || RANK[k] < RANK[kind])) kind = k;
    }
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.to = to;
    else runs.push({ from, to, kind });
    from = to;
  }
  return runs;
}

/**
 * A thin map of the whole article: where the reuse sits, and which part the column shows.
 * @example <OverviewStrip name="Wire" sentences={views} viewport={[0, 0.3]} onJump={jump} />
 */
export const OverviewStrip = memo(function OverviewStrip({ name, sentences, viewport, onJump }: OverviewStripProps) {
  const runs = useMemo(() => groupRuns(sentences), [sentences]);
  const total = Math.max(1, sentences.length);
  const reused = sentences.filter((s) => s.kind).length;
  return (
    <div
      className="overview"
      role="img"
      aria-label={`Map of ${name}: ${reused} of ${sentences.length} sentences reused`}
      title="Where the reuse sits in this article; click to jump"
      onClick={(event) => {
        const rect = event.currentTarget.getBoundingClientRect();
        if (rect.height > 0) onJump((event.clientY - rect.top) / rect.height);
      }}
    >
      <svg viewBox={`0 0 10 ${total}`} preserveAspectRatio="none" aria-hidden="true">
        {runs.map((run) => (run.kind ? <rect key={run.from} x={0} y={run.from} width={10} height={run.to - run.from} className={`overview__run overview__run--${run.kind}`} /> : null))}
      </svg>
      <span className={`overview__viewport${viewport[0] <= 0 && viewport[1] >= 1 ? ' overview__viewport--all' : ''}`} style={{ top: `${viewport[0] * 100}%`, height: `${Math.max(2, (viewport[1] - viewport[0]) * 100)}%` }} />
    </div>
  );
});
