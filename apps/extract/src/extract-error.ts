/**
 * Why a file could not be turned into text. The names are the API's problem kinds, so the API
 * renders them as they are (415, 422, 413) and the CLI prints the message as a usage error.
 */
export type ExtractProblem = 'unsupported-type' | 'unreadable-file' | 'too-large';

/**
 * The one error extraction throws for a file it cannot read; anything else is a bug.
 * @example throw new ExtractError('unreadable-file', 'a.pdf is encrypted (password-protected); send an unprotected copy.')
 */
export class ExtractError extends Error {
  override name = 'ExtractError';
  readonly kind: ExtractProblem;

  constructor(kind: ExtractProblem, detail: string, options: { cause?: unknown } = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
  }
}
