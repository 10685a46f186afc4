// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1: bytes 0x80-0x9F come out as C1
// control characters instead of curly quotes, dashes and the euro sign. So the 32 bytes where
// the two differ are mapped here; the rest of cp1252 is Latin-1 (byte = code point).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
// String.fromCharCode takes its codes as arguments: chunks keep the argument list small.
const CHUNK = 8192;

/**
 * Decodes Windows-1252 bytes (older wire copy such as the METER corpus, Windows editors)
 * correctly on every Node version.
 * @example decodeWindows1252(Uint8Array.of(0x93, 0x48, 0x94)) // '\u201CH\u201D'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, i + CHUNK);
    const codes = new Array<number>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const byte = chunk[j]!;
      codes[j] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LEADING_BOM = /^\uFEFF/;

/**
 * Decodes a text file's bytes: UTF-8 when they are valid UTF-8 (byte-order mark dropped),
 * Windows-1252 otherwise — old British wire copy and Windows editors save it, and any byte
 * sequence decodes, so this never throws.
 * @example decodeUtf8OrWindows1252(Uint8Array.of(0x93, 0x68, 0x69, 0x94)) // '\u201Chi\u201D'
 */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes).replace(LEADING_BOM, '');
  } catch {
    return decodeWindows1252(bytes);
  }
}
