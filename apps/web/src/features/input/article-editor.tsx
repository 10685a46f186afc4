import { type DragEvent, useId, useState } from 'react';
import { type ArticleDraft, formatSize } from './article-draft.js';

/** File types `/v1/extract` reads. */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface ArticleEditorProps {
  draft: ArticleDraft;
  index: number;
  errors: string[];
  canRemove: boolean;
  onChange: (patch: Partial<ArticleDraft>) => void;
  onRemove: () => void;
  onFile: (file: File) => void;
  /** What the card calls its article ("your article"); "article N" when not given. */
  name?: string;
}

/**
 * One article's card: text, file drop, outlet, title, publication time, and its errors.
 * @example <ArticleEditor draft={draft} index={0} errors={[]} canRemove={false} onChange={…} onRemove={…} onFile={…} />
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const { draft, index, errors, canRemove, onChange, onRemove, onFile } = props;
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const number = index + 1;
  const name = props.name ?? `article ${number}`;
  const errorId = `${id}-errors`;
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <section
      className={`article-card${errors.length ? ' article-card--invalid' : ''}${dragging ? ' article-card--dragging' : ''}`}
      aria-labelledby={`${id}-heading`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid={`article-${number}`}
    >
      <header className="article-card__header">
        <h3 id={`${id}-heading`}>
          {name.charAt(0).toUpperCase() + name.slice(1)}
          {draft.outlet.trim() ? <span className="article-card__outlet">: {draft.outlet.trim()}</span> : null}
        </h3>
        {canRemove ? (
          <button type="button" className="button button--quiet button--small" onClick={onRemove} aria-label={`Remove ${name}`}>
            Remove
          </button>
        ) : null}
      </header>
      <div className="article-card__meta">
        <label className="field">
          <span className="field__label">Outlet</span>
          <input type="text" value={draft.outlet} placeholder="e.g. Northwire" onChange={(e) => onChange({ outlet: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">Title</span>
          <input type="text" value={draft.title} placeholder="Headline (optional)" onChange={(e) => onChange({ title: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">Published</span>
          <input type="datetime-local" value={draft.publishedAt} onChange={(e) => onChange({ publishedAt: e.target.value })} />
        </label>
      </div>
      <label className="field field--text">
        <span className="field__label">Text of {name}</span>
        <textarea
          value={draft.text}
          rows={7}
          spellCheck={false}
          placeholder="Paste the article's text here, or drop a file on this card."
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length ? errorId : undefined}
          onChange={(e) => onChange({ text: e.target.value, ...(draft.source ? { source: undefined } : {}) })}
        />
      </label>
      <div className="article-card__footer">
        <label className="file-pick">
          <input
            type="file"
            className="visually-hidden"
            accept={ACCEPTED_FILES}
            aria-label={`Choose a file for ${name}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onFile(file);
              e.target.value = '';
            }}
          />
          <span className="button button--quiet button--small" aria-hidden="true">
            Choose a file…
          </span>
        </label>
        <span className="article-card__hint">.txt .md .html .docx .pdf, or drop one here</span>
        <span className="article-card__size">{draft.text ? formatSize(draft.text.length) : 'empty'}</span>
      </div>
      {draft.extracting ? (
        <p className="note" role="status">
          Reading the file…
        </p>
      ) : null}
      {draft.source && !draft.extracting ? (
        <p className="note note--info" role="status">
          Text taken from <strong>{draft.source.fileName}</strong>
          {draft.source.byline ? <> (byline: {draft.source.byline})</> : null}. Check it above before comparing.
        </p>
      ) : null}
      <div id={errorId} aria-live="polite">
        {errors.length ? (
          <ul className="field-errors" role="alert">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
