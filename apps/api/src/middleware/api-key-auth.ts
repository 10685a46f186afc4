import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Require `Authorization: Bearer <key>` with one of `keys`; compares digests in constant time
 * so response timing does not leak a key's prefix.
 * @example app.use('/v1/*', requireApiKey({ keys: ['s3cret'] }))
 */
export function requireApiKey(options: { keys: readonly string[] }): MiddlewareHandler {
  const digests = options.keys.map(digest);
  return async (c, next) => {
    const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    const given = token === undefined ? null : digest(token);
    // Every key is compared, match or not, so timing does not say which one matched.
    let ok = false;
    for (const key of digests) if (given !== null && timingSafeEqual(key, given)) ok = true;
    if (!ok) {
      throw new ApiError('unauthorized', token === undefined ? 'This server needs an API key: send `Authorization: Bearer <key>`.' : 'The API key is not valid.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="wirediff"' },
      });
    }
    await next();
  };
}
