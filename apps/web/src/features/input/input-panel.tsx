import type { FormEvent, ReactNode } from 'react';
import { ArticleEditor } from './article-editor.js';
import { type ArticleDraft, MAX_ARTICLES, MIN_ARTICLES } from './article-draft.js';
import { FormErrors } from './form-errors.js';

interface InputPanelProps {
  drafts: ArticleDraft[];
  /** Messages per article, by the draft's key. */
  errors: Map<number, string[]>;
  generalErrors: string[];
  busy: boolean;
  progress: ReactNode;
  onChange: (key: number, patch: Partial<ArticleDraft>) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
  onFile: (key: number, file: File) => void;
  onExample: () => void;
  onCompare: () => void;
}

/**
 * Step one: the articles to compare, with files, example and the Compare button.
 * @example <InputPanel drafts={drafts} errors={new Map()} generalErrors={[]} busy={false} progress={null} … />
 */
export function InputPanel(props: InputPanelProps) {
  const { drafts, errors, generalErrors, busy } = props;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!busy) props.onCompare();
  };
  return (
    <form className="input-panel" onSubmit={submit} aria-labelledby="input-heading" noValidate>
      <div className="section-head">
        <h2 id="input-heading">
          <span className="step">1</span> Add the articles
        </h2>
        <p className="section-head__lead">
          Paste two to six articles on the same story (say, a wire service's copy and the versions outlets ran), or drop a file on
          a card. Give each an outlet name and, if you know it, when it was published: the earliest one is the likely source.
        </p>
        <button type="button" className="button button--accent" onClick={props.onExample} disabled={busy}>
          Try an example
        </button>
      </div>
      <div className="article-grid">
        {drafts.map((draft, index) => (
          <ArticleEditor
            key={draft.key}
            draft={draft}
            index={index}
            errors={errors.get(draft.key) ?? []}
            canRemove={drafts.length > MIN_ARTICLES}
            onChange={(patch) => props.onChange(draft.key, patch)}
            onRemove={() => props.onRemove(draft.key)}
            onFile={(file) => props.onFile(draft.key, file)}
          />
        ))}
      </div>
      <div className="input-panel__actions">
        {drafts.length < MAX_ARTICLES ? (
          <button type="button" className="button button--quiet" onClick={props.onAdd} disabled={busy}>
            + Add another article
          </button>
        ) : (
          <span className="muted">Six articles is the most one comparison takes.</span>
        )}
        {/* aria-disabled, not disabled: the button keeps the focus while the comparison runs. */}
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Compare articles
        </button>
      </div>
      <FormErrors errors={generalErrors} testId="form-errors" />
      {props.progress}
    </form>
  );
}
