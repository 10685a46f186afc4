// `npm run bench:archive` (node dist/bench-archive.js [flags]): the archive's targets of
// issue 8 — METER source recall and dedup purity, add rate, sources latency at 1M (SQLite and
// PostgreSQL), index size, dedup of a 100k window, PostgreSQL workers 1 vs 2.
// Flags: ARCHIVE_BENCH_USAGE in archive/run-archive-bench.ts (`-- --help` prints them).
import { arch, cpus, loadavg, platform, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_BENCH_STAGES, ARCHIVE_BENCH_USAGE as USAGE, type ArchiveBenchStage, runArchiveBench } from './archive/run-archive-bench.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    mid: { type: 'string' },
    large: { type: 'string' },
    queries: { type: 'string' },
    add: { type: 'string' },
    'no-postgres': { type: 'boolean', default: false },
    'postgres-url': { type: 'string' },
    'data-dir': { type: 'string' },
    fresh: { type: 'boolean', default: false },
    stages: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const quick = values.quick ?? false;
const count = (value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/gu, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`bench:archive: expected a whole number, got ${value}`);
  return n;
};
const plan = {
  mid: count(values.mid, quick ? 2000 : 100_000),
  large: count(values.large, quick ? 0 : 1_000_000),
  queries: Math.max(1, count(values.queries, quick ? 20 : 200)),
  addRateArticles: Math.max(1, count(values.add, quick ? 1000 : 10_000)),
  postgres: !(values['no-postgres'] ?? false),
  postgresUrl: values['postgres-url'] ?? process.env.WIREDIFF_BENCH_DATABASE_URL ?? `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`,
  dataDir: values['data-dir'] ?? join(tmpdir(), 'wirediff-archive-bench'),
  fresh: values.fresh ?? false,
  stages: new Set(
    (values.stages?.split(',') ?? [...ARCHIVE_BENCH_STAGES]).map((stage) => {
      if (!(ARCHIVE_BENCH_STAGES as readonly string[]).includes(stage)) throw new Error(`bench:archive: unknown stage ${stage}; stages are ${ARCHIVE_BENCH_STAGES.join(', ')}`);
      return stage as ArchiveBenchStage;
    }),
  ),
};
const command = `npm run bench:archive${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const started = Date.now();
const load = loadavg()[0]!;
const { rows, notes } = await runArchiveBench(plan, (line) => process.stderr.write(`… ${line}\n`), command);
process.stdout.write(`wirediff archive benchmark${quick ? ' (--quick smoke run)' : ''}: ${command}\n`);
process.stdout.write(`node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}; load average ${load.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (above ${cpus().length} the timings are noisy)\n\n`);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.metric, r.value, r.target][i]!.length), 6));
for (const r of rows) process.stdout.write(`${r.metric.padEnd(widths[0]!)}  ${r.value.padEnd(widths[1]!)}  ${r.target.padEnd(widths[2]!)}  ${r.result}\n`);
process.stdout.write(`\n${notes.map((n) => `- ${n}`).join('\n')}\n\n`);
const misses = rows.filter((r) => r.result === 'MISS').length;
process.stdout.write(`${rows.filter((r) => r.result === 'PASS').length} targets met, ${misses} missed; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
