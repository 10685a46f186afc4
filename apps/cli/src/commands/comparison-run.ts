import type { CompareOptions } from '@wirediff/match';
import { pickStyle, type Style } from '../render/style.js';
import { createComparer, type Comparer } from '../run/comparer.js';
import { createProgressLine } from '../run/progress-line.js';
import type { CommandIo } from './command-io.js';
import type { ComparisonArgs } from './comparison-args.js';

/**
 * Whether to draw a progress line: on with --progress, off with --no-progress; otherwise only
 * when a person watches the text report come out (stdout and stderr both terminals), never
 * for JSON, CSV or HTML, which are read by programs or saved to files.
 * @example wantsProgress({ progress: 'auto', format: 'text' }, { stdout: { isTTY: true }, stderr: { isTTY: true } }) // true
 */
export function wantsProgress(args: Pick<ComparisonArgs, 'progress' | 'format'>, io: { stdout: { isTTY?: boolean }; stderr: { isTTY?: boolean } }): boolean {
  if (args.progress !== 'auto') return args.progress === 'on';
  return args.format === 'text' && io.stdout.isTTY === true && io.stderr.isTTY === true;
}

/** What `compare` and `batch` need besides their articles. */
export interface ComparisonRun {
  comparer: Comparer;
  options: CompareOptions;
  style: Style;
}

/**
 * The comparer (with a progress line when wanted), the engine options and the output style
 * for a parsed command line.
 * @example const { comparer, options, style } = startComparisonRun(parsed, process)
 */
export function startComparisonRun(args: ComparisonArgs, io: CommandIo): ComparisonRun {
  const progress = wantsProgress(args, io) ? createProgressLine(io.stderr) : null;
  return {
    comparer: createComparer(progress),
    options: args.minScore === undefined ? {} : { minScore: args.minScore },
    style: pickStyle({ isTTY: io.stdout.isTTY === true, env: io.env }),
  };
}
