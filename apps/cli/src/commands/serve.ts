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
 * `wirediff serve`: starts the API server and keeps running until it is stopped.
 * The API is imported only here so that `wirediff compare` does not load the server's
 * dependencies (SQLite, PDF and .docx readers).
 * @example await runServe(['--port', '8080'], process) // 0 once the server has started
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
  await api.startServer(config);
  return 0;
}
