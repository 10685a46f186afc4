import { dayText, instantOf } from '../days.js';
import type { ArchiveStore, CandidatePair, DocumentMeta, VerificationResult } from '../store/archive-store.js';
import type { DedupCluster, DedupMember, DedupOptions, DedupResult } from '../types.js';
import { type CompareFunction, runVerificationWorker, verifyTask } from '../verify.js';
import { readDay } from '../validate.js';
import { UnionFind } from './union-find.js';

/** Thresholds of the dedup decision (measured on METER; see the package README). */
export interface DedupThresholds {
  /** Pairs must share at least this many anchors to be considered. */
  minShared: number;
  /** Containment of the smaller document (shared / its anchors) from which a pair is the same text without verifying. */
  accept: number;
  /** Containment below which a pair is not the same text without verifying. */
  reject: number;
  /** A verified pair is the same text when compare() finds at least this share of either side reused. */
  verifiedShare: number;
}

/**
 * The thresholds used unless an archive is given others. `verifiedShare` is 0.4: at 0.3,
 * verified pairs joined one trial's reports from different days (PA repeats its background
 * paragraphs) and METER's per-story purity was 0.931; 0.35 gave 0.950, 0.4 0.954, 0.5 0.959,
 * with completeness 0.676, 0.672 and 0.654 (bench:archive, METER stage).
 */
export const DEFAULT_DEDUP_THRESHOLDS: DedupThresholds = Object.freeze({ minShared: 3, accept: 0.3, reject: 0.08, verifiedShare: 0.4 });

/** Settings `dedup` runs with, fixed per archive. */
export interface DedupContext {
  store: ArchiveStore;
  namespace: string;
  compare: CompareFunction;
  dfCap: number;
  thresholds: DedupThresholds;
  /** Pairs per queued batch on PostgreSQL. */
  batchSize: number;
}

type Decision = 'accept' | 'reject' | 'verify';

function decide(pair: CandidatePair, metas: Map<number, DocumentMeta>, thresholds: DedupThresholds, verify: NonNullable<DedupOptions['verify']>): Decision {
  const smaller = Math.min(metas.get(pair.a)?.anchorCount ?? 0, metas.get(pair.b)?.anchorCount ?? 0);
  const containment = smaller === 0 ? 0 : pair.shared / smaller;
  if (verify === 'all') return 'verify';
  if (verify === 'none') return containment >= (thresholds.accept + thresholds.reject) / 2 ? 'accept' : 'reject';
  if (containment >= thresholds.accept) return 'accept';
  if (containment < thresholds.reject) return 'reject';
  return 'verify';
}

/**
 * Clusters of the window's articles that carry the same text. Candidate pairs come from shared
 * anchors (the store's query, with the df cap); pairs whose anchor containment decides are
 * accepted or rejected outright, the rest verified with compare() (in this process on SQLite;
 * through the database's queue on PostgreSQL, where other worker processes help); accepted
 * pairs are joined transitively.
 * @example await runDedup(context, { since: '2000-01-27', until: '2000-01-27' })
 */
export async function runDedup(context: DedupContext, options: DedupOptions = {}): Promise<DedupResult> {
  const { store, namespace, thresholds } = context;
  const verify = options.verify ?? 'borderline';
  if (!['borderline', 'all', 'none'].includes(verify)) throw new RangeError(`dedup: options.verify must be 'borderline', 'all' or 'none', got ${JSON.stringify(verify)}`);
  let since = readDay(options.since, 'dedup: options.since');
  let until = readDay(options.until, 'dedup: options.until');
  if (since === undefined || until === undefined) {
    const stats = await store.stats(namespace);
    since ??= stats.firstDay === null ? 0 : readDay(stats.firstDay, 'dedup')!;
    until ??= stats.lastDay === null ? 0 : readDay(stats.lastDay, 'dedup')!;
  }
  if (until < since) throw new RangeError(`dedup: options.until (${dayText(until)}) is before options.since (${dayText(since)})`);
  const progress = options.onProgress;
  const metas = new Map((await store.window(namespace, since, until)).map((meta) => [meta.key, meta]));
  progress?.({ phase: 'candidates', done: 0, total: metas.size });
  const pairs = await store.candidatePairs(namespace, since, until, { dfCap: context.dfCap, minShared: thresholds.minShared });
  progress?.({ phase: 'candidates', done: metas.size, total: metas.size });
  const accepted: CandidatePair[] = [];
  const toVerify: CandidatePair[] = [];
  for (const pair of pairs) {
    const decision = decide(pair, metas, thresholds, verify);
    if (decision === 'accept') accepted.push(pair);
    else if (decision === 'verify') toVerify.push(pair);
  }
  const results = await verifyPairs(context, toVerify, (done) => progress?.({ phase: 'verify', done, total: toVerify.length }));
  for (const result of results) {
    if (Math.max(result.shareA, result.shareB) >= thresholds.verifiedShare) accepted.push({ a: result.a, b: result.b, shared: 0 });
  }
  progress?.({ phase: 'cluster', done: 0, total: accepted.length });
  const clusters = await buildClusters(store, namespace, metas, accepted);
  progress?.({ phase: 'cluster', done: accepted.length, total: accepted.length });
  return { documents: metas.size, candidatePairs: pairs.length, verifiedPairs: results.length, clusters };
}

async function verifyPairs(context: DedupContext, pairs: readonly CandidatePair[], onDone: (done: number) => void): Promise<VerificationResult[]> {
  if (pairs.length === 0) return [];
  const { store, namespace } = context;
  const queue = store.queue;
  if (queue === undefined) {
    const results: VerificationResult[] = [];
    const step = 256;
    for (let i = 0; i < pairs.length; i += step) {
      const part = pairs.slice(i, i + step);
      const texts = new Map((await store.getByKeys(namespace, [...new Set(part.flatMap((p) => [p.a, p.b]))])).map((doc) => [doc.key, doc.text]));
      for (const pair of part) {
        results.push(verifyTask(context.compare, { a: pair.a, b: pair.b, textA: texts.get(pair.a) ?? '', textB: texts.get(pair.b) ?? '' }));
      }
      onDone(results.length);
    }
    return results;
  }
  // This process is one worker among any others started on the queue; when no batch is free
  // it waits for the batches others hold (a batch whose worker died comes back free).
  const run = await queue.enqueue(namespace, pairs, context.batchSize);
  try {
    let done = 0;
    for (;;) {
      await runVerificationWorker({ queue, compare: context.compare, run, onBatch: ({ pairs: n }) => onDone((done += n)) });
      if ((await queue.remaining(run)) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return await queue.results(run);
  } finally {
    await queue.drop(run);
  }
}

async function buildClusters(store: ArchiveStore, namespace: string, metas: Map<number, DocumentMeta>, edges: readonly CandidatePair[]): Promise<DedupCluster[]> {
  const sets = new UnionFind();
  for (const edge of edges) sets.union(edge.a, edge.b);
  const groups = sets.groups().filter((group) => group.length >= 2);
  const anchors = await store.anchorsOf(namespace, groups.flat());
  const clusters = groups.map((group) => describeCluster(group, metas, anchors));
  return clusters.sort((x, y) => y.members.length - x.members.length || (x.origin < y.origin ? -1 : x.origin > y.origin ? 1 : 0));
}

function describeCluster(keys: readonly number[], metas: Map<number, DocumentMeta>, anchors: Map<number, number[]>): DedupCluster {
  // holders: which members hold each anchor. A member's claim to be the origin is how much of
  // each other member it contains, squared and summed: sum over x of (|A_x ∩ A_m| / |A_x|)^2.
  // Squared, so that a wire take holding most of a few copies outranks a long roundup that
  // holds a sentence of every member (a plain sum let such a roundup lead a 33-article METER
  // cluster that had no dates, with 1% of each member in it).
  const holders = new Map<number, number[]>();
  for (const key of keys) {
    for (const hash of anchors.get(key) ?? []) {
      const list = holders.get(hash);
      if (list === undefined) holders.set(hash, [key]);
      else list.push(key);
    }
  }
  const facts = keys.map((key) => {
    const own = anchors.get(key) ?? [];
    let reused = 0;
    const sharedWith = new Map<number, number>();
    for (const hash of own) {
      const list = holders.get(hash)!;
      if (list.length >= 2) reused += 1;
      for (const other of list) if (other !== key) sharedWith.set(other, (sharedWith.get(other) ?? 0) + 1);
    }
    let covers = 0;
    for (const [other, shared] of sharedWith) {
      const contained = shared / (anchors.get(other)?.length ?? 1);
      covers += contained * contained;
    }
    const meta = metas.get(key)!;
    return { key, meta, at: instantOf(meta.publishedAt) ?? Number.POSITIVE_INFINITY, reusedShare: own.length === 0 ? 0 : reused / own.length, covers };
  });
  facts.sort((x, y) => x.at - y.at || y.covers - x.covers || x.key - y.key);
  const origin = facts[0]!;
  const originAnchors = new Set(anchors.get(origin.key) ?? []);
  const members: DedupMember[] = facts.map((fact, index) => {
    const own = anchors.get(fact.key) ?? [];
    const inOrigin = index === 0 ? own.length : own.filter((hash) => originAnchors.has(hash)).length;
    return {
      id: fact.meta.id,
      ...(fact.meta.title === undefined ? {} : { title: fact.meta.title }),
      ...(fact.meta.outlet === undefined ? {} : { outlet: fact.meta.outlet }),
      ...(fact.meta.publishedAt === undefined ? {} : { publishedAt: fact.meta.publishedAt }),
      reusedShare: round(fact.reusedShare),
      containedInOrigin: round(own.length === 0 ? 0 : inOrigin / own.length),
    };
  });
  const [first, ...rest] = members;
  rest.sort((x, y) => (instantOf(x.publishedAt) ?? Number.POSITIVE_INFINITY) - (instantOf(y.publishedAt) ?? Number.POSITIVE_INFINITY) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { origin: origin.meta.id, members: [first!, ...rest] };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
