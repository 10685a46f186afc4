/**
 * A failure the user can fix (bad flag, missing file): printed as one line on stderr with
 * exit code 2, never as a stack trace.
 * @example throw new UsageError("cannot read 'a.txt': no such file")
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
