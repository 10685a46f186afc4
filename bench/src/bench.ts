// `npm run bench` (node --expose-gc dist/bench.js [--quick]): wirediff's speed and memory
// figures on METER wire copy beside DESIGN.md's targets.
import { arch, cpus, platform } from 'node:os';
import { parseArgs } from 'node:util';
import { benchPlan, benchRows, formatBenchTable, runBenchmarks } from './speed/run-benchmarks.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick ?? false;
if (!(globalThis as { gc?: unknown }).gc) process.stderr.write('note: run with node --expose-gc for steadier timings\n');
const started = Date.now();
const result = await runBenchmarks(benchPlan({ quick }), { log: (line) => process.stderr.write(`… ${line}\n`) });
const rows = benchRows(result);
process.stdout.write(`wirediff benchmarks${quick ? ' (--quick smoke run)' : ''}: METER wire vs newspaper copy\n`);
process.stdout.write(`node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}\n\n`);
process.stdout.write(`${formatBenchTable(rows)}\n\n`);
const misses = rows.filter((row) => row.result === 'MISS').length;
process.stdout.write(`${rows.filter((row) => row.result === 'PASS').length} targets met, ${misses} missed; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
