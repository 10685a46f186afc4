import type { AddResult, ArchiveDocumentInput } from '@wirediff/archive';
import { ARCHIVE_LOCATION_FLAGS, resolveArchiveLocation, withArchive } from '../archive/open-archive.js';
import { expandArchiveSources, readArchiveFeed } from '../inputs/archive-inputs.js';
import { checkPublishedAt } from '../inputs/published-at.js';
import { readArticle } from '../inputs/read-article.js';
import { createCountProgress } from '../run/progress-line.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseFlags } from './parse-flags.js';

/** `wirediff archive add --help`. */
export const ARCHIVE_ADD_HELP = `Usage: wirediff archive add <file|folder|feed.jsonl|-> […] [options]

Adds articles to the archive (the one 'npm start' serves: WIREDIFF_DATABASE_URL, else
archive.sqlite in WIREDIFF_DATA_DIR or ./data). Adding an article again changes nothing:
each is filed under an id, and the summary counts added, updated and unchanged ones.

Inputs:
  <file>          one article, read like 'wirediff compare' reads it (.txt and other plain
                  text in UTF-8, UTF-16 or Windows-1252; .md, .html, .docx, .pdf); its id is
                  its path relative to the current folder, with '/' separators
  <folder>        every article file under it (.txt, .text, .md, .html, .htm, .docx, .pdf…),
                  all levels, in sorted order
  <feed.jsonl>    one JSON object per line: {"id", "text", "title"?, "outlet"?,
                  "publishedAt"?}; read as a stream and added 500 lines at a time
  -               standard input: one article (give --id) or, with --format jsonl, a feed

Options:
  --outlet <name>        the outlet of every file given (not of feed lines)
  --published-at <t>     the publication time (ISO 8601) of every file given; otherwise an
                         .html, .docx or .pdf file's own, if any. Undated articles are filed
                         under the day they are added
  --format text|jsonl    how to read '-' (default text: one article)
  --id <id>              the id of the article on standard input
  --db <url>             the archive: a SQLite file or postgres://host/db (?schema=name
                         picks a schema); overrides WIREDIFF_DATABASE_URL and WIREDIFF_DATA_DIR
  --namespace <ns>       whose archive: 'default' (a server without API keys), or an API
                         key's id
  --no-progress          no progress bar (drawn only when stderr is a terminal)
  -h, --help             show this help

Examples (from the repository root):
  wirediff archive add ../shared/datasets/meter
  wirediff archive add story.html --outlet 'Porthaven Post' --published-at 2025-02-11T16:05Z
  wirediff archive add feed.jsonl
  cat feed.jsonl | wirediff archive add - --format jsonl
`;

const FLAGS = {
  ...ARCHIVE_LOCATION_FLAGS,
  outlet: { type: 'string' },
  'published-at': { type: 'string' },
  format: { type: 'string' },
  id: { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Articles per `add` call: one transaction (and one fsync) each, and the most held in memory at once. */
export const ADD_BATCH_SIZE = 500;

function formatRate(count: number, ms: number): string {
  const seconds = ms / 1000;
  return `${seconds.toFixed(1)} s${seconds > 0 && count > 0 ? `, ${Math.round(count / seconds).toLocaleString('en-US')}/s` : ''}`;
}

/**
 * `wirediff archive add`: reads files, folders and JSONL feeds into the archive in batches
 * and prints what it did. Throws `UsageError` for anything the user can fix; a bad feed line
 * stops the run there (the batches before it are kept; a re-run finds them unchanged).
 * @example await runArchiveAdd(['../shared/datasets/meter'], process) // 0
 */
export async function runArchiveAdd(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, FLAGS);
  if (values.help) {
    io.stdout.write(ARCHIVE_ADD_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('archive add needs files, folders or a feed to add (see wirediff archive add --help)');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'jsonl') throw new UsageError(`--format must be text or jsonl (how to read '-'), got '${format}'`);
  if (values.format !== undefined && !positionals.includes('-')) throw new UsageError("--format says how to read standard input ('-'), which is not among the inputs; a file's kind comes from its name");
  if (values.id !== undefined && (format === 'jsonl' || !positionals.includes('-'))) throw new UsageError("--id names the one article read from standard input ('-'); files are filed under their paths, feed lines under their own ids");
  if (positionals.filter((path) => path === '-').length > 1) throw new UsageError("standard input ('-') can be read only once");
  const outlet = values.outlet?.trim();
  if (outlet === '') throw new UsageError('--outlet must not be empty');
  const publishedAt = values['published-at']?.trim();
  if (publishedAt !== undefined) checkPublishedAt(publishedAt, '--published-at');
  const location = await resolveArchiveLocation(values, io.env);
  const sources = await expandArchiveSources(positionals, { stdinFormat: format, stdinId: values.id });
  const files = sources.filter((source) => source.kind === 'file').length;
  const onlyFiles = files === sources.length;

  const progress = createCountProgress(values['no-progress'] ? { write: () => undefined } : io.stderr);
  const totals: AddResult = { added: 0, updated: 0, unchanged: 0 };
  const startedAt = Date.now();
  let done = 0;
  await withArchive(location, { create: true }, async ({ archive }) => {
    // Where each id came from: the same id twice in one run would silently replace an article.
    const origins = new Map<string, string>();
    let batch: ArchiveDocumentInput[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const result = await archive.add(batch);
      totals.added += result.added;
      totals.updated += result.updated;
      totals.unchanged += result.unchanged;
      batch = [];
    };
    const push = async (document: ArchiveDocumentInput, where: string, fraction?: number): Promise<void> => {
      const first = origins.get(document.id);
      if (first !== undefined) throw new UsageError(`${where}: id '${document.id}' was already given by ${first}; ids must be unique`);
      origins.set(document.id, where);
      batch.push(document);
      done++;
      progress.update(done, fraction);
      if (batch.length >= ADD_BATCH_SIZE) await flush();
    };
    progress.start('adding', onlyFiles ? files : undefined);
    try {
      for (const [index, source] of sources.entries()) {
        if (source.kind === 'file') {
          const article = await readArticle(source.path, io);
          const document: ArchiveDocumentInput = { id: source.id, text: article.text };
          if (article.title !== undefined) document.title = article.title;
          // readArticle names a file's outlet after the file for the compare report; an archive wants a real one or none.
          if (outlet !== undefined) document.outlet = outlet;
          const time = publishedAt ?? article.publishedAt;
          if (time !== undefined) document.publishedAt = time;
          await push(document, `'${source.path}'`, onlyFiles ? undefined : (index + 1) / sources.length);
        } else {
          const name = source.path === '-' ? 'standard input' : `'${source.path}'`;
          let fraction: number | undefined;
          for await (const { line, document } of readArchiveFeed(source.path, io, (share) => (fraction = sources.length === 1 ? share : (index + share) / sources.length))) {
            await push(document, `${name} line ${line}`, fraction);
          }
        }
      }
      await flush();
    } finally {
      progress.stop();
    }
  });
  const elapsed = Date.now() - startedAt;
  io.stdout.write(`${totals.added} added, ${totals.updated} updated, ${totals.unchanged} unchanged (${done} article${done === 1 ? '' : 's'} in ${formatRate(done, elapsed)}) into ${location.shown}${location.namespace === 'default' ? '' : `, namespace ${location.namespace}`}\n`);
  return 0;
}
