import { basename } from 'node:path';
import { compare, type CompareOptions, type DocumentInput } from '@wirediff/match';
import { readTextFile } from '../read-text-file.js';
import { renderComparisonReport } from '../render/comparison-report.js';
import { pickStyle } from '../render/style.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseFlags } from './parse-flags.js';

/** `wirediff compare --help`. */
export const COMPARE_HELP = `Usage: wirediff compare <file> <file> [<file> …] [options]

Compares two or more plain-text articles (.txt, .md; UTF-8, UTF-16 with a BOM, or cp1252 when
the bytes are not UTF-8) sentence by sentence and reports what each took from the others and what it added.

Options:
  --json              print the JSON report (schemaVersion 1) instead of the text report
  --min-score <0..1>  leave out matches scoring below this
  --outlet <name>     name of each document, in file order (repeat it, or give a
                      comma-separated list); defaults to the file names
  -h, --help          show this help

Output marks deleted words [-like this-] and inserted words {+like this+}; on a terminal they
are red (struck through) and green instead. NO_COLOR turns colour off, FORCE_COLOR forces it.

Example:
  wirediff compare examples/wire.txt examples/outlet.txt
`;

const FLAGS = {
  json: { type: 'boolean' },
  'min-score': { type: 'string' },
  outlet: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsed `compare` command line. */
export interface CompareArgs {
  files: string[];
  json: boolean;
  minScore?: number;
  outlets: string[];
  help: boolean;
}

/**
 * Parses `compare`'s arguments, throwing `UsageError` for anything a user could get wrong.
 * @example parseCompareArgs(['a.txt', 'b.txt', '--min-score', '0.6']) // { files: ['a.txt', 'b.txt'], minScore: 0.6, json: false, outlets: ['a.txt', 'b.txt'], help: false }
 */
export function parseCompareArgs(args: string[]): CompareArgs {
  const { values, positionals } = parseFlags(args, FLAGS);
  if (values.help) return { files: positionals, json: false, outlets: [], help: true };
  if (positionals.length < 2) throw new UsageError(`compare needs at least 2 files, got ${positionals.length} (see wirediff compare --help)`);
  let minScore: number | undefined;
  const rawScore = values['min-score'];
  if (rawScore !== undefined) {
    minScore = Number(rawScore);
    if (rawScore.trim() === '' || !(minScore >= 0 && minScore <= 1)) throw new UsageError(`--min-score must be a number from 0 to 1, got '${rawScore}'`);
  }
  const outlets = (values.outlet ?? []).flatMap((value) => value.split(',')).map((name) => name.trim());
  if (outlets.length > 0 && outlets.length !== positionals.length) {
    throw new UsageError(`--outlet names ${outlets.length} documents but ${positionals.length} files were given`);
  }
  if (outlets.some((name) => name === '')) throw new UsageError('--outlet names must not be empty');
  return {
    files: positionals,
    json: values.json ?? false,
    ...(minScore === undefined ? {} : { minScore }),
    outlets: outlets.length > 0 ? outlets : positionals.map((file) => basename(file)),
    help: false,
  };
}

/**
 * `wirediff compare`: reads the files, compares them and prints the text or JSON report.
 * Resolves to the exit code; throws `UsageError` for bad arguments and unreadable files.
 * @example await runCompare(['wire.txt', 'outlet.txt'], process) // 0
 */
export async function runCompare(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCompareArgs(args);
  if (parsed.help) {
    io.stdout.write(COMPARE_HELP);
    return 0;
  }
  const texts = await Promise.all(parsed.files.map((file) => readTextFile(file)));
  const documents: DocumentInput[] = texts.map((text, index) => ({ id: `d${index + 1}`, text, outlet: parsed.outlets[index] ?? `d${index + 1}` }));
  const options: CompareOptions = parsed.minScore === undefined ? {} : { minScore: parsed.minScore };
  const report = compare(documents, options);
  if (parsed.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const style = pickStyle({ isTTY: io.stdout.isTTY === true, env: io.env });
    io.stdout.write(renderComparisonReport({ report, texts }, style));
  }
  return 0;
}
