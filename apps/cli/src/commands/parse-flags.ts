import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../usage-error.js';

/**
 * `parseArgs` in strict mode, with its errors (unknown flag, missing value) turned into
 * `UsageError` so they print as one line.
 * @example parseFlags(['--json', 'a.txt'], { json: { type: 'boolean' } }) // { values: { json: true }, positionals: ['a.txt'] }
 */
export function parseFlags<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node prefixes these with an internal code; the message alone reads well.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, ''));
  }
}
