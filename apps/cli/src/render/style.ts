/** How rendered text marks changes: ANSI colour for a terminal, or plain bracket markers. */
export interface Style {
  /** Text removed from side a (struck through and red, or `[-…-]`). */
  deleted(text: string): string;
  /** Text added on side b (green, or `{+…+}`). */
  inserted(text: string): string;
  /** Headings and labels. */
  strong(text: string): string;
  /** Secondary information (scores, offsets). */
  dim(text: string): string;
}

const ESC = '\u001b[';

/**
 * Plain markers in git's `--word-diff=plain` form, readable in logs, pipes and files.
 * @example PLAIN_STYLE.deleted('old') + PLAIN_STYLE.inserted('new') // '[-old-]{+new+}'
 */
export const PLAIN_STYLE: Style = {
  deleted: (text) => `[-${text}-]`,
  inserted: (text) => `{+${text}+}`,
  strong: (text) => text,
  dim: (text) => text,
};

/**
 * ANSI colours for a terminal: deletions struck through in red, insertions green.
 * @example ANSI_STYLE.inserted('new') // '\u001b[32mnew\u001b[39m'
 */
export const ANSI_STYLE: Style = {
  deleted: (text) => `${ESC}31;9m${text}${ESC}29;39m`,
  inserted: (text) => `${ESC}32m${text}${ESC}39m`,
  strong: (text) => `${ESC}1m${text}${ESC}22m`,
  dim: (text) => `${ESC}2m${text}${ESC}22m`,
};

/** What decides whether output gets colour. */
export interface ColourContext {
  /** Whether the output stream is a terminal. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Colour when the output is a terminal and NO_COLOR is unset (https://no-color.org);
 * FORCE_COLOR overrides both ways (`FORCE_COLOR=0` turns colour off), as in Node itself.
 * @example shouldUseColour({ isTTY: true, env: {} }) // true
 */
export function shouldUseColour({ isTTY, env }: ColourContext): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}

/**
 * The style for a context: ANSI when `shouldUseColour` says so, plain markers otherwise.
 * @example pickStyle({ isTTY: false, env: {} }) === PLAIN_STYLE // true
 */
export function pickStyle(context: ColourContext): Style {
  return shouldUseColour(context) ? ANSI_STYLE : PLAIN_STYLE;
}
