import { ARCHIVE_LOCATION_FLAGS, resolveArchiveLocation, withArchive } from '../archive/open-archive.js';
import { checkPublishedAt } from '../inputs/published-at.js';
import { renderStats } from '../render/archive-results.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseFlags } from './parse-flags.js';

const LOCATION_HELP = `  --db <url>             the archive (default: WIREDIFF_DATABASE_URL, else
                         <WIREDIFF_DATA_DIR or ./data>/archive.sqlite)
  --namespace <ns>       whose archive (default 'default')
  -h, --help             show this help`;

/** `wirediff archive stats --help`. */
export const ARCHIVE_STATS_HELP = `Usage: wirediff archive stats [--format text|json]

How many articles and anchors the archive holds, its first and last day, and the articles
filed under each day (an article's day is its publication date, else the day it was added).

Options:
  --format text|json     text (default) or JSON (the archive's ArchiveStats)
${LOCATION_HELP}
`;

/** `wirediff archive show --help`. */
export const ARCHIVE_SHOW_HELP = `Usage: wirediff archive show <id> [--format text|json]

Prints an archived article's text (as archived: for an .html, .docx or .pdf file, the
extracted text), e.g. to compare it with another article:
  wirediff compare story.txt <(wirediff archive show 'wire/take1.txt')

Options:
  --format text|json     the text (default), or JSON with its id, metadata, day and size
${LOCATION_HELP}
`;

/** `wirediff archive remove --help`. */
export const ARCHIVE_REMOVE_HELP = `Usage: wirediff archive remove <id> […]

Removes archived articles by id (a file's id is its path as 'archive add' printed it,
relative to the folder it was added from). An id that is not archived is an error (exit 2),
after the others are removed.

Options:
${LOCATION_HELP}
`;

/** `wirediff archive evict --help`. */
export const ARCHIVE_EVICT_HELP = `Usage: wirediff archive evict --older-than <date>

Removes every article filed under a day before the given date's day (a feed kept as a
rolling window: evict what fell out of it).

Options:
  --older-than <date>    ISO 8601 date or date-time; its own day is kept
${LOCATION_HELP}
`;

const BASE_FLAGS = { ...ARCHIVE_LOCATION_FLAGS, help: { type: 'boolean', short: 'h' } } as const;
const FORMAT_FLAGS = { ...BASE_FLAGS, format: { type: 'string' } } as const;

function textOrJson(raw: string | undefined): 'text' | 'json' {
  if (raw === undefined || raw === 'text' || raw === 'json') return raw ?? 'text';
  throw new UsageError(`--format must be text or json, got '${raw}'`);
}

/**
 * `wirediff archive stats`.
 * @example await runArchiveStats([], process) // 0
 */
export async function runArchiveStats(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, FORMAT_FLAGS);
  if (values.help) {
    io.stdout.write(ARCHIVE_STATS_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`archive stats takes no arguments, got '${positionals[0]}'`);
  const format = textOrJson(values.format);
  const location = await resolveArchiveLocation(values, io.env);
  const stats = await withArchive(location, { create: false }, ({ archive }) => archive.stats());
  io.stdout.write(format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats, `${location.shown}${location.namespace === 'default' ? '' : `, namespace ${location.namespace}`}`));
  return 0;
}

/**
 * `wirediff archive show <id>`: the archived text, or its record as JSON.
 * @example await runArchiveShow(['meter/a.txt'], process) // 0
 */
export async function runArchiveShow(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, FORMAT_FLAGS);
  if (values.help) {
    io.stdout.write(ARCHIVE_SHOW_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`archive show takes one id, got ${positionals.length} (see wirediff archive show --help)`);
  const id = positionals[0]!;
  const format = textOrJson(values.format);
  const location = await resolveArchiveLocation(values, io.env);
  const document = await withArchive(location, { create: false }, ({ archive }) => archive.get(id));
  if (document === null) throw new UsageError(`no archived article '${id}' in ${location.shown} (namespace ${location.namespace})`);
  io.stdout.write(format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : document.text.endsWith('\n') ? document.text : `${document.text}\n`);
  return 0;
}

/**
 * `wirediff archive remove <id>…`.
 * @example await runArchiveRemove(['meter/a.txt'], process) // 0
 */
export async function runArchiveRemove(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, BASE_FLAGS);
  if (values.help) {
    io.stdout.write(ARCHIVE_REMOVE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('archive remove needs the id of an archived article (see wirediff archive remove --help)');
  const location = await resolveArchiveLocation(values, io.env);
  const missing = await withArchive(location, { create: false }, async ({ archive }) => {
    const notFound: string[] = [];
    for (const id of positionals) {
      if (await archive.remove(id)) io.stdout.write(`removed ${id}\n`);
      else notFound.push(id);
    }
    return notFound;
  });
  if (missing.length > 0) throw new UsageError(`no archived article ${missing.map((id) => `'${id}'`).join(', ')} in ${location.shown} (namespace ${location.namespace})`);
  return 0;
}

/**
 * `wirediff archive evict --older-than <date>`.
 * @example await runArchiveEvict(['--older-than', '2000-01-01'], process) // 0
 */
export async function runArchiveEvict(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...BASE_FLAGS, 'older-than': { type: 'string' } });
  if (values.help) {
    io.stdout.write(ARCHIVE_EVICT_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`archive evict takes no arguments, got '${positionals[0]}' (give the date as --older-than <date>)`);
  const olderThan = values['older-than'];
  if (olderThan === undefined) throw new UsageError('archive evict needs --older-than <date> (ISO 8601): articles filed before that day are removed');
  checkPublishedAt(olderThan, '--older-than');
  const location = await resolveArchiveLocation(values, io.env);
  const removed = await withArchive(location, { create: false }, ({ archive }) => archive.evict(olderThan));
  io.stdout.write(`evicted ${removed} article${removed === 1 ? '' : 's'} filed before ${olderThan.slice(0, 10)}\n`);
  return 0;
}
