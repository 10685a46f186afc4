import { type FormEvent, useId, useLayoutEffect, useRef, useState } from 'react';

interface ApiKeyDialogProps {
  /** Why the last key failed, when it did. */
  error: string | null;
  /** A key was given and the request is being retried with it. */
  checking: boolean;
  onSubmit: (key: string) => void;
  onCancel: () => void;
}

/**
 * Asks for the API key the server needs: a modal dialog (native `<dialog>`, so focus stays in
 * it and Esc cancels) with a labelled field and the reason a key was refused.
 * @example <ApiKeyDialog error={null} checking={false} onSubmit={useKey} onCancel={giveUp} />
 */
export function ApiKeyDialog({ error, checking, onSubmit, onCancel }: ApiKeyDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);

  // Layout effect: the dialog must close (and focus go back) before React removes it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, []);

  // A refused key: clear the field and put the cursor back in it for the next try. (The field
  // is read-only, never disabled, while a key is checked, so the focus stays in the dialog.)
  useLayoutEffect(() => {
    if (!error) return;
    setValue('');
    inputRef.current?.focus();
  }, [error]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (checking) return;
    if (value.trim() === '') {
      setEmpty(true);
      inputRef.current?.focus();
      return;
    }
    setEmpty(false);
    onSubmit(value.trim());
  };
  const message = empty ? 'Enter the key first.' : error;
  const errorId = `${id}-error`;
  return (
    <dialog
      ref={ref}
      className="key-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explain`}
      data-testid="api-key-dialog"
      onCancel={(event) => {
        // Esc: let React decide, so the dialog and the state that shows it stay in step.
        event.preventDefault();
        onCancel();
      }}
      // The page's match keys (n, p, Esc) must not act behind the dialog.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <form className="key-dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="key-dialog__title">
          This server needs an API key
        </h2>
        <p id={`${id}-explain`} className="key-dialog__explain">
          Whoever runs this wirediff server can give you one. It is kept in this browser tab only (until you close the tab or
          forget it) and sent with each request to the server.
        </p>
        <label className="field">
          <span className="field__label">API key</span>
          <input
            ref={inputRef}
            type="password"
            name="api-key"
            autoComplete="off"
            spellCheck={false}
            value={value}
            readOnly={checking}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? errorId : undefined}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <div id={errorId} aria-live="assertive">
          {message ? (
            <p className="inline-error" role="alert">
              {message}
            </p>
          ) : null}
        </div>
        {checking ? (
          <p className="note" role="status">
            Checking the key…
          </p>
        ) : null}
        <div className="key-dialog__actions">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" aria-disabled={checking || undefined}>
            Use this key
          </button>
        </div>
      </form>
    </dialog>
  );
}
