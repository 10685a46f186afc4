import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

const WINDOW_MS = 60_000;

/**
 * Fixed-window rate limit per client: at most `perMinute` requests each minute, then 429 with
 * Retry-After. The client is its API key when one is sent, else its socket address
 * (X-Forwarded-For is not trusted: anyone can set it).
 * @example app.use('/v1/*', rateLimit({ perMinute: 120, clientKey: (c) => 'ip' }))
 */
export function rateLimit(options: { perMinute: number; clientKey: (c: Context) => string; now?: () => number }): MiddlewareHandler {
  const now = options.now ?? Date.now;
  let windowStart = now();
  let counts = new Map<string, number>();
  return async (c, next) => {
    const time = now();
    if (time - windowStart >= WINDOW_MS) {
      // A new window forgets every client, so the map never outgrows one minute of clients.
      windowStart = time - ((time - windowStart) % WINDOW_MS);
      counts = new Map();
    }
    const key = options.clientKey(c);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    const remaining = Math.max(0, options.perMinute - count);
    const reset = Math.max(1, Math.ceil((windowStart + WINDOW_MS - time) / 1000));
    if (count > options.perMinute) {
      throw new ApiError('rate-limited', `More than ${options.perMinute} requests in a minute; try again in ${reset} s.`, {
        headers: { 'Retry-After': String(reset), 'RateLimit-Limit': String(options.perMinute), 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(reset) },
      });
    }
    await next();
    c.header('RateLimit-Limit', String(options.perMinute));
    c.header('RateLimit-Remaining', String(remaining));
    c.header('RateLimit-Reset', String(reset));
  };
}
