import { type KeyboardEvent, memo } from 'react';
import { KIND_INFO, type SentenceView } from '@wirediff/report-format';

/** How a sentence relates to what the reader is looking at. */
export type RowState = 'none' | 'source' | 'counterpart' | 'pinned';

/** What a row reports back when the reader points at it. */
export interface RowHandlers {
  onHover: (document: number, sentence: number | null) => void;
  onFocusSentence: (document: number, sentence: number | null) => void;
  onActivate: (document: number, sentence: number) => void;
}

interface SentenceRowProps {
  document: number;
  sentence: SentenceView;
  state: RowState;
  dimmed: boolean;
  /** Every match of this sentence on show is a shared quote. */
  sharedQuote?: boolean;
  handlers: RowHandlers;
}

/**
 * One sentence: its kind as colour, border pattern and a text badge; its text as text.
 * @example <SentenceRow document={0} sentence={view} state="none" dimmed={false} handlers={handlers} />
 */
export const SentenceRow = memo(function SentenceRow({ document, sentence, state, dimmed, sharedQuote = false, handlers }: SentenceRowProps) {
  const kind = sentence.kind;
  const interactive = kind !== null;
  const label = kind ? KIND_INFO[kind].label : 'Added';
  const classes = ['sentence', kind ? `sentence--${kind}` : 'sentence--added', state !== 'none' ? `sentence--${state}` : '', dimmed ? 'sentence--dimmed' : '', sentence.role === 'headline' ? 'sentence--headline' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      data-doc={document}
      data-sentence={sentence.index}
      data-kind={kind ?? 'added'}
      data-state={state}
      {...(interactive
        ? {
            role: 'button',
            tabIndex: 0,
            'aria-pressed': state === 'pinned',
            onMouseEnter: () => handlers.onHover(document, sentence.index),
            onMouseLeave: () => handlers.onHover(document, null),
            onFocus: () => handlers.onFocusSentence(document, sentence.index),
            onBlur: () => handlers.onFocusSentence(document, null),
            onClick: () => handlers.onActivate(document, sentence.index),
            onKeyDown: (event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                handlers.onActivate(document, sentence.index);
              }
            },
          }
        : {})}
    >
      <span className={`badge badge--${kind ?? 'added'}`}>
        {label}
        {sentence.matchIds.length > 1 ? <span className="badge__count"> ×{sentence.matchIds.length}</span> : null}
      </span>{' '}
      {sharedQuote ? (
        <>
          <span className="quote-tag">Shared quote</span>{' '}
        </>
      ) : null}
      <span className="sentence__text">{sentence.text}</span>
    </div>
  );
});
