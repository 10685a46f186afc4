// Child processes of the archive benchmark, so that a dedup's peak RSS is its own and a helper
// verification worker is a real second process:
//   node dist/archive/archive-children.js dedup <url> <schema|-> <verify> <out.json>
//   node dist/archive/archive-children.js worker <url> <schema>
import { writeFileSync } from 'node:fs';
import { type DedupProgress, createArchive, openStore, runVerificationWorker } from '@wirediff/archive';
import { compare } from '@wirediff/match';

/** What the dedup child writes to its output file. */
export interface DedupChildResult {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  /** Wall time of each phase, in order. */
  phasesMs: Record<DedupProgress['phase'], number>;
  documents: number;
  candidatePairs: number;
  verifiedPairs: number;
  clusters: Array<{ origin: string; members: string[] }>;
}

const [mode, url, schema, verify, out] = process.argv.slice(2);
const store = await openStore(url!, schema === undefined || schema === '-' ? {} : { schema, poolSize: 4 });
if (mode === 'worker') {
  const controller = new AbortController();
  process.on('SIGTERM', () => controller.abort());
  process.stdout.write('ready\n');
  const done = await runVerificationWorker({ queue: store.queue!, compare, stopWhenIdle: false, pollMs: 100, signal: controller.signal });
  process.stdout.write(`${JSON.stringify(done)}\n`);
} else if (mode === 'dedup') {
  const phasesMs: Record<DedupProgress['phase'], number> = { candidates: 0, verify: 0, cluster: 0 };
  const current: { phase: DedupProgress['phase'] | null; since: number } = { phase: null, since: 0 };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await createArchive({ store }).dedup({
    verify: verify as 'borderline' | 'all' | 'none',
    onProgress: (progress) => {
      if (progress.phase === current.phase) return;
      const now = performance.now();
      if (current.phase !== null) phasesMs[current.phase] += now - current.since;
      current.phase = progress.phase;
      current.since = now;
    },
  });
  if (current.phase !== null) phasesMs[current.phase] += performance.now() - current.since;
  const used = process.cpuUsage(cpu);
  const summary: DedupChildResult = {
    wallMs: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    phasesMs,
    documents: result.documents,
    candidatePairs: result.candidatePairs,
    verifiedPairs: result.verifiedPairs,
    clusters: result.clusters.map((cluster) => ({ origin: cluster.origin, members: cluster.members.map((m) => m.id) })),
  };
  writeFileSync(out!, JSON.stringify(summary));
} else {
  throw new Error(`archive-children: unknown mode ${String(mode)}`);
}
await store.close();
