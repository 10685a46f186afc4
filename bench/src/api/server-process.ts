import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A server running in a child process, and what /proc says about it. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident set now and at its peak (VmHWM: the most the process ever held), in MB. */
  memory(): { rssMb: number; peakMb: number };
  /** CPU time (user + system) used so far by each thread, in ms, keyed by thread id; the main thread's id is the pid. */
  threadCpuMs(): Map<number, number>;
  stop(): Promise<void>;
}

const LISTENING = /listening on (http:\/\/\S+)/;
// Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ; 100 on every common build).
const TICKS_PER_SECOND = 100;

/**
 * CPU ms (user + system) from a /proc `stat` line; fields counted after the `)` that ends the
 * command name, which may itself hold spaces.
 * @example cpuMsFromStat('12 (node) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0') // 3000
 */
export function cpuMsFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * Start the built API server (bench/dist/api/api-server.js) with `env` on a free port, a data
 * folder of its own, no web app and no rate limit; resolves once it listens.
 * @example const server = await startServerProcess({ WIREDIFF_WORKERS: '2' }); await server.stop()
 */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-bench-api-'));
  const entry = fileURLToPath(new URL('./api-server.js', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WIREDIFF_DATA_DIR: dataDir, WIREDIFF_WEB_DIR: 'none', WIREDIFF_RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = LISTENING.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the API server exited with ${code} before listening: ${out}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    memory() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    },
    threadCpuMs() {
      const threads = new Map<number, number>();
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        try {
          threads.set(Number(tid), cpuMsFromStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')));
        } catch {
          // A thread that ended between listing and reading (a replaced worker) has nothing left to count.
        }
      }
      return threads;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * CPU ms each side used between two `threadCpuMs()` readings: the main thread (event loop:
 * HTTP, routing, moving bytes) and every other thread (the comparison workers, V8's helpers).
 * @example cpuBetween(before, after, server.pid) // { mainMs: 800, otherMs: 9000 }
 */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>, mainThread: number): { mainMs: number; otherMs: number } {
  let mainMs = 0;
  let otherMs = 0;
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === mainThread) mainMs += used;
    else otherMs += used;
  }
  return { mainMs, otherMs };
}
