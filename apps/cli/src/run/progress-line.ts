import type { CompareProgress } from '@wirediff/match';

/** Where the progress line goes: standard error in real use. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A progress line for one long piece of work after another. */
export interface ProgressLine {
  /** A piece of work starts: `label` says what, e.g. `comparing 2 articles (5.1 M characters)`. */
  start(label: string): void;
  /** The engine says where it is (`CompareOptions.onProgress`). */
  update(progress: CompareProgress): void;
  /** It finished (or failed): the line is cleared on a terminal, a closing line written elsewhere. */
  stop(): void;
}

// The engine calls back up to about a hundred times per phase; a terminal needs far fewer redraws.
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[2K';
const PHASE_WORDS: Record<CompareProgress['phase'], string> = { analyse: 'reading', match: 'matching' };

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * On a terminal, one line redrawn in place with the engine's phase and the elapsed time
 * (`comparing 2 articles (5.1 M characters): matching 42% … 3.2 s`) and cleared when the work
 * is done, so it leaves nothing behind; on anything else (a log, a test), one line when each
 * piece starts and one when it ends.
 * @example const line = createProgressLine(process.stderr); line.start('comparing 2 articles'); compare(documents, { onProgress: line.update }); line.stop()
 */
export function createProgressLine(stream: ProgressStream, now: () => number = Date.now): ProgressLine {
  let label = '';
  let startedAt = 0;
  let drawnAt = -Infinity;
  let where = '';
  const draw = (): void => {
    drawnAt = now();
    stream.write(`${CLEAR_LINE}${label}${where} … ${formatSeconds(drawnAt - startedAt)}`);
  };
  const line: ProgressLine = {
    start(next) {
      line.stop();
      label = next;
      where = '';
      startedAt = now();
      if (stream.isTTY) draw();
      else stream.write(`wirediff: ${label} …\n`);
    },
    update(progress) {
      if (label === '' || !stream.isTTY) return;
      const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
      where = `: ${PHASE_WORDS[progress.phase]} ${percent}%`;
      if (now() - drawnAt >= REDRAW_MS) draw();
    },
    stop() {
      if (label === '') return;
      stream.write(stream.isTTY ? CLEAR_LINE : `wirediff: ${label}: done in ${formatSeconds(now() - startedAt)}\n`);
      label = '';
    },
  };
  return line;
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

/** A progress bar for work counted in items (articles added, pairs verified). */
export interface CountProgress {
  /** A piece of work starts: `label` says what (`adding`), `total` how many when known. */
  start(label: string, total?: number): void;
  /** `done` items so far; `fraction` (0..1) when the share done is known otherwise (bytes of a feed read). */
  update(done: number, fraction?: number): void;
  /** Clears the bar. */
  stop(): void;
}

const BAR_WIDTH = 20;

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * A bar redrawn in place on a terminal (`adding 340/1718 [####------] 19% 121/s ETA 11 s`),
 * cleared when the work ends so it leaves nothing behind; on anything else it writes nothing,
 * since a log gains nothing from a bar and the command prints its summary anyway.
 * @example const bar = createCountProgress(process.stderr); bar.start('adding', 1718); bar.update(340); bar.stop()
 */
export function createCountProgress(stream: ProgressStream, now: () => number = Date.now): CountProgress {
  let label = '';
  let total: number | undefined;
  let startedAt = 0;
  let drawnAt = -Infinity;
  const active = (): boolean => label !== '' && stream.isTTY === true;
  return {
    start(next, count) {
      label = next;
      total = count;
      startedAt = now();
      drawnAt = -Infinity;
      if (active()) stream.write(`${CLEAR_LINE}${label} …`);
    },
    update(done, fraction) {
      if (!active() || now() - drawnAt < REDRAW_MS) return;
      drawnAt = now();
      const elapsed = (drawnAt - startedAt) / 1000;
      const share = fraction ?? (total !== undefined && total > 0 ? done / total : undefined);
      const parts = [`${label} ${done.toLocaleString('en-US')}${total === undefined ? '' : `/${total.toLocaleString('en-US')}`}`];
      if (share !== undefined) {
        const filled = Math.min(BAR_WIDTH, Math.round(share * BAR_WIDTH));
        parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}%`);
      }
      if (elapsed >= 0.5) parts.push(`${Math.round(done / elapsed).toLocaleString('en-US')}/s`);
      if (share !== undefined && share > 0 && elapsed >= 1) parts.push(`ETA ${formatDuration((elapsed * (1 - share)) / share)}`);
      stream.write(`${CLEAR_LINE}${parts.join('  ')}`);
    },
    stop() {
      if (active()) stream.write(CLEAR_LINE);
      label = '';
    },
  };
}
