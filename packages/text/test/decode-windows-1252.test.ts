import { describe, expect, test } from 'vitest';
import { decodeUtf8OrWindows1252, decodeWindows1252 } from '@wirediff/text';

describe('decodeWindows1252', () => {
  test.each([
    ['curly quotes', [0x93, 0x48, 0x94], '\u201CH\u201D'],
    ['dashes and ellipsis', [0x96, 0x20, 0x97, 0x85], '\u2013 \u2014\u2026'],
    ['euro and pound', [0x80, 0x20, 0xa3], '\u20AC \u00A3'],
    ['plain ASCII', [0x41, 0x42], 'AB'],
    ['bytes cp1252 leaves undefined stay as their code point', [0x81, 0x8d], '\u0081\u008D'],
    ['nothing', [], ''],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(expected);
  });

  test('every byte decodes to one UTF-16 unit, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => i % 256);
    const text = decodeWindows1252(bytes);
    expect(text.length).toBe(bytes.length);
    expect(text.charCodeAt(8192 + 0x93 - (8192 % 256))).toBe(0x201c);
  });
});

describe('decodeUtf8OrWindows1252', () => {
  test.each([
    ['UTF-8', [0xe2, 0x80, 0x9c, 0x48, 0xe2, 0x80, 0x9d], '\u201CH\u201D'],
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf, 0x48, 0x69], 'Hi'],
    ['invalid UTF-8 read as Windows-1252', [0x93, 0x48, 0x94], '\u201CH\u201D'],
    ['nothing', [], ''],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeUtf8OrWindows1252(Uint8Array.from(bytes))).toBe(expected);
  });
});
