/** Where the progress line goes: standard error in real use. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A progress line for one long piece of work after another. */
export interface ProgressLine {
  /** A piece of work starts: `label` says what, e.g. `comparing 2 articles (5.1 MB)`. */
  start(label: string): void;
  /** It finished (or failed): the line is cleared on a terminal, a closing line written elsewhere. */
  stop(): void;
}

const REDRAW_MS = 200;
const CLEAR_LINE = '\r\u001b[2K';

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * On a terminal, one line redrawn in place with the elapsed time (`comparing 2 articles
 * (5.1 MB) … 3.2 s`) and cleared when the work is done, so it leaves nothing behind; on
 * anything else (a log, a test), one line when each piece starts and one when it ends.
 * @example const line = createProgressLine(process.stderr); line.start('comparing 2 articles'); …; line.stop()
 */
export function createProgressLine(stream: ProgressStream, now: () => number = Date.now): ProgressLine {
  let timer: NodeJS.Timeout | undefined;
  let label = '';
  let startedAt = 0;
  const draw = (): void => {
    stream.write(`${CLEAR_LINE}${label} … ${formatSeconds(now() - startedAt)}`);
  };
  return {
    start(next) {
      this.stop();
      label = next;
      startedAt = now();
      if (stream.isTTY) {
        draw();
        timer = setInterval(draw, REDRAW_MS);
        // The work holds the process open, never the progress line.
        timer.unref();
      } else {
        stream.write(`wirediff: ${label} …\n`);
      }
    },
    stop() {
      if (label === '') return;
      if (timer) clearInterval(timer);
      timer = undefined;
      stream.write(stream.isTTY ? CLEAR_LINE : `wirediff: ${label}: done in ${formatSeconds(now() - startedAt)}\n`);
      label = '';
    },
  };
}

/**
 * What the progress line says about a comparison.
 * @example describeWork(['a', 'b']) // 'comparing 2 articles (2 characters)'
 */
export function describeWork(texts: readonly string[], what = `comparing ${texts.length} articles`): string {
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const size = characters >= 1e6 ? `${(characters / 1e6).toFixed(1)} M characters` : characters >= 1e4 ? `${Math.round(characters / 1e3)} k characters` : `${characters} characters`;
  return `${what} (${size})`;
}
