import autocannon from 'autocannon';
import { cpuBetween, type ServerProcess } from './server-process.js';

/** Sustained load on one route: what autocannon saw and what the server's threads spent. */
export interface ThroughputResult {
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU ms per request on the server's main thread (HTTP, routing, moving bytes) and on all its other threads (the workers). */
  mainCpuMsPerRequest: number;
  otherCpuMsPerRequest: number;
}

/**
 * POST `body` to `path` from `connections` connections for `seconds` (after `warmupRequests`
 * requests that are not counted), measuring the server's CPU per request from /proc.
 * @example await measureThroughput(server, { path: '/v1/compare', body, connections: 4, seconds: 15, warmupRequests: 300 })
 */
export async function measureThroughput(
  server: ServerProcess,
  options: { path: string; body: string; connections: number; seconds: number; warmupRequests: number },
): Promise<ThroughputResult> {
  const target = { url: `${server.url}${options.path}`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: options.body };
  if (options.warmupRequests > 0) await autocannon({ ...target, connections: options.connections, amount: options.warmupRequests });
  const before = server.threadCpuMs();
  const result = await autocannon({ ...target, connections: options.connections, duration: options.seconds, maxOverallRequests: 1_000_000 });
  const { mainMs, otherMs } = cpuBetween(before, server.threadCpuMs(), server.pid);
  const requests = Math.max(1, result.requests.total);
  return {
    connections: options.connections,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    mainCpuMsPerRequest: mainMs / requests,
    otherCpuMsPerRequest: otherMs / requests,
  };
}
