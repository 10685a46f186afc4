// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1: bytes 0x80-0x9F come out as C1
// control characters instead of the curly quotes, dashes and ellipses METER uses.
// So the 32 bytes that differ are mapped here; the rest of cp1252 is Latin-1 (byte = code point).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 bytes (METER's encoding) to a string.
 * @example decodeCp1252(Uint8Array.of(0x93, 0x68, 0x69, 0x94)) // '\u201chi\u201d'
 */
export function decodeCp1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const codes = Array.from(bytes.subarray(offset, offset + CHUNK), (byte) => (byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
