import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Runs a TypeScript file of test/children in a Node child process (tsx, workspace sources).
 * @example const child = spawnChild('add-stream.ts', [url, '-', '50']);
 */
export function spawnChild(script: string, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=@wirediff/source', join(PACKAGE_ROOT, 'test', 'children', script), ...args], {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Lines a child writes to stdout, as they come; `until` resolves once `predicate` holds on one.
 * @example const lines = collectLines(child); await lines.until((l) => l === 'ready');
 */
export function collectLines(child: ChildProcess): { lines: string[]; until: (predicate: (line: string) => boolean) => Promise<void>; exit: Promise<number | null>; stderr: () => string } {
  const lines: string[] = [];
  let errors = '';
  const waiters: Array<{ predicate: (line: string) => boolean; resolve: () => void }> = [];
  let rest = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    rest += chunk.toString();
    const parts = rest.split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.predicate(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    }
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    lines,
    until: (predicate) =>
      new Promise<void>((resolve, reject) => {
        if (lines.some(predicate)) return resolve();
        waiters.push({ predicate, resolve });
        void exit.then((code) => reject(new Error(`child exited (${code}) first; stderr: ${errors.slice(-2000)}`)));
      }),
    exit,
    stderr: () => errors,
  };
}
