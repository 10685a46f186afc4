import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { ApiError } from '../errors.js';

/** Limits of a streamed line-by-line body. */
export interface BodyLinesLimits {
  /** The whole body, in bytes (413 beyond, counted as it arrives). */
  maxBytes: number;
  /** One line, in characters (413 beyond, before the line is held whole). */
  maxLineChars: number;
}

/** One non-blank line of the body: its number (from 1, blank lines counted) and its text without the line break. */
export interface BodyLine {
  line: number;
  text: string;
}

// An answer sent before the body is read to its end leaves the connection unusable for the next request.
const CLOSE = { Connection: 'close' };

async function* bodyChunks(c: Context): AsyncGenerator<Uint8Array> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming !== undefined) {
    // destroyOnReturn: false, so that giving up on a bad line still lets the route answer on the socket.
    try {
      for await (const chunk of incoming.iterator({ destroyOnReturn: false })) yield chunk as Buffer;
    } catch {
      throw new ApiError('bad-request', 'The request body was cut off.', { headers: CLOSE });
    }
    return;
  }
  const reader = c.req.raw.body?.getReader();
  if (reader === undefined) return;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The request body as UTF-8 lines, read as it arrives: memory holds one chunk and one line,
 * never the body. `\r\n` and `\n` both end a line; blank lines are skipped but counted.
 * @example for await (const { line, text } of bodyLines(c, { maxBytes: 1 << 30, maxLineChars: 1 << 22 })) JSON.parse(text)
 */
export async function* bodyLines(c: Context, limits: BodyLinesLimits): AsyncGenerator<BodyLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let pending = '';
  let line = 0;
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new ApiError('bad-request', `Line ${line + 1} of the body is not valid UTF-8.`, { headers: CLOSE });
    }
  };
  const tooLong = (): ApiError => new ApiError('too-large', `Line ${line + 1} of the body is over ${limits.maxLineChars} characters.`, { headers: CLOSE });
  for await (const chunk of bodyChunks(c)) {
    bytes += chunk.byteLength;
    if (bytes > limits.maxBytes) throw new ApiError('too-large', `The request body is over the limit of ${limits.maxBytes} bytes.`, { headers: CLOSE });
    pending += decode(chunk);
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      line += 1;
      const text = pending.slice(start, end > start && pending.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
      if (text.length > limits.maxLineChars) throw tooLong();
      if (text.trim() !== '') yield { line, text };
    }
    pending = pending.slice(start);
    if (pending.length > limits.maxLineChars) throw tooLong();
  }
  pending += decode();
  if (pending.trim() !== '') {
    line += 1;
    if (pending.length > limits.maxLineChars) throw tooLong();
    yield { line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
  }
}
