import type { Change } from '@wirediff/match';
import { Fragment } from 'react';
import { describeChange } from './describe-change.js';

interface ChangeListProps {
  changes: Change[];
  /** The change whose words are highlighted on both sides, if any. */
  active: number | null;
  /** The change held highlighted by a click (or Enter), so it stays while the pointer moves on. */
  held: number | null;
  onPoint: (index: number | null) => void;
  onHold: (index: number | null) => void;
}

/**
 * What changed, in an editor's words: one line per change ("number changed: 25 → 50 per cent").
 * Pointing at a line (hover or focus) highlights its words on both sides; a click holds it.
 * @example <ChangeList changes={match.changes} active={null} held={null} onPoint={setPointed} onHold={setHeld} />
 */
export function ChangeList({ changes, active, held, onPoint, onHold }: ChangeListProps) {
  return (
    <ul className="change-list" data-testid="change-list">
      {changes.map((change, i) => {
        const { head, parts } = describeChange(change);
        return (
          <li key={i}>
            <button
              type="button"
              className={`change${active === i ? ' change--active' : ''}`}
              data-change-kind={change.kind}
              aria-pressed={held === i}
              onMouseEnter={() => onPoint(i)}
              onMouseLeave={() => onPoint(null)}
              onFocus={() => onPoint(i)}
              onBlur={() => onPoint(null)}
              onClick={() => onHold(held === i ? null : i)}
            >
              <strong className="change__head">{head}</strong>
              {parts.length ? ': ' : null}
              {parts.map((part, p) => (
                <Fragment key={p}>
                  {p > 0 ? (
                    <>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> to </span>
                    </>
                  ) : null}
                  <span className="change__words">{part}</span>
                </Fragment>
              ))}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
