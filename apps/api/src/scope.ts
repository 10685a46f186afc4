import type { Context } from 'hono';

/**
 * Whose data a request may see. With API keys configured, `keyId` is the id of the key that
 * authenticated it (a name or a hash, never the key), and every store filters by it: another
 * key's data is "not found". Without keys the server has one shared space and `keyId` is null.
 * Routes get it with `scopeOf(c)`; stores take it as a required argument, so a route cannot
 * forget it.
 */
export interface Scope {
  keyId: string | null;
}

/** The variables every request carries through the app (set by the middleware in app.ts). */
export interface AppVariables {
  scope: Scope;
  /** The client's address: the socket peer, or the forwarded client when the peer is a trusted proxy. */
  clientAddress: string;
}

/** The Hono environment of the app: `c.get('scope')`, `c.get('clientAddress')`. */
export interface AppEnv {
  Variables: AppVariables;
}

/** The scope of a request with no key: the one shared space of a server without keys. */
export const SHARED_SCOPE: Scope = Object.freeze({ keyId: null });

/**
 * The scope of the current request; every route that reads or writes saved data passes it on.
 * @example await store.get(id, scopeOf(c))
 */
export function scopeOf(c: Context): Scope {
  const scope = c.get('scope') as Scope | undefined;
  // No fallback: a request that reached a route without passing the key middleware is a server
  // bug, and guessing "shared" would show one key's data to another.
  if (scope === undefined) throw new Error('scopeOf: no scope on this request (the API key middleware did not run)');
  return scope;
}
