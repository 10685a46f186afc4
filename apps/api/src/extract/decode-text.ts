import { decodeUtf8OrWindows1252, decodeWindows1252 } from '@wirediff/text';
import { ApiError } from '../errors.js';

export { decodeWindows1252 };

// C0 controls other than tab, LF, VT, FF, CR, plus DEL: real text files almost never contain them.
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * Decode an uploaded text file: UTF-8 (BOM dropped), else Windows-1252 (older wire copy);
 * binary data sent as text is refused with 422.
 * @example decodeTextFile(new TextEncoder().encode('Hello'), 'a.txt') // 'Hello'
 */
export function decodeTextFile(bytes: Uint8Array, name: string): string {
  const text = decodeUtf8OrWindows1252(bytes);
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls > text.length / 1000)) {
    throw new ApiError('unreadable-file', `${name} looks like binary data, not text.`);
  }
  return text;
}
