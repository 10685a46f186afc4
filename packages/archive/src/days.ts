const MS_PER_DAY = 86_400_000;
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * UTC days since 1970-01-01 of an ISO 8601 date or date-time, or null when it does not parse.
 * @example dayOf('2000-01-27T23:19:00Z') // 10983
 */
export function dayOf(value: string): number | null {
  const ms = Date.parse(DAY_TEXT.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : null;
}

/**
 * The `YYYY-MM-DD` of a day number.
 * @example dayText(10983) // '2000-01-27'
 */
export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Milliseconds since the epoch of a date or date-time (a bare date is its UTC midnight), or null.
 * @example instantOf('2000-01-27') // 949017600000
 */
export function instantOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const ms = Date.parse(DAY_TEXT.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isFinite(ms) ? ms : null;
}
