import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every limit the API enforces; each one comes from an environment variable. */
export interface ApiLimits {
  /** Largest request body in bytes (413 above it). */
  bodyBytes: number;
  /** Most characters in one document after extraction (413 above it). */
  documentChars: number;
  /** Largest streamed archive feed (`application/x-ndjson` to /v1/archive/documents) in bytes (413 above it). */
  feedBytes: number;
  /** Most documents in one comparison, 2..10 (413 above it). */
  maxDocuments: number;
  /** Largest total decompressed size of a .docx, against zip bombs (413 above it). */
  docxDecompressedBytes: number;
  /** Most pages read from a PDF (413 above it). */
  pdfPages: number;
  /** Time budget of one comparison in milliseconds, passed to compare() and enforced by the pool. */
  compareTimeBudgetMs: number;
  /** Requests per minute per client on /v1 routes; 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  /** Admit a comparison while the work ahead of it is expected to take at most this many seconds (per worker); beyond it, 503. */
  queueSeconds: number;
}

/** One configured API key and the id its saved data is filed under (a name, or a hash of the key, never the key). */
export interface ApiKey {
  id: string;
  key: string;
}

/** Where the access log goes: nowhere, standard output, or appended to a file. */
export type AccessLogTarget = { kind: 'off' } | { kind: 'stdout' } | { kind: 'file'; path: string };

/** The whole server configuration, as read by `readConfig`. */
export interface ApiConfig {
  port: number;
  host: string;
  /** Folder holding the SQLite database. */
  dataDir: string;
  /** Where the archive lives: `WIREDIFF_DATABASE_URL` (postgres://…), else `archive.sqlite` in the data folder (`archiveLocation`). */
  archiveUrl: string;
  /** Bearer tokens accepted on /v1 routes (except health); empty means no authentication and one shared space of saved comparisons. */
  apiKeys: ApiKey[];
  /** Origins allowed by CORS; empty means CORS stays closed. */
  corsOrigins: string[];
  /** Built web app to serve (index.html + assets); null or a missing folder serves none. */
  webDir: string | null;
  /** Worker threads that run comparisons. */
  workers: number;
  /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For / Forwarded headers are believed. */
  trustedProxies: string[];
  accessLog: AccessLogTarget;
  limits: ApiLimits;
}

/** One documented environment variable. */
export interface EnvVarDoc {
  name: string;
  default: string;
  description: string;
}

type NumberKey = keyof ApiLimits | 'port' | 'workers';

interface NumberVar extends EnvVarDoc {
  key: NumberKey;
  min: number;
  max: number;
  /** Accepts a decimal number, not only an integer. */
  decimal?: boolean;
}

const DEFAULT_WEB_DIR = new URL('../../web/dist', import.meta.url);

const NUMBER_VARS: NumberVar[] = [
  { name: 'PORT', key: 'port', default: '8787', min: 0, max: 65_535, description: 'TCP port to listen on (0 picks a free one).' },
  { name: 'WIREDIFF_MAX_BODY_BYTES', key: 'bodyBytes', default: String(5 * 1024 * 1024), min: 1024, max: 1024 ** 3, description: 'Largest request body in bytes; larger bodies get 413.' },
  { name: 'WIREDIFF_MAX_DOCUMENT_CHARS', key: 'documentChars', default: '1000000', min: 1, max: 100_000_000, description: 'Most characters in one document (after extraction); more gets 413.' },
  {
    name: 'WIREDIFF_MAX_FEED_BYTES',
    key: 'feedBytes',
    default: String(1024 ** 3),
    min: 1024,
    max: 1024 ** 4,
    description: 'Largest application/x-ndjson feed sent to POST /v1/archive/documents, in bytes (it is read line by line, never held whole); larger gets 413. Each document still obeys WIREDIFF_MAX_DOCUMENT_CHARS.',
  },
  { name: 'WIREDIFF_MAX_DOCUMENTS', key: 'maxDocuments', default: '10', min: 2, max: 10, description: 'Most documents in one comparison (2..10); more gets 413.' },
  { name: 'WIREDIFF_MAX_DOCX_BYTES', key: 'docxDecompressedBytes', default: String(50 * 1024 * 1024), min: 1024, max: 4 * 1024 ** 3, description: 'Largest decompressed size of a .docx upload (zip-bomb guard); more gets 413.' },
  { name: 'WIREDIFF_MAX_PDF_PAGES', key: 'pdfPages', default: '200', min: 1, max: 100_000, description: 'Most pages in a PDF upload; more gets 413.' },
  { name: 'WIREDIFF_COMPARE_TIME_BUDGET_MS', key: 'compareTimeBudgetMs', default: '20000', min: 100, max: 3_600_000, description: 'Time budget of one request in ms, counted from its admission (its time in the queue counts); the report says `incomplete` when it runs out, and a stuck worker is stopped.' },
  { name: 'WIREDIFF_RATE_LIMIT_PER_MINUTE', key: 'rateLimitPerMinute', default: '120', min: 0, max: 10_000_000, description: 'Requests per minute per client (API key, else client address) on /v1 routes except /v1/health; 0 turns it off. Over it: 429 with Retry-After.' },
  { name: 'WIREDIFF_WORKERS', key: 'workers', default: 'number of cores', min: 1, max: 256, description: 'Worker threads that run comparisons.' },
  {
    name: 'WIREDIFF_QUEUE_SECONDS',
    key: 'queueSeconds',
    default: '5',
    min: 0.05,
    max: 3600,
    decimal: true,
    description:
      'Admission by work: a comparison is admitted while the work already admitted is expected to finish within this many seconds per worker (its cost estimated from its size); beyond it, 503 server-busy with Retry-After. Its time budget counts its time in the queue.',
  },
];

const TEXT_VARS: EnvVarDoc[] = [
  { name: 'HOST', default: '127.0.0.1', description: 'Interface to listen on (0.0.0.0 for every interface).' },
  { name: 'WIREDIFF_DATA_DIR', default: './data', description: 'Folder of the SQLite databases: saved comparisons, and the archive (archive.sqlite) unless WIREDIFF_DATABASE_URL is set.' },
  {
    name: 'WIREDIFF_DATABASE_URL',
    default: '(none)',
    description: 'Where the archive lives: a postgres://… URL (PostgreSQL; ?schema=name picks the schema), or a SQLite file path; unset, archive.sqlite in WIREDIFF_DATA_DIR. The CLI (wirediff archive …) reads the same variable, so both use one archive.',
  },
  {
    name: 'WIREDIFF_API_KEYS',
    default: '(none)',
    description:
      'Comma-separated API keys, each `key` or `name:key`; when set, every /v1 route except /v1/health needs `Authorization: Bearer <key>`, and saved comparisons belong to the key that made them (filed under its name, else a hash of the key).',
  },
  { name: 'WIREDIFF_CORS_ORIGINS', default: '(none)', description: 'Comma-separated origins allowed by CORS (e.g. https://cms.example.org); CORS is closed otherwise.' },
  { name: 'WIREDIFF_WEB_DIR', default: 'apps/web/dist', description: 'Built web app served at / (SPA fallback to index.html); `none` serves no web app.' },
  {
    name: 'WIREDIFF_TRUSTED_PROXIES',
    default: '(none)',
    description:
      'Comma-separated addresses or CIDR ranges (10.0.0.0/8, ::1) of reverse proxies; only from these peers are X-Forwarded-For / Forwarded believed, for the rate limit and the access log.',
  },
  { name: 'WIREDIFF_ACCESS_LOG', default: 'off', description: 'Access log, one JSON line per request (method, path, status, duration, key id, client address): `off`, `-` for standard output, or a file path to append to.' },
];

/**
 * Every environment variable the server reads, with its default and meaning, for `--help` and the README.
 * @example ENV_VARS.map((v) => `${v.name}=${v.default}`).join('\n')
 */
export const ENV_VARS: readonly EnvVarDoc[] = [
  NUMBER_VARS[0]!,
  TEXT_VARS[0]!,
  ...TEXT_VARS.slice(1),
  ...NUMBER_VARS.slice(1),
].map(({ name, default: def, description }) => ({ name, default: def, description }));

const LIST_SEPARATOR = /\s*,\s*/;

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item.length > 0);
}

// `name:key`; a name is short and plain so it reads well in logs and cannot be mistaken for a key.
const NAMED_KEY = /^([A-Za-z0-9_.-]{1,64}):(.+)$/s;
const CIDR = /^(.+)\/(\d{1,3})$/;

/**
 * The id a key's saved data is filed under: its name when given, else `key-` and the first 16
 * hex digits of its SHA-256, so neither the database nor the log ever holds the key.
 * @example apiKeyId('s3cret') // 'key-2bb80d537b1da3e3'
 */
export function apiKeyId(key: string): string {
  return `key-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function readApiKeys(raw: string | undefined): ApiKey[] {
  const keys = splitList(raw).map((entry): ApiKey => {
    const named = NAMED_KEY.exec(entry);
    return named ? { id: named[1]!, key: named[2]! } : { id: apiKeyId(entry), key: entry };
  });
  const seen = new Set<string>();
  for (const { id } of keys) {
    // Two keys filed under one id would see each other's comparisons.
    if (seen.has(id)) throw new RangeError(`WIREDIFF_API_KEYS names "${id}" twice; give each key its own name`);
    seen.add(id);
  }
  return keys;
}

function readTrustedProxies(raw: string | undefined): string[] {
  const entries = splitList(raw);
  for (const entry of entries) {
    const cidr = CIDR.exec(entry);
    const address = cidr ? cidr[1]! : entry;
    const bits = cidr ? Number(cidr[2]) : 0;
    const valid = isIPv4(address) ? bits <= 32 : isIPv6(address) ? bits <= 128 : false;
    if (!valid) throw new RangeError(`WIREDIFF_TRUSTED_PROXIES must list IP addresses or CIDR ranges (10.0.0.0/8, ::1), got "${entry}"`);
  }
  return entries;
}

function readAccessLog(raw: string | undefined): AccessLogTarget {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'off') return { kind: 'off' };
  if (value === '-' || value === 'stdout') return { kind: 'stdout' };
  return { kind: 'file', path: resolve(value) };
}

/**
 * Where the archive lives, by the rule the server and the CLI share: `WIREDIFF_DATABASE_URL`
 * when set, else `archive.sqlite` in `WIREDIFF_DATA_DIR` (default `./data`), so that
 * `wirediff archive add` fills the archive `npm start` serves.
 * @example archiveLocation({}) // '/path/to/cwd/data/archive.sqlite'
 * @example archiveLocation({ WIREDIFF_DATABASE_URL: 'postgres://127.0.0.1/test' }) // 'postgres://127.0.0.1/test'
 */
export function archiveLocation(env: Record<string, string | undefined> = process.env): string {
  const url = env['WIREDIFF_DATABASE_URL']?.trim();
  if (url) return url;
  return join(resolve(env['WIREDIFF_DATA_DIR']?.trim() || './data'), 'archive.sqlite');
}

/**
 * Read the configuration from environment variables; throws a RangeError naming the variable when one is invalid.
 * @example const config = readConfig(process.env); config.limits.bodyBytes // 5242880
 */
export function readConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const numbers = {} as Record<NumberKey, number>;
  for (const spec of NUMBER_VARS) {
    const raw = env[spec.name]?.trim();
    if (raw === undefined || raw === '') {
      numbers[spec.key] = spec.key === 'workers' ? availableParallelism() : Number(spec.default);
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || (!spec.decimal && !Number.isInteger(value)) || value < spec.min || value > spec.max) {
      throw new RangeError(`${spec.name} must be ${spec.decimal ? 'a number' : 'an integer'} from ${spec.min} to ${spec.max}, got "${raw}"`);
    }
    numbers[spec.key] = value;
  }
  const webDirRaw = env['WIREDIFF_WEB_DIR']?.trim();
  const webDir = webDirRaw === 'none' ? null : webDirRaw ? resolve(webDirRaw) : fileURLToPath(DEFAULT_WEB_DIR);
  return {
    port: numbers.port,
    host: env['HOST']?.trim() || '127.0.0.1',
    dataDir: resolve(env['WIREDIFF_DATA_DIR']?.trim() || './data'),
    archiveUrl: archiveLocation(env),
    apiKeys: readApiKeys(env['WIREDIFF_API_KEYS']),
    corsOrigins: splitList(env['WIREDIFF_CORS_ORIGINS']),
    webDir,
    workers: numbers.workers,
    trustedProxies: readTrustedProxies(env['WIREDIFF_TRUSTED_PROXIES']),
    accessLog: readAccessLog(env['WIREDIFF_ACCESS_LOG']),
    limits: {
      bodyBytes: numbers.bodyBytes,
      documentChars: numbers.documentChars,
      feedBytes: numbers.feedBytes,
      maxDocuments: numbers.maxDocuments,
      docxDecompressedBytes: numbers.docxDecompressedBytes,
      pdfPages: numbers.pdfPages,
      compareTimeBudgetMs: numbers.compareTimeBudgetMs,
      rateLimitPerMinute: numbers.rateLimitPerMinute,
      queueSeconds: numbers.queueSeconds,
    },
  };
}
