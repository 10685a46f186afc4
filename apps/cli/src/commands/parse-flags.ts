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
 * `--min-score -1` and `--outlet -Sun-` give a flag a value that starts with a dash, which
 * `parseArgs` refuses as ambiguous (with a three-line hint); joined as `--min-score=-1` the
 * value reaches the command's own check, which says in one line what is wrong with it.
 */
function joinDashValues(args: readonly string[], options: FlagOptions): string[] {
  const takesValue = new Set(Object.entries(options).filter(([, option]) => option.type === 'string').map(([name]) => `--${name}`));
  const known = new Set(Object.keys(options).map((name) => `--${name}`));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (takesValue.has(arg) && next !== undefined && next.length > 1 && next.startsWith('-') && !known.has(next.split('=')[0]!)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/**
 * `parseArgs` in strict mode, with its errors (unknown flag, missing value) turned into
 * `UsageError` so they print as one line.
 * @example parseFlags(['--json', 'a.txt'], { json: { type: 'boolean' } }) // { values: { json: true }, positionals: ['a.txt'] }
 */
export function parseFlags<const O extends FlagOptions>(args: string[], options: O): ReturnType<typeof parseArgs<StrictConfig<O>>> {
  try {
    return parseArgs({ args: joinDashValues(args, options), options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node appends a hint about '--' for positionals that start with a dash; one line reads better.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, '').replace(/\s*\n[\s\S]*$/u, ''));
  }
}
