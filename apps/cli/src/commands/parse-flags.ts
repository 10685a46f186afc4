import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../usage-error.js';

/** The flag table `parseArgs` takes. */
export type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** Strict parsing with positionals: the only mode the commands use. */
export interface StrictConfig<O extends FlagOptions> {
  args: string[];
  options: O;
  strict: true;
  allowPositionals: true;
}

/**
 * `parseArgs` in strict mode, with its errors (unknown flag, missing value) turned into
 * `UsageError` so they print as one line.
 * @example parseFlags(['--json', 'a.txt'], { json: { type: 'boolean' } }) // { values: { json: true }, positionals: ['a.txt'] }
 */
export function parseFlags<const O extends FlagOptions>(args: string[], options: O): ReturnType<typeof parseArgs<StrictConfig<O>>> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node appends a hint about '--' for positionals that start with a dash; one line reads better.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, ''));
  }
}
