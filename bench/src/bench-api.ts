// `npm run bench:api` (node dist/bench-api.js [--quick] [--queue-seconds S] [--clients N]):
// the built API server over loopback against the engine's own ceiling, measured in one run.
// 1. the engine alone on two ~5 KB METER articles (in this process): the ceiling;
// 2. POST /v1/compare with the same pair from 2 connections per core: requests/s, p50/p99,
//    and the server's CPU per request, main thread and workers apart;
// 3. the HTTP layer alone (two one-sentence documents);
// 4. /v1/health while one 1 MB + 1 MB comparison runs;
// 5. the burst: 64 clients at once, 1 MB per side, against a fresh server: statuses, slowest
//    admitted request, health p50/p99/max, peak RSS;
// 6. the cost model's constants fitted to the engine at several sizes.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runBurst } from './api/burst.js';
import { calibrationPair } from '@wirediff/api';
import { fitCostModel, measureCalibrationShare, measureEngineCeiling, measureParallelEngine, type EngineCeiling } from './api/engine-ceiling.js';
import { percentile, post, probe } from './api/http-client.js';
import { startServerProcess } from './api/server-process.js';
import { measureThroughput, type ThroughputResult } from './api/throughput.js';
import { buildArticlePair, buildSizedPair, loadMeterStoriesFor } from './data/index.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'queue-seconds': { type: 'string' },
    clients: { type: 'string' },
    'skip-fit': { type: 'boolean', default: false },
  },
});
const quick = values.quick ?? false;
const cores = availableParallelism();
const burstClients = Number(values.clients ?? (quick ? 8 : 64));
const burstBytes = quick ? 200_000 : 1_000_000;
// The server and the engine alone take turns, so load from elsewhere that comes and goes during
// the run weighs on both alike; each round is compared with the engine just before and after it.
const rounds = quick ? 1 : 3;
const seconds = quick ? 3 : 5;
const out = (line: string): void => void process.stdout.write(`${line}\n`);
const note = (line: string): void => void process.stderr.write(`… ${line}\n`);
const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const load = (): string => loadavg().map((value) => value.toFixed(1)).join(' ');

out(`wirediff API benchmark${quick ? ' (--quick smoke run)' : ''}: node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cores}; load average ${load()} at start`);

note('reading METER');
const article = buildArticlePair({ bytes: 5_000 });
const big = buildSizedPair({ bytes: burstBytes, stories: loadMeterStoriesFor({ bytes: burstBytes }) });
const compareBody = JSON.stringify({ documents: [{ text: article.wire, outlet: 'PA' }, { text: article.newspaper, outlet: 'Newspapers' }] });
const bigBody = Buffer.from(JSON.stringify({ documents: [{ text: big.wire }, { text: big.newspaper }] }));

const engineTiming = { cores, warmup: quick ? 10 : 50, runs: quick ? 40 : 150 };
note('engine alone');
const engines: EngineCeiling[] = [measureEngineCeiling(article, engineTiming)];

const server = await startServerProcess({ WIREDIFF_MAX_BODY_BYTES: String(8 * 1024 * 1024) });
const rows: Array<{ what: string; figure: string; target: string; result: string }> = [];
try {
  const connections = 2 * cores;
  const runs: ThroughputResult[] = [];
  for (let round = 0; round < rounds; round++) {
    note(`round ${round + 1}/${rounds}: POST /v1/compare for ${seconds} s, then the engine alone`);
    runs.push(await measureThroughput(server, { path: '/v1/compare', body: compareBody, connections, seconds, warmupRequests: round === 0 ? (quick ? 50 : 300) : 0 }));
    engines.push(measureEngineCeiling(article, engineTiming));
  }
  note(`the engine alone on ${cores} threads at once`);
  const parallel = await measureParallelEngine(article, { threads: cores, seconds: quick ? 2 : 5 });

  out('');
  out(`engine alone, two METER articles (${article.wire.length} + ${article.newspaper.length} chars), compare + JSON.stringify in process:`);
  out(`  median ${engines.map((engine) => fixed(engine.medianMs, 2)).join(' / ')} ms (before, between and after the server's rounds); CPU ${engines.map((engine) => fixed(engine.cpuMs, 2)).join(' / ')} ms`);
  out(`  on ${cores} threads at once (no HTTP): ${fixed(parallel.requestsPerSecond, 0)} comparisons/s`);
  out(`POST /v1/compare, same pair, ${connections} connections, ${rounds} x ${seconds} s:`);
  const shares: number[] = [];
  const p99Ratios: number[] = [];
  runs.forEach((run, round) => {
    const engineMedian = (engines[round]!.medianMs + engines[round + 1]!.medianMs) / 2;
    const ceiling = (cores * 1000) / engineMedian;
    shares.push(run.requestsPerSecond / ceiling);
    p99Ratios.push(run.p99Ms / engineMedian);
    out(`  round ${round + 1}: ${fixed(run.requestsPerSecond, 0)} requests/s against a ceiling of ${cores} x 1000 / ${fixed(engineMedian, 2)} ms = ${fixed(ceiling, 0)}: ${fixed((100 * run.requestsPerSecond) / ceiling, 0)}%; ` +
      `p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms = ${fixed(run.p99Ms / engineMedian, 1)} x the engine's median; ${run.requests} requests, non-2xx ${run.non2xx}, errors ${run.errors}; ` +
      `server CPU per request: main thread ${fixed(run.mainCpuMsPerRequest, 3)} ms, other threads ${fixed(run.otherCpuMsPerRequest, 3)} ms`);
  });
  const middle = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const share = middle(shares);
  const p99Ratio = middle(p99Ratios);
  const bestRps = Math.max(...runs.map((run) => run.requestsPerSecond));
  out(`  median of the rounds: ${fixed(100 * share, 0)}% of the ceiling, p99 ${fixed(p99Ratio, 1)} x the engine's median; ` +
    `the best round is ${fixed((100 * bestRps) / parallel.requestsPerSecond, 0)}% of what ${cores} threads do in process without HTTP`);
  rows.push({ what: 'POST /v1/compare, share of the in-process ceiling (median of rounds)', figure: `${fixed(100 * share, 0)}% (${shares.map((value) => fixed(100 * value, 0)).join(', ')})`, target: '>= 80%', result: share >= 0.8 ? 'PASS' : 'MISS' });
  rows.push({ what: "p99 / the engine's median (median of rounds)", figure: `${fixed(p99Ratio, 1)} x (${p99Ratios.map((value) => fixed(value, 1)).join(', ')})`, target: '<= 4 x', result: p99Ratio <= 4 ? 'PASS' : 'MISS' });

  const tiny = JSON.stringify({ documents: [{ text: 'Officials met on Monday.' }, { text: 'Officials met on Monday, he said.' }] });
  const pipeline = await measureThroughput(server, { path: '/v1/compare', body: tiny, connections, seconds: quick ? 2 : 5, warmupRequests: 0 });
  out(`HTTP layer alone (two one-sentence documents): ${fixed(pipeline.requestsPerSecond, 0)} requests/s, p50 ${pipeline.p50Ms} ms, p99 ${pipeline.p99Ms} ms; ` +
    `main thread ${fixed(pipeline.mainCpuMsPerRequest, 3)} ms CPU per request`);

  note(`/v1/health during one ${burstBytes} + ${burstBytes} comparison`);
  const single = post(`${server.url}/v1/compare`, bigBody, 'application/json');
  const during = await probe(`${server.url}/v1/health`, 10, single);
  const answer = await single;
  out(`one ${big.wire.length} + ${big.newspaper.length} character comparison: HTTP ${answer.status} in ${fixed(answer.ms / 1000, 2)} s; ` +
    `/v1/health meanwhile: ${during.latenciesMs.length} answers, p50 ${fixed(percentile(during.latenciesMs, 50), 1)} ms, p99 ${fixed(percentile(during.latenciesMs, 99), 1)} ms, max ${fixed(Math.max(...during.latenciesMs), 1)} ms`);
  const memory = server.memory();
  out(`server RSS ${fixed(memory.rssMb, 0)} MB, peak ${fixed(memory.peakMb, 0)} MB so far`);
} finally {
  await server.stop();
}

// A fresh server, so its peak RSS is the burst's own.
const burstEnv: Record<string, string> = { WIREDIFF_MAX_BODY_BYTES: String(8 * 1024 * 1024) };
if (values['queue-seconds'] !== undefined) burstEnv['WIREDIFF_QUEUE_SECONDS'] = values['queue-seconds'];
const burstServer = await startServerProcess(burstEnv);
try {
  // One comparison first, so the burst meets warm workers and a cost model that has seen this machine.
  await post(`${burstServer.url}/v1/compare`, Buffer.from(compareBody), 'application/json');
  const idle = burstServer.memory();
  note(`burst: ${burstClients} clients at once, ${big.wire.length} + ${big.newspaper.length} characters each`);
  const burst = await runBurst(burstServer, { clients: burstClients, body: bigBody });
  const health = burst.health.latenciesMs;
  const healthMax = Math.max(...health);
  out('');
  out(`burst: ${burstClients} clients at once, each ${big.wire.length} + ${big.newspaper.length} characters (${(bigBody.byteLength / 1e6).toFixed(1)} MB body), ` +
    `WIREDIFF_QUEUE_SECONDS=${values['queue-seconds'] ?? '5 (default)'}, ${cores} workers:`);
  out(`  statuses ${Object.entries(burst.statuses).map(([status, count]) => `${count} x ${status}`).join(', ')}${burst.errors > 0 ? `, ${burst.errors} connection errors` : ''}`);
  out(`  slowest admitted answer ${fixed(burst.slowestAdmittedMs / 1000, 1)} s, slowest 503 ${fixed(burst.slowestRefusedMs / 1000, 2)} s, slowest answer ${fixed(burst.slowestAnswerMs / 1000, 1)} s`);
  out(`  /v1/health meanwhile: ${health.length} answers (${burst.health.failures} failed), p50 ${fixed(percentile(health, 50), 1)} ms, p99 ${fixed(percentile(health, 99), 1)} ms, max ${fixed(healthMax, 1)} ms`);
  out(`  server RSS ${fixed(idle.rssMb, 0)} MB idle before the burst, peak ${fixed(burst.peakRssMb, 0)} MB`);
  rows.push({ what: `slowest answer to ${burstClients} concurrent pairs`, figure: `${fixed(burst.slowestAnswerMs / 1000, 1)} s`, target: '<= 30 s', result: burst.slowestAnswerMs <= 30_000 && burst.errors === 0 ? 'PASS' : 'MISS' });
  rows.push({ what: '/v1/health under the burst, worst case', figure: `${fixed(healthMax, 0)} ms`, target: '<= 100 ms', result: healthMax <= 100 && burst.health.failures === 0 ? 'PASS' : 'MISS' });
  rows.push({ what: 'server peak RSS under the burst', figure: `${fixed(burst.peakRssMb, 0)} MB`, target: 'bounded by admission', result: 'see README' });
} finally {
  await burstServer.stop();
}

if (!(values['skip-fit'] ?? false)) {
  note('cost model: the engine at several sizes');
  const sizes = quick ? [5_000, 50_000] : [5_000, 50_000, 200_000, 1_000_000];
  const fit = fitCostModel(sizes.map((bytes) => (bytes <= 5_000 ? article : buildSizedPair({ bytes, stories: loadMeterStoriesFor({ bytes }) }))));
  out('');
  out(`cost model fit (ms = scale x (characters / 1e6)^exponent): scale ${fixed(fit.msPerMillionChars, 0)} ms per million characters, exponent ${fixed(fit.exponent, 3)}; ` +
    `points ${fit.points.map((p) => `${p.characters} chars ${fixed(p.ms, 1)} ms`).join(', ')}`);
  const share = measureCalibrationShare(calibrationPair(), buildSizedPair({ bytes: 20_000, stories: loadMeterStoriesFor({ bytes: 20_000 }) }), quick ? 1 : 5);
  out(`calibration pair (what each worker times at start) costs ${fixed(share, 2)} of METER copy of the same size (the cost model's calibrationShare)`);
}

out('');
out(`| what | figure | target | result |\n| --- | --- | --- | --- |\n${rows.map((row) => `| ${row.what} | ${row.figure} | ${row.target} | ${row.result} |`).join('\n')}`);
out(`load average ${load()} at the end (figures from a machine shared with other work are noisy)`);
