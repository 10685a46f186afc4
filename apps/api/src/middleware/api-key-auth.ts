import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiKey } from '../config.js';
import { ApiError } from '../errors.js';
import { requestHeader } from '../http/node-request.js';
import { SHARED_SCOPE } from '../scope.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Set each request's scope (see scope.ts). With `keys`, require `Authorization: Bearer <key>`
 * on every path `isPublic` does not exempt, and file the request under the matching key's id;
 * compares digests in constant time so response timing does not leak a key's prefix. Without
 * keys, every request shares one scope.
 * @example app.use('/v1/*', apiKeyScope({ keys: [{ id: 'desk', key: 's3cret' }], isPublic: (path) => path === '/v1/health' }))
 */
export function apiKeyScope(options: { keys: readonly ApiKey[]; isPublic: (path: string) => boolean }): MiddlewareHandler {
  const digests = options.keys.map((key) => ({ id: key.id, digest: digest(key.key) }));
  return async (c, next) => {
    if (digests.length === 0) {
      c.set('scope', SHARED_SCOPE);
      return next();
    }
    const token = BEARER.exec(requestHeader(c, 'authorization') ?? '')?.[1];
    const given = token === undefined ? null : digest(token);
    // Every key is compared, match or not, so timing does not say which one matched.
    let matched: string | null = null;
    for (const key of digests) if (given !== null && timingSafeEqual(key.digest, given)) matched = key.id;
    if (matched !== null) {
      c.set('scope', { keyId: matched });
      return next();
    }
    // A public route (health) reads no saved data; it gets no scope, so scopeOf() there is a
    // loud server error rather than a view of the shared space.
    if (options.isPublic(c.req.path)) return next();
    throw new ApiError('unauthorized', token === undefined ? 'This server needs an API key: send `Authorization: Bearer <key>`.' : 'The API key is not valid.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="wirediff"' },
    });
  };
}
