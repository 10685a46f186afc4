import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { ApiError } from '../errors.js';

interface NodeBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

function bindings(c: Context): NodeBindings {
  return (c.env as NodeBindings | undefined) ?? {};
}

/**
 * A request header (case-insensitive name, several values joined by ", "), read from Node's own
 * parsed headers when there are some: asking Hono builds a WHATWG Headers object of every
 * header, which costs more than the rest of a small request's routing.
 * @example requestHeader(c, 'content-type') // 'application/json'
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = bindings(c).incoming;
  if (incoming === undefined) return c.req.header(name);
  const value = incoming.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The socket peer's address ('local' in-process, where there is no socket).
 * @example socketAddress(c) // '127.0.0.1'
 */
export function socketAddress(c: Context): string {
  return bindings(c).incoming?.socket?.remoteAddress ?? 'local';
}

function tooLarge(maxBytes: number): ApiError {
  // The rest of the body is never read, so the connection cannot carry another request.
  return new ApiError('too-large', `The request body is over the limit of ${maxBytes} bytes.`, { headers: { Connection: 'close' } });
}

/**
 * The declared body size, or null when the request does not say (chunked); over `maxBytes` is a 413
 * before anything is read.
 * @example const declared = declaredBodyBytes(c, limits.bodyBytes)
 */
export function declaredBodyBytes(c: Context, maxBytes: number): number | null {
  const raw = requestHeader(c, 'content-length');
  if (raw === undefined || requestHeader(c, 'transfer-encoding') !== undefined) return null;
  const bytes = Number(raw);
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new ApiError('bad-request', 'The Content-Length header is not a number of bytes.');
  if (bytes > maxBytes) throw tooLarge(maxBytes);
  return bytes;
}

/**
 * The whole request body as bytes in a buffer of its own (so it can be transferred to a worker
 * thread without copying), at most `maxBytes` (413 beyond, counted as it arrives, whatever
 * Content-Length said). Under Node it is read straight from the socket stream, which costs a
 * fraction of going through the WHATWG Request and its web stream; in-process (tests) through
 * the Request. A body still arriving at `deadline` (epoch ms) is a 400: an admitted request holds
 * its place in the queue while it uploads, and a trickling client must not hold it for long.
 * @example const body = await readBody(c, limits.bodyBytes, admission.deadline)
 */
export async function readBody(c: Context, maxBytes: number, deadline = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const incoming = bindings(c).incoming;
  if (incoming === undefined) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
    return bytes;
  }
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const timer = Number.isFinite(deadline)
      ? setTimeout(() => {
          cleanup();
          incoming.pause();
          reject(new ApiError('bad-request', 'The request body did not arrive within the time budget.', { headers: { Connection: 'close' } }));
        }, Math.max(0, deadline - Date.now()))
      : undefined;
    const cleanup = (): void => {
      clearTimeout(timer);
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanup();
        incoming.pause();
        reject(tooLarge(maxBytes));
        return;
      }
      parts.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(parts);
    };
    const onError = (): void => {
      cleanup();
      reject(new ApiError('bad-request', 'The request body was cut off.'));
    };
    const onClose = (): void => {
      if (incoming.complete) return;
      cleanup();
      reject(new ApiError('bad-request', 'The client closed the connection before sending the whole body.'));
    };
    if (incoming.readableEnded) {
      cleanup();
      resolve(parts);
      return;
    }
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  // A buffer of its own: chunks may be slices of Node's shared pool, which must not be transferred.
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** The client's connection as the work queue sees it: whether it went away, and a way to hear when it does. */
export interface ClientConnection {
  readonly gone: boolean;
  /** Call `listener` once if the client goes away before its answer is sent; returns a function that stops listening. */
  onGone(listener: () => void): () => void;
}

const STAYING: ClientConnection = { gone: false, onGone: () => () => {} };

/**
 * The request's client, gone when it closes the connection (or cancels) before its response
 * is sent, so its queued work can be dropped. Listens on the Node response itself, which costs
 * less than an AbortController per request. In-process (tests' app.request) a client never goes.
 * @example queue.admit(costMs, clientConnection(c))
 */
export function clientConnection(c: Context): ClientConnection {
  const outgoing = bindings(c).outgoing;
  if (outgoing === undefined) return STAYING;
  const isGone = (): boolean => outgoing.destroyed && !outgoing.writableFinished;
  return {
    get gone() {
      return isGone();
    },
    onGone(listener) {
      const onClose = (): void => {
        if (!outgoing.writableFinished) listener();
      };
      outgoing.once('close', onClose);
      return () => void outgoing.off('close', onClose);
    },
  };
}
