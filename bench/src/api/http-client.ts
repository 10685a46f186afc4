import { Agent, request } from 'node:http';

/** One answered request. */
export interface Answer {
  status: number;
  /** From sending to the whole response read. */
  ms: number;
  retryAfter: string | null;
}

/**
 * POST `body` (already encoded, so sending costs this process nothing but the socket writes)
 * and read the whole answer. A server that answers before it has read the body (a 503 at once)
 * is an answer, not an error, even if it then closes the connection.
 * @example await post(`${url}/v1/compare`, Buffer.from(json), 'application/json')
 */
export function post(url: string, body: Uint8Array, contentType: string, agent?: Agent): Promise<Answer> {
  const started = performance.now();
  return new Promise<Answer>((resolve, reject) => {
    let answered = false;
    const req = request(url, { method: 'POST', agent: agent ?? false, headers: { 'content-type': contentType, 'content-length': String(body.byteLength) } }, (res) => {
      answered = true;
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null }));
      res.once('error', reject);
    });
    req.once('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

/** Latencies of the GETs a probe made. */
export interface ProbeResult {
  latenciesMs: number[];
  failures: number;
}

/**
 * GET `url` every `intervalMs` over one kept-alive connection until `stop` resolves, timing each
 * answer: how a load balancer sees /v1/health.
 * @example const probe = probe(`${url}/v1/health`, 10, done); (await probe).latenciesMs
 */
export async function probe(url: string, intervalMs: number, stop: Promise<unknown>): Promise<ProbeResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let stopped = false;
  void stop.finally(() => (stopped = true));
  const latenciesMs: number[] = [];
  let failures = 0;
  while (!stopped) {
    const started = performance.now();
    const ok = await new Promise<boolean>((resolve) => {
      const req = request(url, { agent }, (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode === 200));
      });
      req.once('error', () => resolve(false));
      req.end();
    });
    if (ok) latenciesMs.push(performance.now() - started);
    else failures++;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  agent.destroy();
  return { latenciesMs, failures };
}

/**
 * The value at percentile `p` (0..100) of `values` (nearest rank); NaN for none.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
