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

/**
 * The options object, or `{}` when omitted; anything else that is not an object is misuse.
 *
 * @example
 * readOptions(undefined, 'segment'); // {}
 */
export function readOptions<T extends object>(options: T | undefined | null, fn: string): T {
  if (options === undefined || options === null) return {} as T;
  if (typeof options !== 'object') throw new TypeError(`${fn}: options must be an object, got ${typeof options}`);
  return options;
}

/**
 * The language option as a primary subtag ('en-GB' -> 'en'), or undefined for 'auto'/omitted.
 *
 * @example
 * readLanguage('en-GB', 'tokenize'); // 'en'
 */
export function readLanguage(language: unknown, fn: string): string | undefined {
  if (language === undefined || language === 'auto') return undefined;
  if (typeof language !== 'string') throw new TypeError(`${fn}: options.language must be a string, got ${language === null ? 'null' : typeof language}`);
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === '' || primary === 'auto' ? undefined : primary;
}
