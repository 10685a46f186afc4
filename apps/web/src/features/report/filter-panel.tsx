import type { MatchKind } from '@wirediff/match';
import { useId } from 'react';
import { type Filters, type ShowMode, KIND_INFO, KINDS } from '@wirediff/report-format';

interface FilterPanelProps {
  filters: Filters;
  visibleMatches: number;
  totalMatches: number;
  onChange: (filters: Filters) => void;
  /** Shared quotes in the report and whether they are hidden; no switch when there are none. */
  sharedQuotes?: { count: number; hidden: boolean; onChange: (hidden: boolean) => void };
}

const SHOW_OPTIONS: Array<[ShowMode, string]> = [
  ['all', 'All sentences'],
  ['reused', 'Only reused'],
  ['added', 'Only added'],
];

/**
 * The legend and the filters in one place: each kind's swatch is also its on/off switch.
 * @example <FilterPanel filters={filters} visibleMatches={4} totalMatches={6} onChange={setFilters} />
 */
export function FilterPanel({ filters, visibleMatches, totalMatches, onChange, sharedQuotes }: FilterPanelProps) {
  const id = useId();
  const toggleKind = (kind: MatchKind): void => onChange({ ...filters, kinds: { ...filters.kinds, [kind]: !filters.kinds[kind] } });
  return (
    <section className="filter-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="filter-panel__title">
        How to read the marks
      </h3>
      <fieldset className="legend">
        <legend className="visually-hidden">Kinds of reuse to show</legend>
        {KINDS.map((kind) => (
          <label key={kind} className={`legend__item${filters.kinds[kind] ? '' : ' legend__item--off'}`}>
            <input type="checkbox" checked={filters.kinds[kind]} onChange={() => toggleKind(kind)} />
            <span className={`swatch swatch--${kind}`} aria-hidden="true" />
            <span className={`badge badge--${kind}`}>{KIND_INFO[kind].label}</span>
            <span className="legend__explain">{KIND_INFO[kind].explain}</span>
          </label>
        ))}
        <div className="legend__item legend__item--static">
          <span className="swatch swatch--added" aria-hidden="true" />
          <span className="badge badge--added">Added</span>
          <span className="legend__explain">found in no other article: the outlet's own text</span>
        </div>
      </fieldset>
      <div className="filter-panel__row">
        <fieldset className="segmented">
          <legend className="visually-hidden">Which sentences to show</legend>
          {SHOW_OPTIONS.map(([value, label]) => (
            <label key={value} className={`segmented__option${filters.show === value ? ' segmented__option--on' : ''}`}>
              <input type="radio" name={`${id}-show`} value={value} checked={filters.show === value} onChange={() => onChange({ ...filters, show: value })} />
              {label}
            </label>
          ))}
        </fieldset>
        {sharedQuotes && sharedQuotes.count > 0 ? (
          <label className="quote-filter">
            <input type="checkbox" checked={sharedQuotes.hidden} aria-describedby={`${id}-quotes`} onChange={(e) => sharedQuotes.onChange(e.target.checked)} />
            <span>
              Hide shared quotes ({sharedQuotes.count})
              <span id={`${id}-quotes`} className="quote-filter__explain">
                words both articles print inside quotation marks: two outlets quoting one speaker
              </span>
            </span>
          </label>
        ) : null}
        <label className="score-filter">
          <span>Minimum score</span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={filters.minScore}
            aria-valuetext={filters.minScore === 0 ? 'all matches' : `at least ${filters.minScore.toFixed(2)}`}
            onChange={(e) => onChange({ ...filters, minScore: Number(e.target.value) })}
          />
          <output className="score-filter__value">{filters.minScore.toFixed(2)}</output>
        </label>
        <p className="filter-panel__count" aria-live="polite" data-testid="match-count">
          Showing {visibleMatches} of {totalMatches} {totalMatches === 1 ? 'match' : 'matches'}
        </p>
      </div>
      <p className="filter-panel__hint">
        Score runs from 0 (barely alike) to 1 (identical). Raise the minimum to keep only the closest copies. Hover or focus a
        marked sentence to see where it came from; click it for the word-by-word changes. Keys: <kbd>n</kbd>/<kbd>j</kbd> next
        match, <kbd>p</kbd>/<kbd>k</kbd> previous, <kbd>Esc</kbd> clear.
      </p>
    </section>
  );
}
