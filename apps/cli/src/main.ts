#!/usr/bin/env node
import { runCompare } from './commands/compare.js';
import type { CommandIo } from './commands/command-io.js';
import { runServe } from './commands/serve.js';
import { USAGE_EXIT_CODE, UsageError } from './usage-error.js';
import { readVersion } from './version.js';

const HELP = `Usage: wirediff <command> [options]

Shows, sentence by sentence, how news articles reuse each other's text.

Commands:
  compare <file> <file> […]   compare plain-text articles; text report or --json
  serve                       start the HTTP API and web app

Options:
  -h, --help      show this help (wirediff <command> --help for a command's options)
  -v, --version   print the version

Example:
  wirediff compare examples/wire.txt examples/outlet.txt
`;

async function run(args: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'compare':
      return runCompare(rest, io);
    case 'serve':
      return runServe(rest, io);
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case '-v':
    case '--version':
      io.stdout.write(`${readVersion()}\n`);
      return 0;
    case undefined:
      io.stderr.write(HELP);
      return USAGE_EXIT_CODE;
    default:
      throw new UsageError(`unknown command '${command}' (commands: compare, serve; see wirediff --help)`);
  }
}

// `wirediff compare … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), process);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`wirediff: ${error.message}\n`);
    process.exitCode = USAGE_EXIT_CODE;
  } else {
    // A bug, not a user error: keep the stack so it can be reported.
    process.stderr.write(`wirediff: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
