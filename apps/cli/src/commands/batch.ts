import type { ComparisonReport } from '@wirediff/match';
import { loadArticles, toDocumentInput } from '../inputs/load-articles.js';
import { articleName, formatBatchCsv, renderBatchSummary, summariseBatch, type BatchResult } from '../output/batch-summary.js';
import { toJsonInput, type JsonInput } from '../output/comparison-output.js';
import { judgeShares } from '../output/fail-above.js';
import { describeWork } from '../run/progress-line.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseComparisonArgs } from './comparison-args.js';
import { startComparisonRun } from './comparison-run.js';

/** `wirediff batch --help`. */
export const BATCH_HELP = `Usage: wirediff batch <source> <file> [<file> …] [options]
       wirediff batch <source> --feed <articles.jsonl> [options]

Compares one source (the wire copy) with each other article on its own, and prints one row
per article: how much of it came from the source, by kind, and how much of the source it used.
Articles are not compared with each other (use compare for that).

Files are read as in compare ('-' is standard input; .html, .docx, .pdf, .md extracted).

Options:
  --format <f>          text (default), json ({ inputs, comparisons: [{ inputs: [0, i],
                        report }] }) or csv (one row per article); --json is --format json
  --min-score <0..1>    leave out matches scoring below this
  --outlet <name>       once per file, source first, in file order (names may contain commas)
  --published-at <t>    once per file like --outlet (ISO 8601; '' keeps the file's own)
  --feed <file>         articles from a JSONL file ("text", and optionally "id", "outlet",
                        "title", "publishedAt" per line; '-' is standard input)
  --fail-above <share>  exit 1 when an article's reused share is above this (0.3 or 30%)
  --progress, --no-progress
                        as in compare
  -h, --help            show this help

Exit codes as in compare: 0 done, 1 an article above --fail-above, 2 trouble.

Examples:
  wirediff batch apps/cli/examples/wire.txt apps/cli/examples/outlet.txt apps/cli/examples/gazette.txt
  wirediff batch wire.txt --feed outlets.jsonl --format csv > shares.csv
`;

/** `wirediff batch --format json`. */
export interface BatchJson {
  /** Every article, the source first; `comparisons[].inputs` index into it. */
  inputs: JsonInput[];
  /** One per compared article: the library's report of [source, article]. */
  comparisons: Array<{ inputs: [number, number]; report: ComparisonReport }>;
}

/**
 * `wirediff batch`: the first article is the source; every other article is compared with it
 * alone. Resolves to the exit code; throws `UsageError` for bad arguments and unreadable files.
 * @example await runBatch(['wire.txt', 'sun.txt', 'times.txt'], process) // 0
 */
export async function runBatch(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseComparisonArgs(args);
  if (parsed.help) {
    io.stdout.write(BATCH_HELP);
    return 0;
  }
  if (parsed.files.length === 0) throw new UsageError('batch needs a source file and at least one article to compare with it (see wirediff batch --help)');
  if (parsed.format === 'html') throw new UsageError('batch has no HTML report; for one article\'s printable report run wirediff compare <source> <article> --format html');
  if (parsed.files.length < 2 && parsed.feeds.length === 0) throw new UsageError('batch needs at least one article besides the source (files, or --feed)');
  const [source, ...others] = await loadArticles(parsed, io);
  if (!source || others.length === 0) throw new UsageError('batch needs at least one article besides the source');
  const { comparer, options, style } = startComparisonRun(parsed, io);
  const results: BatchResult[] = others.map((article, index) => {
    const label = describeWork([source.text, article.text], `comparing ${index + 1} of ${others.length}: ${articleName(article)}`);
    return { input: index + 1, article, report: comparer.compare([toDocumentInput(source), toDocumentInput(article)], options, label) };
  });
  const rows = summariseBatch(results);
  if (parsed.format === 'json') {
    const output: BatchJson = { inputs: [source, ...others].map(toJsonInput), comparisons: results.map(({ input, report }) => ({ inputs: [0, input], report })) };
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else if (parsed.format === 'csv') {
    io.stdout.write(formatBatchCsv(rows));
  } else {
    const sourceSentences = results[0]?.report.documents[0]?.stats.sentences ?? 0;
    io.stdout.write(renderBatchSummary({ name: articleName(source), sentences: sourceSentences }, rows, style.strong));
  }
  const threshold = parsed.failAbove;
  const verdict = judgeShares(threshold === undefined ? [] : rows.filter((row) => row.reusedShare > threshold).map((row) => ({ name: row.name, share: row.reusedShare })), threshold);
  io.stderr.write(verdict.message);
  return verdict.code;
}
