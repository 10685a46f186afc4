import { createWriteStream } from 'node:fs';
import type { MiddlewareHandler } from 'hono';
import type { AccessLogTarget } from '../config.js';
import type { Scope } from '../scope.js';

/** One line of the access log. Never the texts, the key or the query string. */
export interface AccessLogEntry {
  time: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The id of the API key (its name or hash), null without one. */
  keyId: string | null;
  client: string;
}

/** Where access log entries go; tests pass a function that collects them. */
export type AccessLogSink = (entry: AccessLogEntry) => void;

/**
 * Record one entry per request once the response is ready: method, path, status, duration,
 * key id and client address.
 * @example app.use('*', accessLog({ sink: (entry) => console.log(JSON.stringify(entry)) }))
 */
export function accessLog(options: { sink: AccessLogSink; now?: () => number }): MiddlewareHandler {
  const now = options.now ?? (() => performance.now());
  return async (c, next) => {
    const started = now();
    await next();
    const scope = c.get('scope') as Scope | undefined;
    options.sink({
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((now() - started) * 10) / 10,
      keyId: scope?.keyId ?? null,
      client: (c.get('clientAddress') as string | undefined) ?? 'unknown',
    });
  };
}

/**
 * A sink writing one JSON line per entry to standard output or appending to a file (through a
 * stream, so a slow disk does not hold up the event loop); `close` flushes the file.
 * @example const log = openAccessLog({ kind: 'stdout' }); log.sink(entry)
 */
export function openAccessLog(target: AccessLogTarget): { sink: AccessLogSink | null; close(): Promise<void> } {
  if (target.kind === 'off') return { sink: null, close: async () => {} };
  if (target.kind === 'stdout') return { sink: (entry) => void process.stdout.write(`${JSON.stringify(entry)}\n`), close: async () => {} };
  const stream = createWriteStream(target.path, { flags: 'a' });
  // A log file that cannot be written must not take the server down; say so once on stderr.
  stream.once('error', (error) => console.error(JSON.stringify({ level: 'error', message: 'access log not written', path: target.path, error: error.message })));
  return {
    sink: (entry) => {
      if (!stream.destroyed) stream.write(`${JSON.stringify(entry)}\n`);
    },
    close: () => new Promise<void>((resolve) => (stream.destroyed ? resolve() : stream.end(resolve))),
  };
}
