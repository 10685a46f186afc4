#!/usr/bin/env node
import { runArchive } from './commands/archive.js';
import { runBatch } from './commands/batch.js';
import type { CommandIo } from './commands/command-io.js';
import { runCompare } from './commands/compare.js';
import { runServe } from './commands/serve.js';
import { EXIT_CODES } from './output/fail-above.js';
import { UsageError } from './usage-error.js';
import { readVersion } from './version.js';

const HELP = `Usage: wirediff <command> [options]

Shows, sentence by sentence, how news articles reuse each other's text.

Commands:
  compare <file> <file> […]    compare articles with each other (text, json, csv or html)
  batch <source> <file> […]    compare one source with each article; one summary row each
  serve                        start the HTTP API and web app
  archive <command>            keep articles in an archive; find an article's sources, dedup

Options:
  -h, --help      show this help (wirediff <command> --help for a command's options)
  -v, --version   print the version

Exit codes: 0 done; 1 an article's reused share is above --fail-above; 2 trouble (a usage
error, an unreadable file, or a bug).

Example (from the repository root):
  npx wirediff compare apps/cli/examples/wire.txt apps/cli/examples/outlet.txt
`;

async function run(args: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'compare':
      return runCompare(rest, io);
    case 'batch':
      return runBatch(rest, io);
    case 'serve':
      return runServe(rest, io);
    case 'archive':
      return runArchive(rest, io);
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(HELP);
      return EXIT_CODES.ok;
    case '-v':
    case '--version':
      io.stdout.write(`${readVersion()}\n`);
      return EXIT_CODES.ok;
    case undefined:
      io.stderr.write(HELP);
      return EXIT_CODES.trouble;
    default:
      throw new UsageError(`unknown command '${command}' (commands: compare, batch, serve, archive; see wirediff --help)`);
  }
}

// `wirediff compare … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), process);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`wirediff: ${error.message}\n`);
  } else {
    // A bug, not a user error: keep the stack so it can be reported.
    process.stderr.write(`wirediff: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
  }
  // Never 1, which says "reuse above --fail-above" to a script.
  process.exitCode = EXIT_CODES.trouble;
}
