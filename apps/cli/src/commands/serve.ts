import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { parseFlags } from './parse-flags.js';

const FLAGS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** One environment variable as `@wirediff/api` documents it. */
export interface EnvVarHelp {
  name: string;
  default: string;
  description: string;
}

/**
 * `wirediff serve --help`: the flags, then every environment variable the server reads.
 * @example renderServeHelp([{ name: 'PORT', default: '8787', description: 'TCP port.' }]) // 'Usage: wirediff serve …\n  PORT  (default 8787)\n      TCP port.'
 */
export function renderServeHelp(envVars: readonly EnvVarHelp[]): string {
  const width = Math.max(...envVars.map((envVar) => envVar.name.length));
  const lines = envVars.map((envVar) => `  ${envVar.name.padEnd(width)}  ${envVar.description} (default: ${envVar.default})`);
  return `Usage: wirediff serve [--port N] [--host H]

Starts the wirediff HTTP API (and the built web app, when there is one).

Options:
  -p, --port <N>   TCP port; overrides PORT
  --host <H>       interface to listen on; overrides HOST
  -h, --help       show this help

Environment variables:
${lines.join('\n')}
`;
}

/**
 * `wirediff serve`: starts the API server and runs until SIGINT/SIGTERM, then closes it cleanly.
 * The API is imported only here so that `wirediff compare` does not load the server's
 * dependencies (SQLite, PDF and .docx readers).
 * @example await runServe(['--port', '8080'], process) // 0 after Ctrl-C
 */
export async function runServe(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(args, FLAGS);
  if (positionals.length > 0) throw new UsageError(`serve takes no file arguments, got '${positionals[0]}' (see wirediff serve --help)`);
  const api = await import('@wirediff/api');
  if (values.help) {
    io.stdout.write(renderServeHelp(api.ENV_VARS));
    return 0;
  }
  const env = { ...io.env };
  if (values.port !== undefined) env['PORT'] = values.port;
  if (values.host !== undefined) env['HOST'] = values.host;
  let config: ReturnType<typeof api.readConfig>;
  try {
    config = api.readConfig(env);
  } catch (error) {
    // readConfig names the variable; the flag is what the user typed.
    const message = (error as Error).message.replace(/^PORT /u, values.port === undefined ? 'PORT ' : '--port ').replace(/^HOST /u, values.host === undefined ? 'HOST ' : '--host ');
    throw new UsageError(message);
  }
  let server: Awaited<ReturnType<typeof api.startServer>>;
  try {
    server = await api.startServer(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${config.port} on ${config.host} is already in use (choose another with --port)`);
    if (code === 'EACCES') throw new UsageError(`no permission to listen on ${config.host}:${config.port} (ports below 1024 need privileges)`);
    if (code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${config.host}: no such local address`);
    throw error;
  }
  io.stdout.write(`wirediff API listening on ${server.url} (docs: ${server.url}/docs)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
