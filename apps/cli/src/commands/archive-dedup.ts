import type { DedupOptions, DedupProgress } from '@wirediff/archive';
import { ARCHIVE_LOCATION_FLAGS, resolveArchiveLocation, withArchive } from '../archive/open-archive.js';
import { checkPublishedAt } from '../inputs/published-at.js';
import { renderDedup } from '../render/archive-results.js';
import { createCountProgress } from '../run/progress-line.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseFlags } from './parse-flags.js';

/** `wirediff archive dedup --help`. */
export const ARCHIVE_DEDUP_HELP = `Usage: wirediff archive dedup [options]

Folds the archived articles of a window that carry the same text (a wire story, its
rewrites, syndicated and updated copies) into clusters, names each cluster's likely origin
(the earliest published, then the one holding most of the others) and gives each member's
reused share. Clusters of 2 or more, largest first.

Options:
  --since <date>         window start, inclusive (ISO 8601; the whole day counts); default:
                         the first day archived
  --until <date>         window end, inclusive; default: the last day archived
  --verify <which>       which candidate pairs compare checks: borderline (default: only those
                         the shared anchors do not decide), all, or none
  --format <f>           text (default), jsonl (one cluster per line) or csv (one row per
                         member; the same bytes as the API's)
  --db <url>             the archive (default: WIREDIFF_DATABASE_URL, else
                         <WIREDIFF_DATA_DIR or ./data>/archive.sqlite)
  --namespace <ns>       whose archive (default 'default')
  --no-progress          no progress bar (drawn only when stderr is a terminal)
  -h, --help             show this help

Examples (from the repository root):
  wirediff archive dedup
  wirediff archive dedup --since 2000-01-27 --until 2000-01-28 --format csv > clusters.csv
`;

const FLAGS = {
  ...ARCHIVE_LOCATION_FLAGS,
  since: { type: 'string' },
  until: { type: 'string' },
  verify: { type: 'string' },
  format: { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const VERIFY = ['borderline', 'all', 'none'] as const;
const FORMATS = ['text', 'jsonl', 'csv'] as const;
const PHASE_WORDS: Record<DedupProgress['phase'], string> = { candidates: 'finding candidate pairs', verify: 'verifying pairs', cluster: 'clustering' };

/**
 * `wirediff archive dedup`: the window's clusters as text, JSONL or CSV.
 * @example await runArchiveDedup(['--format', 'csv'], process) // 0
 */
export async function runArchiveDedup(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, FLAGS);
  if (values.help) {
    io.stdout.write(ARCHIVE_DEDUP_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`archive dedup takes no arguments, got '${positionals[0]}' (the window is --since and --until; see wirediff archive dedup --help)`);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`);
  const verify = values.verify ?? 'borderline';
  if (!(VERIFY as readonly string[]).includes(verify)) throw new UsageError(`--verify must be one of ${VERIFY.join(', ')}, got '${verify}'`);
  if (values.since !== undefined) checkPublishedAt(values.since, '--since');
  if (values.until !== undefined) checkPublishedAt(values.until, '--until');
  if (values.since !== undefined && values.until !== undefined && Date.parse(values.until) < Date.parse(values.since)) throw new UsageError(`--until ${values.until} is before --since ${values.since}`);
  const location = await resolveArchiveLocation(values, io.env);
  const progress = createCountProgress(values['no-progress'] ? { write: () => undefined } : io.stderr);
  let phase: DedupProgress['phase'] | null = null;
  const options: DedupOptions = {
    verify: verify as (typeof VERIFY)[number],
    ...(values.since === undefined ? {} : { since: values.since }),
    ...(values.until === undefined ? {} : { until: values.until }),
    onProgress: (next) => {
      if (next.phase !== phase) {
        phase = next.phase;
        progress.start(PHASE_WORDS[next.phase], next.total > 0 ? next.total : undefined);
      }
      progress.update(next.done);
    },
  };
  const result = await withArchive(location, { create: false }, async ({ archive }) => {
    try {
      return await archive.dedup(options);
    } finally {
      progress.stop();
    }
  });
  if (format === 'text') {
    io.stdout.write(renderDedup(result));
  } else {
    const { formatDedup } = await import('@wirediff/archive');
    for (const line of formatDedup(result, format as 'jsonl' | 'csv')) io.stdout.write(line);
  }
  return 0;
}
