import { ApiError } from '../errors.js';

// C0 controls other than tab, LF, VT, FF, CR, plus DEL: real text files almost never contain them.
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const UTF8_BOM = /^\uFEFF/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80-0x9F become C1 controls),
// so the 32 bytes where the two differ are mapped here.
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Decode Windows-1252 bytes (older wire copy, the METER corpus) correctly on every Node version.
 * @example decodeWindows1252(new Uint8Array([0x93, 0x48, 0x94])) // '\u201CH\u201D'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = new Array<number>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const byte = chunk[j]!;
      codes[j] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Decode an uploaded text file: UTF-8 (BOM dropped), else Windows-1252 (older wire copy);
 * binary data sent as text is refused with 422.
 * @example decodeTextFile(new TextEncoder().encode('Hello'), 'a.txt') // 'Hello'
 */
export function decodeTextFile(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = utf8.decode(bytes).replace(UTF8_BOM, '');
  } catch {
    text = decodeWindows1252(bytes);
  }
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls > text.length / 1000)) {
    throw new ApiError('unreadable-file', `${name} looks like binary data, not text.`);
  }
  return text;
}
