import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The word-vector table as a fresh process sees it. */
export interface VectorTableLoad {
  /** Reading and indexing the table, first call in the process. */
  loadMs: number;
  words: number;
  dimensions: number;
  /** Size of the table file the match package ships. */
  fileBytes: number;
}

function childCommand(): string[] {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = fileURLToPath(new URL(`../bench-vectors.${fromSource ? 'ts' : 'js'}`, import.meta.url));
  return fromSource ? ['--conditions=@wirediff/source', '--import', 'tsx', script] : [script];
}

/**
 * The cold load of the word-vector table, median of `runs` fresh processes (the first load in a
 * process is what a CLI run or a server start pays).
 * @example (await measureVectorTable({ runs: 3 })).loadMs // 20
 */
export async function measureVectorTable({ runs }: { runs: number }): Promise<VectorTableLoad> {
  const loads: VectorTableLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, childCommand(), { maxBuffer: 1 << 20 });
    loads.push(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as VectorTableLoad);
  }
  loads.sort((x, y) => x.loadMs - y.loadMs);
  return loads[Math.floor(loads.length / 2)]!;
}
