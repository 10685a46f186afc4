import { readFile } from 'node:fs/promises';
import { decodeUtf8OrWindows1252 } from '@wirediff/text';
import { UsageError } from './usage-error.js';

const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
const BINARY_FORMATS = /\.(?:docx?|pdf|odt|rtf|zip|gz|png|jpe?g|gif)$/iu;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent is not a directory',
};

/**
 * Text from bytes: UTF-16 when a byte-order mark says so, UTF-8 when the bytes are valid
 * UTF-8 (BOM dropped), cp1252 otherwise.
 * @example decodeText(Uint8Array.of(0x93, 0x68, 0x69, 0x94)) // '\u201chi\u201d'
 */
export function decodeText(bytes: Uint8Array): string {
  // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes);
  return decodeUtf8OrWindows1252(bytes);
}

/**
 * Reads a plain-text article (.txt, .md, …) for comparison; throws `UsageError` with the
 * reason when the file is missing, unreadable or not text.
 * @example await readTextFile('examples/wire.txt') // 'LONDON (Wirediff Wire) - …'
 */
export async function readTextFile(path: string): Promise<string> {
  if (BINARY_FORMATS.test(path)) throw new UsageError(`cannot read '${path}': only plain text is supported (.txt, .md); convert it to text first`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read '${path}': ${REASONS[code] ?? (error as Error).message}`);
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new UsageError(`cannot read '${path}': looks like a binary file, not text`);
  return text;
}
