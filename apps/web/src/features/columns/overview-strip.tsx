import type { MatchKind } from '@wirediff/match';
import { memo, useMemo } from 'react';
import type { SentenceView } from '../report/report-model.js';

interface OverviewStripProps {
  name: string;
  sentences: SentenceView[];
  /** Visible part of the column, as fractions 0..1 of its height. */
  viewport: [number, number];
  onJump: (fraction: number) => void;
}

interface Run {
  from: number;
  to: number;
  kind: MatchKind | null;
}

// Thousands of sentences become a few hundred runs, so the SVG stays small.
function groupRuns(sentences: SentenceView[]): Run[] {
  const runs: Run[] = [];
  sentences.forEach((s, i) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === s.kind) last.to = i + 1;
    else runs.push({ from: i, to: i + 1, kind: s.kind });
  });
  return runs;
}

/** A thin map of the whole article: where the reuse sits, and which part the column shows. */
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
