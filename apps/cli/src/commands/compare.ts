import { loadArticles, toDocumentInput } from '../inputs/load-articles.js';
import { formatComparison } from '../output/comparison-output.js';
import { findSharesAbove, judgeShares } from '../output/fail-above.js';
import { describeWork } from '../run/progress-line.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseComparisonArgs } from './comparison-args.js';
import { startComparisonRun } from './comparison-run.js';

/** `wirediff compare --help`. */
export const COMPARE_HELP = `Usage: wirediff compare <file> <file> [<file> …] [options]
       wirediff compare [<file> …] --feed <articles.jsonl> [options]

Compares two or more articles sentence by sentence, every one with every other, and reports
what each took from the others and what it added.

Files: '-' is standard input. .html, .htm, .docx, .pdf and .md files are read through the
same extractor as the API's /v1/extract; anything else is plain text (UTF-8, UTF-16 with a
byte-order mark, or Windows-1252 when the bytes are not UTF-8).

Options:
  --format <f>          text (default), json, csv (one row per match) or html (the web
                        app's printable report); --json is --format json
  --min-score <0..1>    leave out matches scoring below this
  --outlet <name>       the name of each file's outlet, once per file in file order (a
                        name may contain commas: --outlet 'Reuters, London'); default: the
                        file names
  --published-at <t>    each file's publication time (ISO 8601), once per file like
                        --outlet; '' keeps the time an .html, .docx or .pdf file gives, if
                        any; with times, the report names each shared statement's origin
  --feed <file>         also compare the articles of a JSONL file, one JSON object per line
                        with "text" and optionally "id", "outlet", "title", "publishedAt"
                        ('-' reads it from standard input)
  --fail-above <share>  exit 1 when an article's reused share is above this (0.3 or 30%)
  --progress            report progress on stderr even when it is not a terminal
  --no-progress         never draw it (by default: only for the text report on a terminal)
  -h, --help            show this help

Exit codes: 0 done (and, with --fail-above, nothing above it); 1 some article's reused
share is above --fail-above; 2 a usage error, an unreadable file or a bug.

The text report numbers articles, sentences and matches from 1; the JSON (the library's
report with the inputs beside it) counts indexes from 0. Deleted words show [-like this-]
and inserted ones {+like this+}; on a terminal they are red (struck through) and green.
NO_COLOR turns colour off, FORCE_COLOR forces it.

Examples:
  wirediff compare apps/cli/examples/wire.txt apps/cli/examples/outlet.txt
  wirediff compare wire.txt sun.html times.pdf --outlet PA --outlet Sun --outlet Times
  wirediff compare wire.txt outlet.txt --format json > report.json
`;

/**
 * `wirediff compare`: reads the articles, compares them all with each other and prints the
 * report in the chosen format. Resolves to the exit code (1 when --fail-above is exceeded);
 * throws `UsageError` for bad arguments and unreadable files.
 * @example await runCompare(['wire.txt', 'outlet.txt'], process) // 0
 */
export async function runCompare(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseComparisonArgs(args);
  if (parsed.help) {
    io.stdout.write(COMPARE_HELP);
    return 0;
  }
  if (parsed.feeds.length === 0 && parsed.files.length < 2) throw new UsageError(`compare needs at least 2 articles, got ${parsed.files.length} (see wirediff compare --help)`);
  const articles = await loadArticles(parsed, io);
  if (articles.length < 2) throw new UsageError(`compare needs at least 2 articles, got ${articles.length} (see wirediff compare --help)`);
  const { comparer, options, style } = startComparisonRun(parsed, io);
  const report = comparer.compare(articles.map(toDocumentInput), options, describeWork(articles.map((article) => article.text)));
  io.stdout.write(formatComparison(parsed.format, { report, articles, style, env: io.env, ...(parsed.minScore === undefined ? {} : { minScore: parsed.minScore }) }));
  const verdict = judgeShares(parsed.failAbove === undefined ? [] : findSharesAbove(report, parsed.failAbove), parsed.failAbove);
  io.stderr.write(verdict.message);
  return verdict.code;
}
