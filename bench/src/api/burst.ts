import { post, probe, type Answer, type ProbeResult } from './http-client.js';
import type { ServerProcess } from './server-process.js';

/** What a burst of simultaneous clients got. */
export interface BurstResult {
  clients: number;
  answers: Answer[];
  /** Status -> how many clients got it. */
  statuses: Record<string, number>;
  /** The slowest 200, and the slowest answer of any kind, in ms. */
  slowestAdmittedMs: number;
  slowestRefusedMs: number;
  slowestAnswerMs: number;
  /** /v1/health polled throughout. */
  health: ProbeResult;
  /** Server RSS at its peak (VmHWM) during the burst, sampled RSS maximum. */
  peakRssMb: number;
  /** Client errors (connection reset before any answer). */
  errors: number;
}

/**
 * `clients` connections each POST the same compare body at once (every one opened before the
 * first answer), while /v1/health is polled every 10 ms; the server should be a fresh process so
 * its peak RSS is the burst's.
 * @example await runBurst(server, { clients: 64, body })
 */
export async function runBurst(server: ServerProcess, options: { clients: number; body: Uint8Array }): Promise<BurstResult> {
  let errors = 0;
  const all = Promise.all(
    Array.from({ length: options.clients }, () =>
      post(`${server.url}/v1/compare`, options.body, 'application/json').catch((): null => {
        errors++;
        return null;
      }),
    ),
  );
  // Sampled at the start and the end as well as every 50 ms: a burst that ends within one
  // interval (all refused at once) still reports the memory it ran in.
  let sampledPeak = server.memory().rssMb;
  const sample = (): void => {
    sampledPeak = Math.max(sampledPeak, server.memory().rssMb);
  };
  const sampler = setInterval(sample, 50);
  const [results, health] = await Promise.all([all, probe(`${server.url}/v1/health`, 10, all)]);
  clearInterval(sampler);
  sample();
  const answers = results.filter((answer): answer is Answer => answer !== null);
  const statuses: Record<string, number> = {};
  for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  const slowest = (list: Answer[]): number => list.reduce((max, answer) => Math.max(max, answer.ms), 0);
  return {
    clients: options.clients,
    answers,
    statuses,
    slowestAdmittedMs: slowest(answers.filter((answer) => answer.status === 200)),
    slowestRefusedMs: slowest(answers.filter((answer) => answer.status === 503)),
    slowestAnswerMs: slowest(answers),
    health,
    peakRssMb: Math.max(sampledPeak, server.memory().peakMb),
    errors,
  };
}
