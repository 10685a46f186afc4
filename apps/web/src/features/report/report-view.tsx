import type { ComparisonReport, Match } from '@wirediff/match';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ArticlePayload } from '../api/api-client.js';
import { type SentenceRef, SideBySide } from '../columns/side-by-side.js';
import type { RowHandlers } from '../columns/sentence-row.js';
import { ExportBar } from '../export/export-bar.js';
import { MatchPanel } from '../match-panel/match-panel.js';
import { SaveControl } from '../save/save-control.js';
import { OutletBars } from '../summary/outlet-bars.js';
import { PairMatrix } from '../summary/pair-matrix.js';
import { FilterPanel } from './filter-panel.js';
import { DEFAULT_FILTERS, type Filters, findLikelyOrigins, buildReportModel, orderMatches } from '@wirediff/report-format';
import { countSharedQuotes, withoutSharedQuotes } from './shared-quotes.js';
import { useMatchKeys } from './use-match-keys.js';

interface ReportViewProps {
  report: ComparisonReport;
  documents: ArticlePayload[];
  savedId: string | null;
  onSaved: (id: string) => void;
}

interface Pin {
  matchId: number;
  /** The sentence that was clicked, whose other matches the panel offers. */
  from: SentenceRef | null;
}

/**
 * Step two: the result. Summary, filters and legend, columns, the pinned match, export, save.
 * @example <ReportView report={report} documents={documents} savedId={null} onSaved={setId} />
 */
export function ReportView({ report, documents, savedId, onSaved }: ReportViewProps) {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [hideQuotes, setHideQuotes] = useState(false);
  const texts = useMemo(() => documents.map((d) => d.text), [documents]);
  // The slider and switches answer at once; the re-filtered view follows when React has time,
  // which keeps a report of thousands of sentences responsive while the slider is dragged.
  const shownFilters = useDeferredValue(filters);
  const shownHideQuotes = useDeferredValue(hideQuotes);
  const quotes = useMemo(() => countSharedQuotes(report), [report]);
  const shownReport = useMemo(() => (shownHideQuotes ? withoutSharedQuotes(report) : report), [report, shownHideQuotes]);
  const model = useMemo(() => buildReportModel({ report: shownReport, texts, filters: shownFilters }), [shownReport, texts, shownFilters]);
  const origins = useMemo(() => findLikelyOrigins(model), [model]);
  const ordered = useMemo(() => orderMatches(model.visibleMatches), [model]);
  const [columns, setColumns] = useState<number[]>(() => report.documents.slice(0, 3).map((_, i) => i));
  const [pointer, setPointer] = useState<SentenceRef | null>(null);
  const [pin, setPin] = useState<Pin | null>(null);

  const pinnedMatch = pin ? model.visibleMatches.find((m) => m.id === pin.matchId) ?? null : null;
  // A filter change can hide the pinned match; let it go rather than show a hidden one.
  useEffect(() => {
    if (pin && !pinnedMatch) setPin(null);
  }, [pin, pinnedMatch]);

  const handlers = useMemo<RowHandlers>(
    () => ({
      onHover: (document, sentence) => setPointer(sentence === null ? null : { document, sentence }),
      onFocusSentence: (document, sentence) => setPointer(sentence === null ? null : { document, sentence }),
      onActivate: (document, sentence) => {
        const best = model.sentences[document]?.[sentence]?.matchIds[0];
        if (best === undefined) return;
        setPin((current) => (current?.matchId === best && current.from?.document === document && current.from.sentence === sentence ? null : { matchId: best, from: { document, sentence } }));
      },
    }),
    [model],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      if (ordered.length === 0) return;
      const at = pin ? ordered.findIndex((m) => m.id === pin.matchId) : -1;
      const next = at === -1 ? (direction === 1 ? 0 : ordered.length - 1) : (at + direction + ordered.length) % ordered.length;
      const match = ordered[next]!;
      setPointer(null);
      setPin({ matchId: match.id, from: null });
      // Keep the columns showing both sides of the match the keys landed on.
      setColumns((current) => {
        const needed = match.sides.map((s) => s.document).filter((d) => !current.includes(d));
        if (needed.length === 0) return current;
        const kept = current.filter((d) => match.sides.some((s) => s.document === d));
        const merged = [...kept, ...needed];
        for (const d of current) if (merged.length < Math.max(2, current.length) && !merged.includes(d)) merged.push(d);
        return merged.sort((a, b) => a - b);
      });
    },
    [ordered, pin],
  );
  const clear = useCallback(() => {
    setPin(null);
    setPointer(null);
  }, []);
  useMatchKeys({ onStep: step, onClear: clear, enabled: true });

  const alternatives: Match[] = pin?.from
    ? (model.sentences[pin.from.document]?.[pin.from.sentence]?.matchIds ?? []).map((id) => model.matchById.get(id)!).filter(Boolean)
    : [];
  const position = pinnedMatch ? { index: ordered.findIndex((m) => m.id === pinnedMatch.id), total: ordered.length } : null;
  const noMatches = report.matches.length === 0;

  return (
    <section className="report" aria-labelledby="report-heading">
      <div className="section-head section-head--report">
        <h2 id="report-heading">
          <span className="step">2</span> What was reused
        </h2>
        <div className="report__tools">
          <ExportBar report={report} documents={documents} model={model} minScore={filters.minScore} />
          <SaveControl documents={documents} savedId={savedId} onSaved={onSaved} />
        </div>
      </div>
      {report.incomplete ? (
        <p className="alert alert--warning" role="status">
          This comparison stopped early ({report.incomplete.detail}); some matches may be missing.
        </p>
      ) : null}
      {noMatches ? (
        <p className="empty-state" role="status">
          No shared sentences: these articles do not appear to reuse each other's text. Every sentence is marked as added.
        </p>
      ) : null}
      <OutletBars model={model} origins={origins} />
      {report.documents.length >= 3 ? <PairMatrix model={model} origins={origins} /> : null}
      <FilterPanel
        filters={filters}
        onChange={setFilters}
        visibleMatches={model.visibleMatches.length}
        totalMatches={report.matches.length}
        sharedQuotes={{ count: quotes, hidden: hideQuotes, onChange: setHideQuotes }}
      />
      <div className={`report__workspace${pinnedMatch ? ' report__workspace--pinned' : ''}`}>
        <SideBySide model={model} show={shownFilters.show} columns={columns} onColumnsChange={setColumns} pointer={pointer} pinned={pinnedMatch} handlers={handlers} />
        {pinnedMatch ? (
          <MatchPanel
            model={model}
            match={pinnedMatch}
            alternatives={alternatives}
            position={position && position.index >= 0 ? position : null}
            onSelect={(id) => setPin((current) => ({ matchId: id, from: current?.from ?? null }))}
            onStep={step}
            onClose={clear}
          />
        ) : null}
      </div>
    </section>
  );
}
