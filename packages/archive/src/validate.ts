import { createHash } from 'node:crypto';
import { dayOf, instantOf } from './days.js';
import { type ResolvedFingerprintOptions, fingerprint } from './fingerprint.js';
import type { PreparedDocument } from './store/archive-store.js';
import type { ArchiveDocumentInput } from './types.js';

const OPTIONAL_FIELDS = ['title', 'outlet', 'publishedAt'] as const;
/** Ids longer than this are misuse: an id is a key, not content. */
export const MAX_ID_LENGTH = 512;

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Checks one document given to `add` and fingerprints it; throws a TypeError or RangeError
 * with an exact message on misuse. `add` calls it; a bulk loader can call it in worker threads
 * and hand the results to `store.put` (fingerprinting is most of an add's cost).
 * @example prepareDocument({ id: 'a', text: 'Hello.' }, 0, DEFAULT_FINGERPRINT, 19000).day // 19000
 */
export function prepareDocument(input: unknown, index: number, options: ResolvedFingerprintOptions, today: number): PreparedDocument {
  const where = `add: documents[${index}]`;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new TypeError(`${where} must be an object, got ${describe(input)}`);
  const doc = input as Partial<Record<keyof ArchiveDocumentInput, unknown>>;
  if (typeof doc.id !== 'string') throw new TypeError(`${where}.id must be a string, got ${describe(doc.id)}`);
  if (doc.id === '' || doc.id.length > MAX_ID_LENGTH) throw new RangeError(`${where}.id must have 1 to ${MAX_ID_LENGTH} characters, got ${doc.id.length}`);
  if (typeof doc.text !== 'string') throw new TypeError(`${where}.text must be a string, got ${describe(doc.text)}`);
  for (const field of OPTIONAL_FIELDS) {
    const value = doc[field];
    if (value !== undefined && typeof value !== 'string') throw new TypeError(`${where}.${field} must be a string, got ${describe(value)}`);
  }
  let day = today;
  if (doc.publishedAt !== undefined) {
    const parsed = dayOf(doc.publishedAt as string);
    if (parsed === null) throw new RangeError(`${where}.publishedAt must be an ISO 8601 date or date-time, got ${JSON.stringify(doc.publishedAt)}`);
    day = parsed;
  }
  const title = doc.title as string | undefined;
  const outlet = doc.outlet as string | undefined;
  const publishedAt = doc.publishedAt as string | undefined;
  const print = fingerprint(doc.text, options);
  const contentHash = createHash('sha1').update(JSON.stringify([doc.text, title ?? null, outlet ?? null, publishedAt ?? null])).digest('base64url');
  return {
    id: doc.id,
    text: doc.text,
    ...(title === undefined ? {} : { title }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    day,
    anchors: print.anchors,
    terms: print.terms,
    words: print.words,
    contentHash,
  };
}

/**
 * An optional whole number within bounds, else the default; throws on anything else.
 * @example readCount(undefined, 10, 1, 100, 'sources: options.limit') // 10
 */
export function readCount(value: unknown, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/**
 * An optional ISO 8601 date or date-time, as milliseconds since 1970 (null when absent); throws
 * when it does not parse.
 * @example readInstant('2000-01-27T09:00Z', 'sources: options.before') // 948963600000
 */
export function readInstant(value: unknown, name: string): number | null {
  if (value === undefined) return null;
  const at = typeof value === 'string' ? instantOf(value) : null;
  if (at === null) throw new RangeError(`${name} must be an ISO 8601 date or date-time, got ${JSON.stringify(value)}`);
  return at;
}

/**
 * An optional ISO 8601 date or date-time, as a day number; throws when it does not parse.
 * @example readDay('2000-01-27', 'dedup: options.since') // 10983
 */
export function readDay(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const day = typeof value === 'string' ? dayOf(value) : null;
  if (day === null) throw new RangeError(`${name} must be an ISO 8601 date or date-time, got ${JSON.stringify(value)}`);
  return day;
}
