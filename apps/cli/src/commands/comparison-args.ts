import { UsageError } from '../usage-error.js';
import { checkPublishedAt } from '../inputs/published-at.js';
import { STDIN_PATH } from '../inputs/read-bytes.js';
import { parseFlags } from './parse-flags.js';

/** What `--format` takes. */
export type OutputFormat = 'text' | 'json' | 'csv' | 'html';

/** Every output format, in the order the help lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'csv', 'html'];

/** Whether to draw the progress line: `auto` draws it on a terminal, for text output only. */
export type ProgressMode = 'auto' | 'on' | 'off';

/** The flags `compare` and `batch` share. */
export const COMPARISON_FLAGS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  'min-score': { type: 'string' },
  outlet: { type: 'string', multiple: true },
  'published-at': { type: 'string', multiple: true },
  feed: { type: 'string', multiple: true },
  'fail-above': { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A parsed `compare` or `batch` command line. */
export interface ComparisonArgs {
  /** Article files in the order given (`-` is standard input). */
  files: string[];
  /** JSONL feeds (`--feed`), read after the files. */
  feeds: string[];
  format: OutputFormat;
  minScore?: number;
  /** One name per file, or none (the file names are used). */
  outlets: string[];
  /** One publication time per file, or none; '' keeps the file's own (from its metadata), if any. */
  publishedAt: string[];
  /** Exit 1 when a document's reused share is above this (0..1). */
  failAbove?: number;
  progress: ProgressMode;
  help: boolean;
}

const PERCENT = /^(\d+(?:\.\d+)?)%$/u;

function parseShare(raw: string, flag: string): number {
  const percent = PERCENT.exec(raw.trim());
  const value = percent ? Number(percent[1]) / 100 : raw.trim() === '' ? Number.NaN : Number(raw);
  if (!(value >= 0 && value <= 1)) throw new UsageError(`${flag} must be a share from 0 to 1 (or 0% to 100%), got '${raw}'`);
  return value;
}

function parseFormat(format: string | undefined, json: boolean | undefined): OutputFormat {
  if (format === undefined) return json ? 'json' : 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got '${format}'`);
  if (json && format !== 'json') throw new UsageError(`--json and --format ${format} ask for two formats; give one`);
  return format as OutputFormat;
}

function perFile(values: readonly string[], files: readonly string[], flag: string): void {
  if (values.length === 0 || values.length === files.length) return;
  throw new UsageError(`${flag} was given ${values.length} time${values.length === 1 ? '' : 's'} for ${files.length} files; give it once per file, in file order (a value may contain commas)`);
}

/**
 * Parses the arguments of `compare` and `batch`, throwing `UsageError` for anything a user
 * could get wrong; how many files each command needs is checked by the command.
 * @example parseComparisonArgs(['a.txt', 'b.txt', '--min-score', '0.6']).minScore // 0.6
 */
export function parseComparisonArgs(args: string[]): ComparisonArgs {
  const { values, positionals } = parseFlags(args, COMPARISON_FLAGS);
  const feeds = values.feed ?? [];
  const base = { files: positionals, feeds, outlets: [], publishedAt: [], progress: 'auto' as const };
  if (values.help) return { ...base, format: 'text', help: true };
  const format = parseFormat(values.format, values.json);
  let minScore: number | undefined;
  const rawScore = values['min-score'];
  if (rawScore !== undefined) {
    minScore = Number(rawScore);
    if (rawScore.trim() === '' || !(minScore >= 0 && minScore <= 1)) throw new UsageError(`--min-score must be a number from 0 to 1, got '${rawScore}'`);
  }
  const outlets = (values.outlet ?? []).map((name) => name.trim());
  perFile(outlets, positionals, '--outlet');
  if (outlets.some((name) => name === '')) throw new UsageError('--outlet names must not be empty');
  const publishedAt = (values['published-at'] ?? []).map((time) => time.trim());
  perFile(publishedAt, positionals, '--published-at');
  for (const time of publishedAt) if (time !== '') checkPublishedAt(time, '--published-at');
  if (values.progress && values['no-progress']) throw new UsageError('--progress and --no-progress contradict each other; give one');
  const stdinUses = [...positionals, ...feeds].filter((path) => path === STDIN_PATH).length;
  if (stdinUses > 1) throw new UsageError(`standard input ('-') can be read only once, but was named ${stdinUses} times`);
  const failAbove = values['fail-above'] === undefined ? undefined : parseShare(values['fail-above'], '--fail-above');
  return {
    ...base,
    format,
    ...(minScore === undefined ? {} : { minScore }),
    outlets,
    publishedAt,
    ...(failAbove === undefined ? {} : { failAbove }),
    progress: values.progress ? 'on' : values['no-progress'] ? 'off' : 'auto',
    help: false,
  };
}
