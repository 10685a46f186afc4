import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ArchiveDocumentInput, type ArchiveStore, DEFAULT_FINGERPRINT, type PreparedDocument, createArchive, openStore, prepareDocument } from '@wirediff/archive';
import { compare } from '@wirediff/match';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DedupChildResult } from './archive-children.js';
import type { BuildRequest, BuildWorkerData } from './build-worker.js';
import { buildDistractorModel, distractors } from './distractors.js';
import { type MeterFeed, buildMeterFeed } from './meter-feed.js';
import { type DedupEval, type SourcesEval, evaluateDedup, evaluateSources, wireShares } from './meter-eval.js';

/** What one run measures and at which scales. */
export interface ArchiveBenchPlan {
  /** Distractors of the mid scale (the dedup window and the PostgreSQL worker run). */
  mid: number;
  /** Distractors of the large scale (sources latency), 0 to skip. */
  large: number;
  /** Articles of the add-rate run on an empty archive. */
  addRateArticles: number;
  /** Sources queries timed per scale (after a tenth as many warm-ups). */
  queries: number;
  postgres: boolean;
  /** Where archives are built (and reused between runs). */
  dataDir: string;
  postgresUrl: string;
  /** Build archives anew even when a matching one exists. */
  fresh: boolean;
  /** Which parts run (default all): meter, add, mid, pg-mid, large, pg-large. */
  stages: ReadonlySet<ArchiveBenchStage>;
}

/** The parts of the benchmark, in the order they run. */
export const ARCHIVE_BENCH_STAGES = ['meter', 'add', 'mid', 'pg-mid', 'large', 'pg-large'] as const;
/** The flags of `npm run bench:archive`, as `--help` prints them. */
export const ARCHIVE_BENCH_USAGE = `npm run bench:archive -- [flags]
  --quick            smoke run: 2,000 distractors, no 1M scale, 20 queries, 1,000 articles for the add rate
  --mid N            distractors of the dedup window and the PostgreSQL worker run (default 100000)
  --large N          distractors of the latency scale (default 1000000; 0 skips it)
  --queries N        sources calls timed per scale (default 200)
  --add N            articles of the add-rate run (default 10000)
  --no-postgres      SQLite only
  --postgres-url URL PostgreSQL to use (WIREDIFF_BENCH_DATABASE_URL, else postgres://<user>@127.0.0.1:5432/test)
  --data-dir DIR     where archives are built and kept for the next run (default <tmp>/wirediff-archive-bench)
  --fresh            rebuild archives even when matching ones exist
  --stages a,b       run only these parts: meter, add, mid, pg-mid, large, pg-large (default all)
`;

/** One part of the benchmark. */
export type ArchiveBenchStage = (typeof ARCHIVE_BENCH_STAGES)[number];

/** One line of the result table. */
export interface ArchiveBenchRow {
  metric: string;
  value: string;
  target: string;
  result: 'PASS' | 'MISS' | '';
  command: string;
}

/** The compare() reuse share from which a newspaper article counts as sharing text with its wire. */
export const SHARING_SHARE = 0.2;
const SEED = 20_260_301;
const BATCH = 1000;

type Log = (line: string) => void;

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function feedDocuments(feed: MeterFeed): ArchiveDocumentInput[] {
  return feed.items.map(({ story: _story, kind: _kind, ...doc }) => doc);
}

function meterDays(feed: MeterFeed): string[] {
  return [...new Set(feed.items.map((item) => item.publishedAt.slice(0, 10)))].sort();
}

async function addAll(store: ArchiveStore, documents: Iterable<ArchiveDocumentInput>, log: Log, label: string): Promise<{ articles: number; wallMs: number; cpuMs: number }> {
  const archive = createArchive({ store });
  const started = performance.now();
  const cpu = process.cpuUsage();
  let batch: ArchiveDocumentInput[] = [];
  let articles = 0;
  let lastLog = started;
  for (const doc of documents) {
    batch.push(doc);
    if (batch.length === BATCH) {
      await archive.add(batch);
      articles += batch.length;
      batch = [];
      if (performance.now() - lastLog > 30_000) {
        lastLog = performance.now();
        log(`${label}: ${articles} articles, ${(articles / ((lastLog - started) / 1000)).toFixed(0)}/s`);
      }
    }
  }
  if (batch.length > 0) {
    await archive.add(batch);
    articles += batch.length;
  }
  const used = process.cpuUsage(cpu);
  return { articles, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** Worker threads that write and fingerprint distractors while the main thread stores them. */
export const BUILD_THREADS = 2;
const BUILD_WORKER = new URL('./build-worker.js', import.meta.url);

/**
 * METER's texts planted among `count` distractors (a METER text after every count/1715
 * distractors, on METER's own days), the distractors made and fingerprinted in worker threads:
 * building a million articles is mostly that work.
 */
async function buildScaled(store: ArchiveStore, feed: MeterFeed, count: number, log: Log, label: string): Promise<{ articles: number; wallMs: number; cpuMs: number }> {
  const meter = feedDocuments(feed);
  const every = Math.max(1, Math.floor(count / Math.max(1, meter.length)));
  const data: BuildWorkerData = { texts: feed.items.map((item) => item.text), days: meterDays(feed), seed: SEED };
  const workers = Array.from({ length: BUILD_THREADS }, () => new Worker(BUILD_WORKER, { workerData: data }));
  const pending = new Map<number, (prepared: PreparedDocument[]) => void>();
  for (const worker of workers) worker.on('message', (message: { batch: number; prepared: PreparedDocument[] }) => pending.get(message.batch)?.(message.prepared));
  const batches = Math.ceil(count / BATCH);
  // Emptied as each batch is stored: holding the settled promises kept every article's text in
  // memory, and the 1M build ran out of heap at 475k articles.
  const requested: Array<Promise<PreparedDocument[]> | undefined> = [];
  const request = (batch: number): void => {
    const message: BuildRequest = { batch, from: batch * BATCH, count: Math.min(BATCH, count - batch * BATCH) };
    requested[batch] = new Promise((resolve) => pending.set(batch, resolve));
    workers[batch % workers.length]!.postMessage(message);
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  let next = 0;
  let articles = 0;
  let lastLog = started;
  for (let b = 0; b < Math.min(batches, BUILD_THREADS * 2); b += 1) request(b);
  for (let b = 0; b < batches; b += 1) {
    const prepared = await requested[b]!;
    requested[b] = undefined;
    pending.delete(b);
    if (b + BUILD_THREADS * 2 < batches) request(b + BUILD_THREADS * 2);
    const from = b * BATCH;
    for (let made = from + 1; made <= from + prepared.length; made += 1) {
      if (made % every === 0 && next < meter.length) prepared.push(prepareDocument(meter[next++]!, 0, DEFAULT_FINGERPRINT, 0));
    }
    if (b === batches - 1) while (next < meter.length) prepared.push(prepareDocument(meter[next++]!, 0, DEFAULT_FINGERPRINT, 0));
    await store.put('default', prepared);
    articles += prepared.length;
    if (performance.now() - lastLog > 30_000) {
      lastLog = performance.now();
      log(`${label}: ${articles} articles, ${(articles / ((lastLog - started) / 1000)).toFixed(0)}/s`);
    }
  }
  for (const worker of workers) worker.postMessage(null);
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.on('exit', resolve))));
  const used = process.cpuUsage(cpu);
  return { articles, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** A SQLite archive of METER plus `count` distractors, built once and reused while it matches. */
async function sqliteArchive(plan: ArchiveBenchPlan, feed: MeterFeed, count: number, log: Log): Promise<{ path: string; build: Awaited<ReturnType<typeof addAll>> | null }> {
  const path = join(plan.dataDir, `archive-${count}.sqlite`);
  const expected = count + feed.items.length;
  if (!plan.fresh && existsSync(path)) {
    const store = await openStore(path);
    const { documents } = await store.stats('default');
    await store.close();
    if (documents === expected) return { path, build: null };
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const store = await openStore(path);
  log(`building ${path} (${expected} articles)`);
  const build = await buildScaled(store, feed, count, log, `sqlite ${count}`);
  await store.close();
  return { path, build };
}

function pgSchema(count: number): string {
  return `wirediff_bench_${count}`;
}

async function postgresArchive(plan: ArchiveBenchPlan, feed: MeterFeed, count: number, log: Log): Promise<{ schema: string; build: Awaited<ReturnType<typeof addAll>> | null }> {
  const schema = pgSchema(count);
  const expected = count + feed.items.length;
  if (!plan.fresh) {
    const store = await openStore(plan.postgresUrl, { schema });
    const { documents } = await store.stats('default');
    await store.close();
    if (documents === expected) return { schema, build: null };
  }
  const client = new pg.Client({ connectionString: plan.postgresUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
  const store = await openStore(plan.postgresUrl, { schema });
  log(`building PostgreSQL schema ${schema} (${expected} articles)`);
  const build = await buildScaled(store, feed, count, log, `postgres ${count}`);
  await store.close();
  // Fresh partitions have no statistics until autovacuum comes round; the planner needs them.
  const analyze = new pg.Client({ connectionString: plan.postgresUrl });
  await analyze.connect();
  await analyze.query(`ANALYZE ${schema}.archive_anchors; ANALYZE ${schema}.archive_documents; ANALYZE ${schema}.archive_ids`);
  await analyze.end();
  return { schema, build };
}

/** Sources latency over METER newspaper articles that share text, warm, verification included. */
async function sourcesLatency(store: ArchiveStore, feed: MeterFeed, sharing: readonly string[], queries: number): Promise<{ p50: number; p99: number; mean: number; n: number }> {
  const archive = createArchive({ store });
  const byId = new Map(feed.items.map((item) => [item.id, item]));
  const picks = Array.from({ length: queries + Math.ceil(queries / 10) }, (_, i) => byId.get(sharing[(i * 7) % sharing.length]!)!);
  const times: number[] = [];
  for (const [i, article] of picks.entries()) {
    const started = performance.now();
    await archive.sources({ text: article.text, publishedAt: article.publishedAt }, { before: article.publishedAt, excludeId: article.id });
    if (i >= picks.length - queries) times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), mean: times.reduce((a, b) => a + b, 0) / times.length, n: times.length };
}

function sqliteIndexBytes(path: string): { anchors: number; documents: number; file: number } {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as Array<{ name: string; bytes: number }>;
    const sum = (test: (name: string) => boolean) => rows.filter((r) => test(r.name)).reduce((total, r) => total + r.bytes, 0);
    return { anchors: sum((name) => name === 'archive_anchors'), documents: sum((name) => name.startsWith('archive_documents') || name.startsWith('sqlite_autoindex_archive_documents')), file: statSync(path).size };
  } finally {
    db.close();
  }
}

async function postgresIndexBytes(url: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ bytes: string }>(
      `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname LIKE 'archive_anchors_d%'`,
      [schema],
    );
    return Number(result.rows[0]!.bytes);
  } finally {
    await client.end();
  }
}

const CHILD = fileURLToPath(new URL('./archive-children.js', import.meta.url));

function runChild(args: readonly string[]): { done: Promise<number | null>; kill: () => void; ready: Promise<void> } {
  const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) markReady();
  });
  return { done: new Promise((resolve) => child.on('exit', resolve)), kill: () => child.kill('SIGTERM'), ready };
}

async function dedupInChild(url: string, schema: string | null, verify: string, dataDir: string, helpers = 0): Promise<DedupChildResult> {
  const out = join(dataDir, `dedup-${process.pid}-${Date.now()}.json`);
  const workers = Array.from({ length: helpers }, () => runChild(['worker', url, schema!]));
  await Promise.all(workers.map((w) => w.ready));
  try {
    const code = await runChild(['dedup', url, schema ?? '-', verify, out]).done;
    if (code !== 0) throw new Error(`dedup child exited with ${String(code)}`);
    return JSON.parse(readFileSync(out, 'utf8')) as DedupChildResult;
  } finally {
    for (const worker of workers) worker.kill();
    await Promise.all(workers.map((w) => w.done));
    rmSync(out, { force: true });
  }
}

function row(metric: string, value: string, target: string, pass: boolean | null, command: string): ArchiveBenchRow {
  return { metric, value, target, result: pass === null ? '' : pass ? 'PASS' : 'MISS', command };
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (n: number): string => n.toFixed(3);

/**
 * Runs the archive benchmark: METER quality, add rate, sources latency at two scales on
 * SQLite (and PostgreSQL), index size, dedup of the mid-scale window and the worker speed-up.
 * @example await runArchiveBench(plan, console.error)
 */
export async function runArchiveBench(plan: ArchiveBenchPlan, log: Log, command: string): Promise<{ rows: ArchiveBenchRow[]; notes: string[] }> {
  mkdirSync(plan.dataDir, { recursive: true });
  const rows: ArchiveBenchRow[] = [];
  const notes: string[] = [];
  log('reading METER');
  const feed = buildMeterFeed();
  const labels = new Map(feed.items.map((item) => [item.id, item]));
  const shares = wireShares(feed, compare);
  const sharingIds = [...shares].filter(([, share]) => share >= SHARING_SHARE).map(([id]) => id);
  const sharing = new Set(sharingIds);

  const model = buildDistractorModel(feed.items.map((item) => item.text));
  const on = (stage: ArchiveBenchStage): boolean => plan.stages.has(stage);

  // 1. METER alone: the quality targets.
  if (on('meter')) {
    log('METER alone: sources and dedup');
    const meterPath = join(plan.dataDir, 'archive-meter.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${meterPath}${suffix}`, { force: true });
    const meterStore = await openStore(meterPath);
    await addAll(meterStore, feedDocuments(feed), log, 'meter');
    const meterSources = await evaluateSources(createArchive({ store: meterStore }), feed, shares, { minShare: SHARING_SHARE });
    const meterDedup = evaluateDedup(await createArchive({ store: meterStore }).dedup(), labels, sharing);
    await meterStore.close();
    pushQuality(rows, notes, 'METER alone', meterSources, meterDedup, command);
    writeMisses(plan.dataDir, 'meter', meterSources, labels, shares);
    notes.push(`METER: ${feed.items.length} texts of ${feed.stories} stories; ${meterSources.sharing} newspaper articles share text with their wire (compare reused share >= ${SHARING_SHARE}), ${meterSources.notSharing} do not; misses listed in ${join(plan.dataDir, 'meter-misses.txt')}`);
  }

  // 2. Add rate on an empty archive, 600-word articles.
  if (on('add')) {
    const addPath = join(plan.dataDir, 'archive-add-rate.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${addPath}${suffix}`, { force: true });
    const documents = [...distractors(model, { count: plan.addRateArticles, days: meterDays(feed), seed: SEED + 1 })];
    const addStore = await openStore(addPath);
    const add = await addAll(addStore, documents, log, 'add rate');
    await addStore.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${addPath}${suffix}`, { force: true });
    const addRate = add.articles / (add.wallMs / 1000);
    rows.push(row(`add, ${fmt(plan.addRateArticles)} 600-word articles, SQLite (wall; per CPU-second ${fmt(add.articles / (add.cpuMs / 1000))})`, `${fmt(addRate)} articles/s`, '>= 1,000 articles/s', addRate >= 1000, command));
  }

  // 3. The mid scale on SQLite: build, index size, sources, dedup window.
  if (on('mid')) {
    const mid = await sqliteArchive(plan, feed, plan.mid, log);
    if (mid.build !== null) notes.push(`built SQLite ${fmt(mid.build.articles)} articles at ${fmt(mid.build.articles / (mid.build.wallMs / 1000))}/s wall, ${fmt(mid.build.articles / (mid.build.cpuMs / 1000))}/s per CPU-second`);
    await scaleRows(rows, notes, plan, feed, shares, sharingIds, mid.path, plan.mid, log, command);
    log(`dedup of the ${fmt(plan.mid)}-distractor window (SQLite, child process)`);
    const dedup = await dedupInChild(mid.path, null, 'borderline', plan.dataDir);
    const windowEval = evaluateDedup({ clusters: dedup.clusters.map((c) => ({ origin: c.origin, members: c.members.map((id) => ({ id })) })) }, labels, sharing);
    rows.push(row(`dedup of a ${fmt(dedup.documents)}-article window, SQLite (wall; CPU ${fmt(dedup.cpuMs / 1000, 1)} s)`, `${fmt(dedup.wallMs / 1000, 1)} s`, '<= 60 s', dedup.wallMs <= 60_000, command));
    rows.push(row('same, peak RSS', `${fmt(dedup.maxRssMb)} MB`, '<= 1,024 MB', dedup.maxRssMb <= 1024, command));
    rows.push(row('same window: METER purity; distractors clustered / distractor-only clusters', `${ratio(windowEval.purity)}; ${windowEval.clusteredDistractors} / ${windowEval.distractorOnlyClusters}`, '>= 0.95; ~0 / 0', windowEval.purity >= 0.95, command));
    notes.push(`dedup window phases (ms): candidates ${fmt(dedup.phasesMs.candidates)}, verify ${fmt(dedup.phasesMs.verify)} (${fmt(dedup.verifiedPairs)} of ${fmt(dedup.candidatePairs)} candidate pairs verified with compare()), cluster ${fmt(dedup.phasesMs.cluster)}`);
  }

  // 4. PostgreSQL at the mid scale: sources, index size, dedup with 1 and 2 workers.
  if (plan.postgres && on('pg-mid')) {
    const pgMid = await postgresArchive(plan, feed, plan.mid, log);
    if (pgMid.build !== null) notes.push(`built PostgreSQL ${fmt(pgMid.build.articles)} articles at ${fmt(pgMid.build.articles / (pgMid.build.wallMs / 1000))}/s wall`);
    rows.push(...(await postgresScaleRows(plan, feed, sharingIds, pgMid.schema, plan.mid + feed.items.length, command)));
    for (const verify of ['borderline', 'all'] as const) {
      log(`PostgreSQL dedup (verify ${verify}) with 1 and 2 workers`);
      const one = await dedupInChild(plan.postgresUrl, pgMid.schema, verify, plan.dataDir, 0);
      const two = await dedupInChild(plan.postgresUrl, pgMid.schema, verify, plan.dataDir, 1);
      const same = JSON.stringify(one.clusters) === JSON.stringify(two.clusters);
      rows.push(
        row(
          `PostgreSQL dedup, verify ${verify} (${fmt(one.verifiedPairs)} pairs verified): 1 vs 2 worker processes, verify phase`,
          `${fmt(one.phasesMs.verify / 1000, 1)} s vs ${fmt(two.phasesMs.verify / 1000, 1)} s = ${(one.phasesMs.verify / Math.max(1, two.phasesMs.verify)).toFixed(2)}x; whole run ${fmt(one.wallMs / 1000, 1)} s vs ${fmt(two.wallMs / 1000, 1)} s${same ? '' : '; CLUSTERS DIFFER'}`,
          'speed-up reported',
          same ? null : false,
          command,
        ),
      );
    }
  }

  // 5. The large scale: sources latency on both backends.
  if (plan.large > 0) {
    if (on('large')) {
      const large = await sqliteArchive(plan, feed, plan.large, log);
      if (large.build !== null) notes.push(`built SQLite ${fmt(large.build.articles)} articles at ${fmt(large.build.articles / (large.build.wallMs / 1000))}/s wall, ${fmt(large.build.articles / (large.build.cpuMs / 1000))}/s per CPU-second`);
      await scaleRows(rows, notes, plan, feed, shares, sharingIds, large.path, plan.large, log, command, true);
    }
    if (plan.postgres && on('pg-large')) {
      const pgLarge = await postgresArchive(plan, feed, plan.large, log);
      if (pgLarge.build !== null) notes.push(`built PostgreSQL ${fmt(pgLarge.build.articles)} articles at ${fmt(pgLarge.build.articles / (pgLarge.build.wallMs / 1000))}/s wall`);
      rows.push(...(await postgresScaleRows(plan, feed, sharingIds, pgLarge.schema, plan.large + feed.items.length, command)));
    }
  }
  return { rows, notes };
}

/** Sources latency and anchor bytes of one PostgreSQL archive. */
async function postgresScaleRows(plan: ArchiveBenchPlan, feed: MeterFeed, sharingIds: readonly string[], schema: string, total: number, command: string): Promise<ArchiveBenchRow[]> {
  const store = await openStore(plan.postgresUrl, { schema });
  const latency = await sourcesLatency(store, feed, sharingIds, plan.queries);
  await store.close();
  const bytes = await postgresIndexBytes(plan.postgresUrl, schema);
  return [
    row(`sources at ${fmt(total)} articles, PostgreSQL, warm, verified (n=${latency.n})`, `p50 ${fmt(latency.p50, 1)} ms, p99 ${fmt(latency.p99, 1)} ms`, 'measured', null, command),
    row(`anchors on disk, PostgreSQL (table + index), at ${fmt(total)}`, `${fmt(bytes / total)} B/article`, 'measured', null, command),
  ];
}

async function scaleRows(
  rows: ArchiveBenchRow[],
  notes: string[],
  plan: ArchiveBenchPlan,
  feed: MeterFeed,
  shares: Map<string, number>,
  sharingIds: readonly string[],
  path: string,
  count: number,
  log: Log,
  command: string,
  isTarget = false,
): Promise<void> {
  const total = count + feed.items.length;
  log(`sources at ${fmt(total)} articles (SQLite)`);
  const store = await openStore(path);
  const latency = await sourcesLatency(store, feed, sharingIds, plan.queries);
  const recall = await evaluateSources(createArchive({ store }), feed, shares, { minShare: SHARING_SHARE });
  await store.close();
  rows.push(
    row(
      `sources at ${fmt(total)} articles, SQLite, warm, verified (n=${latency.n})`,
      `p50 ${fmt(latency.p50, 1)} ms, p99 ${fmt(latency.p99, 1)} ms`,
      isTarget ? 'p50 <= 20 ms, p99 <= 100 ms' : '(target at 1M)',
      isTarget ? latency.p50 <= 20 && latency.p99 <= 100 : null,
      command,
    ),
  );
  rows.push(row(`METER sources top-3 recall among ${fmt(count)} distractors`, `${ratio(recall.top3 / recall.sharing)} (${recall.top3}/${recall.sharing})`, '>= 0.95', recall.top3 / recall.sharing >= 0.95, command));
  const bytes = sqliteIndexBytes(path);
  rows.push(row(`anchor index on disk, SQLite, at ${fmt(total)}`, `${fmt(bytes.anchors / total)} B/article`, '<= 4,096 B/article', bytes.anchors / total <= 4096, command));
  notes.push(`SQLite file at ${fmt(total)}: ${fmt(bytes.file / total)} B/article in all (texts ${fmt(bytes.documents / total)} B/article)`);
}

function pushQuality(rows: ArchiveBenchRow[], notes: string[], scope: string, sources: SourcesEval, dedup: DedupEval, command: string): void {
  const recall = sources.top3 / sources.sharing;
  rows.push(row(`${scope}: sources, a PA take of the article's own story in the top 3 (articles sharing text)`, `${ratio(recall)} (${sources.top3}/${sources.sharing}; top 1 ${ratio(sources.top1 / sources.sharing)})`, '>= 0.95', recall >= 0.95, command));
  rows.push(row(`${scope}: dedup, per-story purity of clusters`, `${ratio(dedup.purity)} (${dedup.clusters} clusters, ${dedup.clusteredDocuments} texts)`, '>= 0.95', dedup.purity >= 0.95, command));
  notes.push(
    `${scope} dedup: ${ratio(dedup.completeness)} of sharing articles sit in their story's main cluster; origin is a PA take in ${dedup.originIsWire} of ${dedup.clustersWithWire} clusters holding one; ${dedup.impure.length} clusters mix stories (largest: ${dedup.impure
      .slice(0, 4)
      .map((c) => Object.keys(c.stories).join(' + '))
      .join('; ')})`,
  );
}

function writeMisses(dir: string, name: string, sources: SourcesEval, labels: Map<string, { text: string }>, shares: Map<string, number>): void {
  const lines = sources.misses.map((miss) => `${miss.id}\twire share ${(shares.get(miss.id) ?? 0).toFixed(2)}\trank ${miss.rank ?? '-'}\t${labels.get(miss.id)!.text.slice(0, 160).replace(/\s+/gu, ' ')}`);
  writeFileSync(join(dir, `${name}-misses.txt`), `${lines.join('\n')}\n`);
}
