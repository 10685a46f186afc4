import type { MatchKind } from '@wirediff/match';
import { type RefObject, useEffect, useState } from 'react';
import type { ReportModel } from '@wirediff/report-format';

interface ConnectorsProps {
  containerRef: RefObject<HTMLDivElement | null>;
  /** Document shown in each column, left to right. */
  columns: number[];
  model: ReportModel;
  /** Matches to draw strongly (the pinned one, or those of the sentence pointed at). */
  activeMatches: Set<number>;
  /** Changes whenever rows may have moved without a scroll (filters, selection). */
  layoutKey: string;
}

interface Link {
  key: string;
  d: string;
  kind: MatchKind;
  active: boolean;
}

/**
 * Lines between matched sentences of neighbouring columns. Positions come from the rows in
 * the DOM, so only rows on screen (virtualised columns render little else) get a line.
 * @example <Connectors containerRef={ref} columns={[0, 1]} model={model} activeMatches={new Set()} layoutKey="" />
 */
export function Connectors({ containerRef, columns, model, activeMatches, layoutKey }: ConnectorsProps) {
  const [links, setLinks] = useState<Link[]>([]);
  const [size, setSize] = useState<[number, number]>([0, 0]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const box = container.getBoundingClientRect();
      const next: Link[] = [];
      for (let c = 0; c + 1 < columns.length; c += 1) {
        const left = columns[c]!;
        const right = columns[c + 1]!;
        const leftScroll = container.querySelector(`[data-column="${c}"] .column__scroll`);
        const rightScroll = container.querySelector(`[data-column="${c + 1}"] .column__scroll`);
        if (!leftScroll || !rightScroll) continue;
        const lBox = leftScroll.getBoundingClientRect();
        const rBox = rightScroll.getBoundingClientRect();
        const rightRows = new Map<number, DOMRect>();
        for (const el of rightScroll.querySelectorAll<HTMLElement>('[data-sentence]')) {
          const r = el.getBoundingClientRect();
          if (r.bottom > rBox.top && r.top < rBox.bottom) rightRows.set(Number(el.dataset.sentence), r);
        }
        for (const el of leftScroll.querySelectorAll<HTMLElement>('[data-sentence]')) {
          const lr = el.getBoundingClientRect();
          if (lr.bottom <= lBox.top || lr.top >= lBox.bottom) continue;
          const view = model.sentences[left]?.[Number(el.dataset.sentence)];
          for (const id of view?.matchIds ?? []) {
            const match = model.matchById.get(id);
            const other = match?.sides.find((side) => side.document === right);
            if (!match || !other || !match.sides.some((side) => side.document === left)) continue;
            const target = other.sentences.map((s) => rightRows.get(s)).find(Boolean);
            if (!target) continue;
            const y1 = clamp(lr.top + lr.height / 2, lBox.top, lBox.bottom) - box.top;
            const y2 = clamp(target.top + target.height / 2, rBox.top, rBox.bottom) - box.top;
            const x1 = lBox.right - box.left;
            const x2 = rBox.left - box.left;
            const bend = (x2 - x1) / 2;
            next.push({
              key: `${c}-${id}-${el.dataset.sentence}`,
              d: `M${x1.toFixed(1)},${y1.toFixed(1)} C${(x1 + bend).toFixed(1)},${y1.toFixed(1)} ${(x2 - bend).toFixed(1)},${y2.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`,
              kind: match.kind,
              active: activeMatches.has(id),
            });
          }
        }
      }
      // Strong lines last so they sit on top.
      next.sort((a, b) => Number(a.active) - Number(b.active));
      setLinks(next);
      setSize([box.width, box.height]);
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    schedule();
    container.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    observer?.observe(container);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      container.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      observer?.disconnect();
    };
  }, [containerRef, columns, model, activeMatches, layoutKey]);

  const anyActive = activeMatches.size > 0;
  return (
    <svg className={`connectors${anyActive ? ' connectors--focused' : ''}`} width={size[0]} height={size[1]} aria-hidden="true" data-testid="connectors">
      {links.map((link) => (
        <path key={link.key} d={link.d} className={`connector connector--${link.kind}${link.active ? ' connector--active' : ''}`} />
      ))}
    </svg>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
