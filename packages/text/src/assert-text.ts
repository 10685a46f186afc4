/**
 * Misuse guard shared by every public function: the only way this package throws.
 * The message is part of the API (callers and tests match it exactly).
 *
 * @example
 * assertText(input, 'normalize'); // throws TypeError('normalize: text must be a string, got number') for 5
 */
export function assertText(value: unknown, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: text must be a string, got ${value === null ? 'null' : typeof value}`);
  }
}
