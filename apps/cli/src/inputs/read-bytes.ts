import { readFile } from 'node:fs/promises';
import { UsageError } from '../usage-error.js';
import type { InputIo } from './article-input.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent is not a directory',
};

/** The path that means standard input, as in cat, diff and grep. */
export const STDIN_PATH = '-';

async function readStdin(io: InputIo): Promise<Uint8Array> {
  // A terminal on stdin means the user typed `-` and nothing is piped in: say what it waits for.
  if (io.stdin.isTTY) io.stderr.write('wirediff: reading the article from standard input; end it with Ctrl-D\n');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  return Buffer.concat(chunks);
}

/**
 * A file's bytes, or standard input's for `-`; throws `UsageError` with the reason when the
 * file is missing or unreadable.
 * @example await readBytes('examples/wire.txt', process) // Uint8Array [...]
 */
export async function readBytes(path: string, io: InputIo): Promise<Uint8Array> {
  if (path === STDIN_PATH) return readStdin(io);
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read '${path}': ${REASONS[code] ?? (error as Error).message}`);
  }
}
