// `npm run bench:api`: throughput of the real server over loopback.
// 1. POST /v1/compare with two ~5 KB METER articles (PA wire copy vs. newspapers), driven by autocannon;
// 2. /v1/health latency while a 2 MB comparison (two 1 MB documents) runs in a worker.
// Prints requests/s, p50/p99 latency and the server's RSS. Runs the built server (dist) when
// packages are built, else the TypeScript source through tsx (slower start, same code paths).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { decodeWindows1252 } from '@wirediff/text';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const meterDir = fileURLToPath(new URL('../../../../shared/datasets/meter/', import.meta.url));
const STORY = 'courts/27.01.00/wife';
const ARTICLE_CHARS = 5000;
const BIG_DOCUMENT_CHARS = 1_000_000;
const WIRE_NOISE = /^\s*(-{10,}|\d\d:\d\d \d\d\/\d\d\/\d\d:.*)\s*$/;
const LINE_END_MARK = /<\s*$/;

function readMeter(path: string): string {
  return decodeWindows1252(readFileSync(path))
    .split(/\r?\n/)
    .filter((line) => !WIRE_NOISE.test(line))
    .map((line) => line.replace(LINE_END_MARK, ''))
    .join('\n')
    .trim();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function collect(paths: string[], chars: number): string {
  let text = '';
  for (const path of paths) {
    if (text.length >= chars) break;
    text += readMeter(path) + '\n\n';
  }
  return text.slice(0, chars);
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; mode: string }> {
  const built = existsSync(join(apiDir, 'dist/server.js')) && existsSync(join(apiDir, '../../packages/match/dist/index.js'));
  const args = built ? ['dist/server.js'] : ['--conditions=@wirediff/source', '--import', 'tsx', 'src/server.ts'];
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', WIREDIFF_DATA_DIR: dataDir, WIREDIFF_WEB_DIR: 'none', WIREDIFF_RATE_LIMIT_PER_MINUTE: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url, mode: built ? 'dist' : 'source (tsx)' };
}

function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const wire = collect(filesUnder(join(meterDir, 'PA/rawtexts', STORY)), ARTICLE_CHARS);
const papers = collect(filesUnder(join(meterDir, 'newspapers/rawtexts', STORY)).reverse(), ARTICLE_CHARS);
const body = JSON.stringify({ documents: [{ text: wire, outlet: 'PA' }, { text: papers, outlet: 'Newspapers' }] });

const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-bench-'));
const server = await startServer(dataDir);
const pid = server.child.pid!;
try {
  console.log(`server: ${server.url} from ${server.mode}, ${availableParallelism()} cores; articles ${wire.length} + ${papers.length} chars`);
  const compare = { url: `${server.url}/v1/compare`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
  await autocannon({ ...compare, connections: 4, amount: 300 }); // warm-up: JIT, workers started
  // Two requests in flight per worker: each worker always has the next one queued, and more
  // connections would only add queueing time to the latency.
  const connections = 2 * availableParallelism();
  const result = await autocannon({ ...compare, connections, duration: 15, maxOverallRequests: 20_000 });
  const memory = rssMb(pid);
  console.log(`compare, two ~5 KB articles, ${connections} connections: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
    `${result.requests.total} requests, non-2xx ${result.non2xx}, errors ${result.errors}`);
  console.log(`server RSS after the run: ${memory.rss.toFixed(0)} MB (peak ${memory.peak.toFixed(0)} MB)`);

  // What the engine alone costs for the same pair, and what the HTTP layer alone sustains, so a
  // shortfall can be put on the right side.
  const { compare: compareInProcess } = await import('@wirediff/match');
  const engineMs: number[] = [];
  for (let i = 0; i < 250; i++) {
    const t0 = performance.now();
    JSON.stringify(compareInProcess([{ text: wire }, { text: papers }], {}));
    if (i >= 50) engineMs.push(performance.now() - t0);
  }
  engineMs.sort((a, b) => a - b);
  const engineMedian = percentile(engineMs, 50);
  console.log(`engine alone (in-process compare + JSON.stringify, same pair): median ${engineMedian.toFixed(2)} ms -> ceiling ~${((availableParallelism() * 1000) / engineMedian).toFixed(0)} req/s on ${availableParallelism()} cores`);
  const tiny = JSON.stringify({ documents: [{ text: 'Officials met on Monday.' }, { text: 'Officials met on Monday, he said.' }] });
  const pipeline = await autocannon({ ...compare, body: tiny, connections, duration: 5, maxOverallRequests: 20_000 });
  console.log(`HTTP pipeline alone (two one-sentence documents): ${pipeline.requests.average.toFixed(0)} req/s, p50 ${pipeline.latency.p50} ms, p99 ${pipeline.latency.p99} ms`);

  const paFiles = filesUnder(join(meterDir, 'PA/rawtexts'));
  const paperFiles = filesUnder(join(meterDir, 'newspapers/rawtexts'));
  const bigA = collect(paFiles, BIG_DOCUMENT_CHARS);
  const bigB = collect(paperFiles, BIG_DOCUMENT_CHARS);
  const started = performance.now();
  let bigMs = 0;
  let bigStatus = 0;
  const big = fetch(`${server.url}/v1/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [{ text: bigA }, { text: bigB }] }) }).then(async (r) => {
    await r.arrayBuffer();
    bigStatus = r.status;
    bigMs = performance.now() - started;
  });
  const latencies: number[] = [];
  let done = false;
  void big.then(() => (done = true));
  while (!done) {
    const t0 = performance.now();
    const r = await fetch(`${server.url}/v1/health`);
    await r.arrayBuffer();
    latencies.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await big;
  latencies.sort((a, b) => a - b);
  const during = rssMb(pid);
  console.log(`2 MB comparison (${bigA.length} + ${bigB.length} chars): HTTP ${bigStatus} in ${(bigMs / 1000).toFixed(1)} s`);
  console.log(`/v1/health meanwhile: ${latencies.length} requests, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
  console.log(`server RSS: ${during.rss.toFixed(0)} MB (peak ${during.peak.toFixed(0)} MB)`);
} finally {
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
