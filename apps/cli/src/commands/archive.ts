import { runArchiveAdd } from './archive-add.js';
import { runArchiveDedup } from './archive-dedup.js';
import { runArchiveEvict, runArchiveRemove, runArchiveShow, runArchiveStats } from './archive-manage.js';
import { runArchiveSources } from './archive-sources.js';
import type { CommandIo } from './command-io.js';
import { UsageError } from '../usage-error.js';

/** `wirediff archive --help`. */
export const ARCHIVE_HELP = `Usage: wirediff archive <command> [options]

Keeps articles in a fingerprint archive and asks it where an article came from (sources)
and which articles carry the same text (dedup). It is the archive the server ('npm start',
'wirediff serve') serves: WIREDIFF_DATABASE_URL (postgres://host/db, ?schema=name for a
schema) when set, else archive.sqlite in WIREDIFF_DATA_DIR (default ./data); every command
takes --db <url> to use another, and --namespace <ns> for an API key's archive (default
'default', the archive of a server without keys).

Commands:
  add <file|folder|feed.jsonl|-> […]   add articles (re-adding is idempotent)
  sources <article>                     the archived articles it shares text with, best first
  dedup                                 clusters of articles carrying the same text
  stats                                 articles, anchors and days held
  show <id>                             an archived article's text
  remove <id> […]                       remove articles by id
  evict --older-than <date>             remove every article filed before a day

wirediff archive <command> --help shows a command's options.

Examples (from the repository root):
  wirediff archive add ../shared/datasets/meter
  wirediff archive sources story.txt
  wirediff archive dedup --format csv > clusters.csv
`;

const COMMANDS: Record<string, (args: string[], io: CommandIo) => Promise<number>> = {
  add: runArchiveAdd,
  sources: runArchiveSources,
  dedup: runArchiveDedup,
  stats: runArchiveStats,
  show: runArchiveShow,
  remove: runArchiveRemove,
  evict: runArchiveEvict,
};

/**
 * `wirediff archive <command>`.
 * @example await runArchive(['stats'], process) // 0
 */
export async function runArchive(args: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    io.stderr.write(ARCHIVE_HELP);
    return 2;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(ARCHIVE_HELP);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) throw new UsageError(`unknown archive command '${command}' (commands: ${Object.keys(COMMANDS).join(', ')}; see wirediff archive --help)`);
  return run(rest, io);
}
