import type { ArchiveStats, ArchivedDocument, DedupCluster, DedupResult } from '@wirediff/api/types';
import { useCallback, useRef, useState } from 'react';
import { ApiError, type ArticlePayload, describeFailure, isUnauthorized, payloadFromArchived } from '../api/api-client.js';
import { placeProblem } from '../api/problem.js';

/** A window of days, both ends inclusive, as `YYYY-MM-DD` (what a date field holds). */
export interface FeedWindow {
  since: string;
  until: string;
}

/** The feed page's state: the archive's numbers, the window, its clusters and errors. */
export interface Feed {
  stats: ArchiveStats | null;
  /** The window being edited in the fields. */
  range: FeedWindow;
  setRange: (range: FeedWindow) => void;
  /** The window the clusters on the page are for. */
  shown: FeedWindow | null;
  result: DedupResult | null;
  loading: boolean;
  /** The cluster (by origin id) being opened side by side. */
  opening: string | null;
  errors: string[];
  /** Read the stats and show the latest day's clusters, once (the page calls it when it appears). */
  start: () => void;
  /** Show the clusters of the window in the fields. */
  load: () => Promise<void>;
  /** Fetch the chosen members' texts (the origin first) and hand them to the comparison. */
  open: (cluster: DedupCluster, ids: string[]) => Promise<void>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function failureMessages(lead: string, error: unknown): string[] {
  if (error instanceof ApiError && !isUnauthorized(error)) return placeProblem({ problem: error.problem }).general.map((m, i) => (i === 0 ? `${lead}: ${m}` : m));
  return [`${lead}: ${describeFailure(error)}`];
}

/**
 * The archive's feed: articles carrying the same text, clustered per window of days; a
 * cluster opens side by side (its texts fetched, then `onOpen` gets them, origin first).
 * @example const feed = useFeed({ api, onOpen: (documents) => compareThese(documents) })
 */
export function useFeed(options: {
  api: {
    stats: (request: { signal?: AbortSignal }) => Promise<ArchiveStats>;
    dedup: (request: { since: string; until: string; signal?: AbortSignal }) => Promise<DedupResult>;
    archived: (request: { id: string; signal?: AbortSignal }) => Promise<ArchivedDocument>;
  };
  onOpen: (documents: ArticlePayload[]) => void;
}): Feed {
  const { api } = options;
  const onOpen = useRef(options.onOpen);
  onOpen.current = options.onOpen;
  const [stats, setStats] = useState<ArchiveStats | null>(null);
  const [range, setRange] = useState<FeedWindow>({ since: '', until: '' });
  const [shown, setShown] = useState<FeedWindow | null>(null);
  const [result, setResult] = useState<DedupResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const started = useRef(false);
  // Only the latest request's answer lands on the page.
  const latest = useRef(0);

  const show = useCallback(
    async (wanted: FeedWindow): Promise<void> => {
      const run = ++latest.current;
      setErrors([]);
      setLoading(true);
      try {
        const found = await api.dedup(wanted);
        if (run !== latest.current) return;
        setResult(found);
        setShown(wanted);
      } catch (error) {
        if (run !== latest.current) return;
        setErrors(failureMessages('Could not read the feed', error));
      } finally {
        if (run === latest.current) setLoading(false);
      }
    },
    [api],
  );

  const start = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setLoading(true);
    void api.stats({}).then(
      (read) => {
        setStats(read);
        if (!read.lastDay) {
          setLoading(false);
          return;
        }
        const latestDay = { since: read.lastDay, until: read.lastDay };
        setRange(latestDay);
        void show(latestDay);
      },
      (error: unknown) => {
        // Let the reader try again (a key given late, a server back up) by coming back or pressing Show.
        started.current = false;
        setLoading(false);
        setErrors(failureMessages('Could not read the archive', error));
      },
    );
  }, [api, show]);

  const load = useCallback(async (): Promise<void> => {
    const { since, until } = range;
    if (!DAY.test(since) || !DAY.test(until)) {
      setErrors(['Give both days of the window (from and to).']);
      return;
    }
    if (since > until) {
      setErrors(['The window starts after it ends: the "from" day must be on or before the "to" day.']);
      return;
    }
    if (!stats) {
      // The stats failed earlier: ask again, so the empty archive can be told apart.
      void api.stats({}).then(setStats, () => undefined);
    }
    await show({ since, until });
  }, [api, show, stats, range]);

  const open = useCallback(
    async (cluster: DedupCluster, ids: string[]): Promise<void> => {
      setErrors([]);
      setOpening(cluster.origin);
      try {
        const ordered = [cluster.origin, ...ids.filter((id) => id !== cluster.origin)];
        const documents = await Promise.all(ordered.map((id) => api.archived({ id })));
        onOpen.current(documents.map(payloadFromArchived));
      } catch (error) {
        setErrors(failureMessages('Could not open the cluster', error));
      } finally {
        setOpening(null);
      }
    },
    [api],
  );

  return { stats, range, setRange, shown, result, loading, opening, errors, start, load, open };
}
