import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type SavedComparison, describeFailure } from '../features/api/api-client.js';
import type { Route } from './route.js';

const isAbort = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

const isNotFound = (error: unknown): boolean => error instanceof ApiError && error.problem.status === 404;

/**
 * Opens the saved comparison the address names (/c/:id), also after back/forward, unless it is
 * the one already shown; hands it to `onLoaded` and keeps its own loading flag and error.
 * @example const saved = useSavedComparison({ route, shownId: comparison?.savedId ?? null, load: api.load, onLoaded })
 */
export function useSavedComparison(options: {
  route: Route;
  /** The saved id of the comparison on the page, if any. */
  shownId: string | null;
  load: (request: { id: string; signal: AbortSignal }) => Promise<SavedComparison>;
  onLoaded: (saved: SavedComparison, id: string) => void;
}): { loading: boolean; errors: string[]; dismiss: () => void } {
  const { route, shownId, load } = options;
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  // The latest callback, without reloading when only the callback changed.
  const onLoaded = useRef(options.onLoaded);
  onLoaded.current = options.onLoaded;

  const wanted = route.page === 'saved' ? route.id : null;
  useEffect(() => {
    if (wanted === null || shownId === wanted) return;
    const controller = new AbortController();
    setLoading(true);
    setErrors([]);
    load({ id: wanted, signal: controller.signal })
      .then((saved) => onLoaded.current(saved, wanted))
      .catch((error: unknown) => {
        if (isAbort(error) || controller.signal.aborted) return;
        setErrors([
          isNotFound(error)
            ? `There is no saved comparison at this address (${wanted}). It may have been deleted; you can start a new one below.`
            : `Could not open the saved comparison: ${describeFailure(error)}`,
        ]);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => {
      controller.abort();
      setLoading(false);
    };
  }, [wanted, shownId, load]);

  const dismiss = useCallback(() => setErrors([]), []);
  return { loading, errors, dismiss };
}
