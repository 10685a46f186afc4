import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What the child process reports after one comparison. */
export interface PeakRss {
  bytes: number;
  /** Resident set size after loading the inputs, before comparing. */
  rssBeforeMb: number;
  /** Peak resident set size of the whole child process (resourceUsage().maxRSS). */
  maxRssMb: number;
  compareMs: number;
  matches: number;
}

/** How to start `bench-rss` with node: built JS as is, source through tsx with the source condition. */
function childCommand(): string[] {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = fileURLToPath(new URL(`../bench-rss.${fromSource ? 'ts' : 'js'}`, import.meta.url));
  return fromSource ? ['--expose-gc', '--conditions=@wirediff/source', '--import', 'tsx', script] : ['--expose-gc', script];
}

/**
 * Peak memory of one `bytes`-per-side comparison, measured in a fresh node process so
 * earlier benchmark runs do not inflate it.
 * @example (await measurePeakRss({ bytes: 1_000_000 })).maxRssMb // 180
 */
export async function measurePeakRss({ bytes }: { bytes: number }): Promise<PeakRss> {
  const { stdout } = await run(process.execPath, [...childCommand(), '--bytes', String(bytes)], { maxBuffer: 1 << 20 });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(lastLine) as PeakRss;
}
