import { useState } from 'react';
import { useApiAccess } from '../api/api-access.js';
import { type ArticlePayload, describeFailure } from '../api/api-client.js';

interface SaveControlProps {
  documents: ArticlePayload[];
  savedId: string | null;
  onSaved: (id: string) => void;
}

/**
 * Save the comparison on the server and show its permalink.
 * @example <SaveControl documents={documents} savedId={null} onSaved={(id) => navigate(`/c/${id}`)} />
 */
export function SaveControl({ documents, savedId, onSaved }: SaveControlProps) {
  const { api } = useApiAccess();
  const [state, setState] = useState<{ busy: boolean; error: string | null; copied: boolean }>({ busy: false, error: null, copied: false });
  const save = async (): Promise<void> => {
    setState({ busy: true, error: null, copied: false });
    try {
      const saved = await api.save({ documents });
      setState({ busy: false, error: null, copied: false });
      onSaved(saved.id);
    } catch (error) {
      setState({ busy: false, error: `Could not save: ${describeFailure(error)}`, copied: false });
    }
  };
  const url = savedId ? `${window.location.origin}/c/${savedId}` : null;
  return (
    <div className="save-control">
      {url ? (
        <p className="save-control__link" role="status">
          Saved. Permalink:{' '}
          <a href={`/c/${savedId}`} data-testid="permalink">
            {url}
          </a>{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              void navigator.clipboard?.writeText(url).then(() => setState((s) => ({ ...s, copied: true })));
            }}
          >
            {state.copied ? 'Copied' : 'Copy link'}
          </button>
        </p>
      ) : (
        <button type="button" className="button button--primary button--small" onClick={() => void save()} disabled={state.busy}>
          {state.busy ? 'Saving…' : 'Save and get a link'}
        </button>
      )}
      <span aria-live="polite">{state.error ? <span className="inline-error" role="alert">{state.error}</span> : null}</span>
    </div>
  );
}
