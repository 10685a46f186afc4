import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeText, readTextFile } from '../src/read-text-file.js';
import { UsageError } from '../src/usage-error.js';

describe('decodeText', () => {
  const cases: Array<[string, number[], string]> = [
    ['ASCII', [0x68, 0x69], 'hi'],
    ['UTF-8 curly quotes', [0xe2, 0x80, 0x9c, 0x68, 0x69, 0xe2, 0x80, 0x9d], '\u201chi\u201d'],
    ['UTF-8 with BOM drops the BOM', [0xef, 0xbb, 0xbf, 0x68, 0x69], 'hi'],
    ['cp1252 curly quotes (invalid UTF-8)', [0x93, 0x68, 0x69, 0x94], '\u201chi\u201d'],
    ['cp1252 half and pound, as in METER', [0x33, 0xbd, 0x20, 0xa3, 0x35], '3\u00bd \u00a35'],
    ['cp1252 dash', [0x61, 0x96, 0x62], 'a\u2013b'],
    ['UTF-16LE with BOM', [0xff, 0xfe, 0x68, 0x00, 0x14, 0x20], 'h\u2014'],
    ['UTF-16BE with BOM', [0xfe, 0xff, 0x00, 0x68, 0x20, 0x14], 'h\u2014'],
  ];
  test.each(cases)('%s', (_name, bytes, expected) => expect(decodeText(Uint8Array.from(bytes))).toBe(expected));
});

describe('readTextFile', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirediff-cli-read-'));
    await writeFile(join(dir, 'ok.md'), '# Title\n\nBody.');
    await writeFile(join(dir, 'binary.txt'), Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('reads Markdown as text', async () => {
    await expect(readTextFile(join(dir, 'ok.md'))).resolves.toBe('# Title\n\nBody.');
  });
  const failures: Array<[string, string, RegExp]> = [
    ['missing file', 'nope.txt', /cannot read '.*nope\.txt': no such file$/u],
    ['directory', '.', /cannot read '.*': is a directory$/u],
    ['binary content', 'binary.txt', /looks like a binary file/u],
    ['.docx by name', 'report.docx', /only plain text is supported/u],
  ];
  test.each(failures)('%s is a UsageError', async (_name, file, message) => {
    const promise = readTextFile(join(dir, file));
    await expect(promise).rejects.toBeInstanceOf(UsageError);
    await expect(readTextFile(join(dir, file))).rejects.toThrow(message);
  });
});
