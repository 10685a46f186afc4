import { compare as matchCompare } from '@wirediff/match';
import { DEFAULT_DEDUP_THRESHOLDS, type DedupThresholds, runDedup } from './dedup/run-dedup.js';
import { dayOf, dayText } from './days.js';
import { type SourcesArticle, findSources } from './sources.js';
import type { ArchiveStore, DocumentWithText } from './store/archive-store.js';
import type { AddResult, ArchiveDocumentInput, ArchiveStats, ArchivedDocument, DedupOptions, DedupResult, SourcesOptions, SourcesResult } from './types.js';
import { prepareDocument, readCount } from './validate.js';
import type { CompareFunction } from './verify.js';

/** The namespace the CLI and a server without API keys use. */
export const DEFAULT_NAMESPACE = 'default';

/** Anchors held by more documents than this are boilerplate (measured on METER with distractors; see README). */
export const DEFAULT_DF_CAP = 100;

/** Options of `createArchive`. */
export interface ArchiveOptions {
  /** Where documents live: `openStore(url)`. */
  store: ArchiveStore;
  /** The tenant every operation is scoped to (default `DEFAULT_NAMESPACE`); the API passes its key's id. */
  namespace?: string;
  /** The comparison engine that verifies candidates (default: `compare` from @wirediff/match). */
  compare?: CompareFunction;
  /** Anchors in more documents than this are boilerplate (default `DEFAULT_DF_CAP`). */
  dfCap?: number;
  /** Dedup decision thresholds (default `DEFAULT_DEDUP_THRESHOLDS`). */
  dedupThresholds?: Partial<DedupThresholds>;
  /** Pairs per queued verification batch on PostgreSQL (default 64). */
  batchSize?: number;
  /** The clock that files documents without `publishedAt` (default: now). */
  now?: () => Date;
}

/** One namespace's archive: add, look up, find sources, deduplicate. */
export interface Archive {
  readonly namespace: string;
  /** Store articles (idempotent by id; atomic per call; durable once resolved). */
  add(documents: readonly ArchiveDocumentInput[]): Promise<AddResult>;
  /** One archived article with its text, or null. */
  get(id: string): Promise<ArchivedDocument | null>;
  /** Whether an article was removed. */
  remove(id: string): Promise<boolean>;
  /** Remove every article filed on a day before `olderThan`'s day; returns how many. */
  evict(olderThan: string | Date): Promise<number>;
  /** Earlier articles the given one shares text with, ranked, the best verified with compare(). */
  sources(article: string | SourcesArticle, options?: SourcesOptions): Promise<SourcesResult>;
  /** Clusters of the window's articles that carry the same text. */
  dedup(options?: DedupOptions): Promise<DedupResult>;
  stats(): Promise<ArchiveStats>;
}

function toArchived(doc: DocumentWithText): ArchivedDocument {
  return {
    id: doc.id,
    text: doc.text,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.outlet === undefined ? {} : { outlet: doc.outlet }),
    ...(doc.publishedAt === undefined ? {} : { publishedAt: doc.publishedAt }),
    addedAt: doc.addedAt,
    day: dayText(doc.day),
    words: doc.words,
    anchors: doc.anchorCount,
  };
}

/**
 * An archive over a store, scoped to one namespace. Nothing here prints or reads the
 * environment: the store, the namespace and the engine are passed in.
 * @example
 * const store = await openStore('./data/archive.sqlite');
 * const archive = createArchive({ store, namespace: 'newsroom' });
 * await archive.add([{ id: 'pa-1', text: wireCopy, publishedAt: '2024-03-01T07:05:00Z' }]);
 * const { hits } = await archive.sources(article);
 */
export function createArchive(options: ArchiveOptions): Archive {
  const { store } = options;
  if (typeof store !== 'object' || store === null || typeof store.put !== 'function') throw new TypeError('createArchive: options.store must be an ArchiveStore (from openStore)');
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  if (typeof namespace !== 'string' || namespace === '' || namespace.length > 256) throw new RangeError('createArchive: options.namespace must be a string of 1 to 256 characters');
  const compare = options.compare ?? matchCompare;
  if (typeof compare !== 'function') throw new TypeError('createArchive: options.compare must be a function');
  const dfCap = readCount(options.dfCap, DEFAULT_DF_CAP, 1, 100_000, 'createArchive: options.dfCap');
  const batchSize = readCount(options.batchSize, 64, 1, 100_000, 'createArchive: options.batchSize');
  const thresholds = { ...DEFAULT_DEDUP_THRESHOLDS, ...options.dedupThresholds };
  const now = options.now ?? (() => new Date());

  return {
    namespace,
    async add(documents) {
      if (!Array.isArray(documents)) throw new TypeError(`add: documents must be an array, got ${documents === null ? 'null' : typeof documents}`);
      const today = Math.floor(now().getTime() / 86_400_000);
      const prepared = documents.map((doc, index) => prepareDocument(doc, index, store.fingerprint, today));
      return store.put(namespace, prepared);
    },
    async get(id) {
      if (typeof id !== 'string') throw new TypeError(`get: id must be a string, got ${typeof id}`);
      const [doc] = await store.getByIds(namespace, [id]);
      return doc === undefined ? null : toArchived(doc);
    },
    async remove(id) {
      if (typeof id !== 'string') throw new TypeError(`remove: id must be a string, got ${typeof id}`);
      return store.remove(namespace, id);
    },
    async evict(olderThan) {
      const day = olderThan instanceof Date ? Math.floor(olderThan.getTime() / 86_400_000) : typeof olderThan === 'string' ? dayOf(olderThan) : null;
      if (day === null || !Number.isFinite(day)) throw new RangeError(`evict: olderThan must be a Date or an ISO 8601 date, got ${JSON.stringify(olderThan)}`);
      return store.evict(namespace, day);
    },
    async sources(article, sourceOptions) {
      const input = typeof article === 'string' ? { text: article } : article;
      if (typeof input !== 'object' || input === null || typeof input.text !== 'string') throw new TypeError('sources: article must be a string or { text, publishedAt? }');
      if (input.publishedAt !== undefined && typeof input.publishedAt !== 'string') throw new TypeError('sources: article.publishedAt must be a string');
      return findSources({ store, namespace, compare, dfCap }, input, sourceOptions);
    },
    async dedup(dedupOptions) {
      return runDedup({ store, namespace, compare, dfCap, thresholds, batchSize }, dedupOptions);
    },
    async stats() {
      return store.stats(namespace);
    },
  };
}
