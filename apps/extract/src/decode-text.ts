import { decodeUtf8OrWindows1252, decodeWindows1252 } from '@wirediff/text';
import { ExtractError } from './extract-error.js';

export { decodeWindows1252 };

// C0 controls other than tab, LF, VT, FF, CR, plus DEL: real text files almost never contain them.
// Not ^Y (0x19): Press Association wire copy (METER) starts every paragraph with one, up to 2%
// of a take's bytes, and it is text all the same (the tokeniser skips it).
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u0018\u001A-\u001F\u007F]/g;
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/**
 * Text from a file's bytes: UTF-16 when a byte-order mark says so (Windows Notepad's
 * "Unicode"), UTF-8 when the bytes are valid UTF-8 (BOM dropped), Windows-1252 otherwise
 * (older wire copy such as METER).
 * @example decodeText(Uint8Array.of(0x93, 0x68, 0x69, 0x94)) // '\u201chi\u201d'
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes);
  return decodeUtf8OrWindows1252(bytes);
}

/**
 * Decode a text file as `decodeText` does; binary data sent as text is refused
 * (`ExtractError` 'unreadable-file').
 * @example decodeTextFile(new TextEncoder().encode('Hello'), 'a.txt') // 'Hello'
 */
export function decodeTextFile(bytes: Uint8Array, name: string): string {
  const text = decodeText(bytes);
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls > text.length / 1000)) {
    throw new ExtractError('unreadable-file', `${name} looks like binary data, not text.`);
  }
  return text;
}
