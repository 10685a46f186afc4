import type { SourcesOptions } from '@wirediff/archive';
import { compare } from '@wirediff/match';
import { ARCHIVE_LOCATION_FLAGS, resolveArchiveLocation, withArchive } from '../archive/open-archive.js';
import { archiveIdOf } from '../inputs/archive-inputs.js';
import type { IdentifiedArticle } from '../inputs/load-articles.js';
import { toDocumentInput } from '../inputs/load-articles.js';
import { checkPublishedAt, isDate } from '../inputs/published-at.js';
import { readArticle } from '../inputs/read-article.js';
import { STDIN_PATH } from '../inputs/read-bytes.js';
import { formatComparison } from '../output/comparison-output.js';
import { renderSourcesTable } from '../render/archive-results.js';
import { pickStyle } from '../render/style.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseFlags } from './parse-flags.js';

/** `wirediff archive sources --help`. */
export const ARCHIVE_SOURCES_HELP = `Usage: wirediff archive sources <article> [options]

Finds the archived articles the given one shares text with, best first: the best few are
checked sentence by sentence with compare (their reused shares and matches by kind are
shown), the rest ranked by shared fingerprint anchors. The article is read like 'wirediff
compare' reads it ('-' is standard input); when it is itself archived (under its path) it is
left out of its own sources.

Options:
  --limit <N>            candidates listed (default 10, at most 100)
  --verify <N>           how many of the best are checked with compare (default 3, at most --limit)
  --before <date>        only sources published before this (ISO 8601)
  --published-at <t>     the article's own publication time, to say which came first (default:
                         what an .html, .docx or .pdf file says, if anything)
  --open <N>             print the compare report of the article against hit N instead of the
                         table (the same report as 'wirediff compare'; with --format json, its JSON)
  --format text|json     text (default) or JSON (the archive's SourcesResult)
  --db <url>             the archive (default: WIREDIFF_DATABASE_URL, else
                         <WIREDIFF_DATA_DIR or ./data>/archive.sqlite)
  --namespace <ns>       whose archive (default 'default')
  -h, --help             show this help

Examples (from the repository root):
  wirediff archive sources story.txt
  wirediff archive sources story.txt --open 1
  wirediff archive sources story.txt --before 2000-03-01 --format json
`;

const FLAGS = {
  ...ARCHIVE_LOCATION_FLAGS,
  limit: { type: 'string' },
  verify: { type: 'string' },
  before: { type: 'string' },
  'published-at': { type: 'string' },
  open: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * A whole number flag within bounds.
 * @example parseCount('5', '--limit', 1, 100) // 5
 */
export function parseCount(raw: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got '${raw}'`);
  return value;
}

/**
 * `wirediff archive sources`: the ranked candidate sources of an article, or with `--open N`
 * the compare report of the article against hit N.
 * @example await runArchiveSources(['sun.txt'], process) // 0
 */
export async function runArchiveSources(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, FLAGS);
  if (values.help) {
    io.stdout.write(ARCHIVE_SOURCES_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`archive sources takes one article, got ${positionals.length} (see wirediff archive sources --help)`);
  const path = positionals[0]!;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got '${format}'`);
  const limit = parseCount(values.limit, '--limit', 1, 100);
  const verify = parseCount(values.verify, '--verify', 0, limit ?? 100);
  const open = parseCount(values.open, '--open', 1, limit ?? 100);
  if (values.before !== undefined) checkPublishedAt(values.before, '--before');
  if (values['published-at'] !== undefined) checkPublishedAt(values['published-at'], '--published-at');
  if (verify !== undefined && limit === undefined && verify > 10) throw new UsageError(`--verify ${verify} is more than the candidates listed (10 by default); raise --limit too`);
  const location = await resolveArchiveLocation(values, io.env);
  const article = await readArticle(path, io);
  // A date found in the file (an HTML meta tag) that does not parse names no order: it is
  // dropped rather than refused, since the user did not type it.
  const found = article.publishedAt !== undefined && isDate(article.publishedAt) ? article.publishedAt : undefined;
  const publishedAt = values['published-at'] ?? found;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  else delete article.publishedAt;
  const selfId = path === STDIN_PATH ? undefined : archiveIdOf(path);
  const options: SourcesOptions = {
    ...(limit === undefined ? {} : { limit }),
    ...(verify === undefined ? {} : { verify }),
    ...(values.before === undefined ? {} : { before: values.before }),
    ...(selfId === undefined ? {} : { excludeId: selfId }),
  };
  return withArchive(location, { create: false }, async ({ archive }) => {
    const result = await archive.sources({ text: article.text, ...(publishedAt === undefined ? {} : { publishedAt }) }, options);
    if (open !== undefined) {
      const hit = result.hits[open - 1];
      if (hit === undefined) throw new UsageError(`--open ${open}: the article has ${result.hits.length} candidate source${result.hits.length === 1 ? '' : 's'}`);
      const source = await archive.get(hit.id);
      if (source === null) throw new UsageError(`--open ${open}: '${hit.id}' was removed from the archive meanwhile`);
      const articles: IdentifiedArticle[] = [
        { ...article, id: 'doc-1' },
        {
          path: `archive:${source.id}`,
          format: 'text',
          text: source.text,
          id: 'doc-2',
          outlet: source.outlet === undefined ? source.id : `${source.outlet} (${source.id})`,
          ...(source.title === undefined ? {} : { title: source.title }),
          ...(source.publishedAt === undefined ? {} : { publishedAt: source.publishedAt }),
        },
      ];
      const report = compare(articles.map(toDocumentInput));
      io.stdout.write(formatComparison(format, { report, articles, style: pickStyle({ isTTY: io.stdout.isTTY === true, env: io.env }), env: io.env }));
      return 0;
    }
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const excluded = selfId !== undefined && (await archive.get(selfId)) !== null ? selfId : undefined;
    io.stdout.write(renderSourcesTable(result, { article: path, ...(excluded === undefined ? {} : { excluded }) }));
    return 0;
  });
}
