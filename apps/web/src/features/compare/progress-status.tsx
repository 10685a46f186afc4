import { useEffect, useState } from 'react';

interface ProgressStatusProps {
  /** When the request started (performance.now()). */
  startedAt: number;
  articles: number;
  characters: number;
  /** The server asked for an API key and the page waits for the reader to give one. */
  waitingForKey?: boolean;
  onCancel: () => void;
}

/**
 * While the API works: what is being compared, the time so far, and a way to stop.
 * @example <ProgressStatus startedAt={performance.now()} articles={2} characters={9000} onCancel={cancel} />
 */
export function ProgressStatus({ startedAt, articles, characters, waitingForKey = false, onCancel }: ProgressStatusProps) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, (now - startedAt) / 1000);
  const size = characters >= 100_000 ? `${(characters / 1_000_000).toFixed(2)} million characters` : `${characters.toLocaleString('en')} characters`;
  return (
    <div className="progress" data-testid="progress">
      {/* The announcement says what happens once; the ticking clock is for eyes only. */}
      <p role="status" aria-live="polite" className="progress__label">
        {waitingForKey ? `Waiting for the API key before comparing ${articles} articles (${size})…` : `Comparing ${articles} articles (${size})…`}
      </p>
      <div className="progress__bar" aria-hidden="true">
        <span />
      </div>
      <p className="progress__time" aria-hidden="true">
        {seconds.toFixed(1)} s{seconds > 5 ? ' (long articles take a while; the page stays usable)' : ''}
      </p>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
