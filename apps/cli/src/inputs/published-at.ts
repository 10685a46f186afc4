import { UsageError } from '../usage-error.js';

/**
 * Refuses a publication time the engine could not order: it reads `publishedAt` with
 * `Date.parse`, so anything that does not parse would silently name no origin.
 * @example checkPublishedAt('2024-03-01T07:05Z', '--published-at') // no error
 */
export function checkPublishedAt(value: string, what: string): void {
  if (!isDate(value)) throw new UsageError(`${what} '${value}' is not a date; use ISO 8601, e.g. 2024-03-01 or 2024-03-01T07:05Z`);
}

/**
 * Whether the engine can order by `value` (`Date.parse` reads it).
 * @example isDate('2024-03-01') // true
 */
export function isDate(value: string): boolean {
  return Number.isFinite(Date.parse(value));
}
