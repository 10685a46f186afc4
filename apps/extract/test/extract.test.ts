import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { decodeText, decodeTextFile, decodeWindows1252 } from '../src/decode-text.js';
import { ExtractError } from '../src/extract-error.js';
import { detectFormat, extractFile } from '../src/extract-file.js';
import { extractHtml } from '../src/extract-html.js';
import { extractMarkdown } from '../src/extract-markdown.js';
import { htmlNodeToText } from '../src/html-to-text.js';
import { readZip } from '../src/read-zip.js';
import { writeDocx, writePdf, writeZip } from '../src/testing/index.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('htmlNodeToText', () => {
  test.each([
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<p>Line<br>break</p>', 'Line\nbreak'],
    ['<div>  lots   of\n\n spaces </div>', 'lots of spaces'],
    ['<p>Kept</p><script>drop()</script><style>p{}</style>', 'Kept'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['<p>in<b>line</b> <i>tags</i></p>', 'inline tags'],
  ])('%s', (html, expected) => {
    expect(htmlNodeToText(parseHTML(`<html><body>${html}</body></html>`).document.body as never)).toBe(expected);
  });
});

describe('extractHtml', () => {
  test('a fragment without an article still gives its text', () => {
    expect(extractHtml('<p>Just a paragraph.</p>').text).toBe('Just a paragraph.');
  });
  test('the date comes from a <time> element when there is no meta tag', () => {
    expect(extractHtml('<article><time datetime="2024-05-02">May 2</time><p>Text.</p></article>').publishedAt).toBe('2024-05-02');
  });
});

describe('extractMarkdown', () => {
  test.each([
    ['# Title\n\nBody **bold** and _it_.', 'Title\n\nBody bold and it.', 'Title'],
    ['- one\n- two\n\n> quoted', 'one\ntwo\n\nquoted', undefined],
    ['![alt](x.png) and [link](http://e.org)', 'alt and link', undefined],
    ['```\ncode\n```', 'code', undefined],
  ])('%j', (markdown, text, title) => {
    const found = extractMarkdown(markdown);
    expect(found.text).toBe(text);
    expect(found.title).toBe(title);
  });
});

describe('decodeText', () => {
  test.each([
    ['ASCII', [0x68, 0x69], 'hi'],
    ['UTF-8 with BOM drops the BOM', [0xef, 0xbb, 0xbf, 0x68, 0x69], 'hi'],
    ['cp1252 curly quotes (invalid UTF-8)', [0x93, 0x68, 0x69, 0x94], '\u201chi\u201d'],
    ['cp1252 half and pound, as in METER', [0x33, 0xbd, 0x20, 0xa3, 0x35], '3\u00bd \u00a35'],
    ['UTF-16LE with BOM', [0xff, 0xfe, 0x68, 0x00, 0x14, 0x20], 'h\u2014'],
    ['UTF-16BE with BOM', [0xfe, 0xff, 0x00, 0x68, 0x20, 0x14], 'h\u2014'],
  ])('%s', (_name, input, expected) => {
    expect(decodeText(Uint8Array.from(input))).toBe(expected);
  });
});

describe('decodeTextFile', () => {
  test.each([
    ['UTF-8', bytes('caf\u00e9 \u2014 \u041f\u0440\u0438\u0432\u0435\u0442'), 'caf\u00e9 \u2014 \u041f\u0440\u0438\u0432\u0435\u0442'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a'],
    ['Windows-1252', new Uint8Array([0x80, 0x20, 0x91, 0x61, 0x92, 0x20, 0xe9]), '\u20ac \u2018a\u2019 \u00e9'],
    ['tabs, CR/LF and form feeds', bytes('a\tb\r\nc\f'), 'a\tb\r\nc\f'],
    ['wire copy with a ^Y before every paragraph (PA, METER)', new Uint8Array([0x19, 0x48, 0x69, 0x3c, 0x0a, 0x19, 0x93, 0x59, 0x6f, 0x94, 0x3c, 0x0a]), '\u0019Hi<\n\u0019\u201cYo\u201d<\n'],
  ])('%s', (_name, input, expected) => {
    expect(decodeTextFile(input, 'x.txt')).toBe(expected);
  });

  test.each([
    ['NUL bytes', new Uint8Array([0x61, 0x00, 0x62])],
    ['many control bytes', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61)))],
  ])('%s -> unreadable-file', (_name, input) => {
    expect(() => decodeTextFile(input, 'x.txt')).toThrow(expect.objectContaining({ kind: 'unreadable-file' }));
  });

  test('decodeWindows1252 maps every byte, including 0x80-0x9F', () => {
    const all = decodeWindows1252(new Uint8Array(Array.from({ length: 256 }, (_, i) => i)));
    expect(all).toHaveLength(256);
    expect(all[0x41]).toBe('A');
    expect(all[0x85]).toBe('\u2026');
    expect(all[0x9f]).toBe('\u0178');
    expect(all[0xff]).toBe('\u00ff');
  });
});

describe('detectFormat', () => {
  const pdf = bytes('%PDF-1.4');
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
  test.each([
    ['a.txt', '', bytes('x'), 'text'],
    ['A.MD', '', bytes('x'), 'markdown'],
    ['page.htm', '', bytes('x'), 'html'],
    ['doc.docx', '', zip, 'docx'],
    ['doc.pdf', '', pdf, 'pdf'],
    ['noextension', 'application/pdf', pdf, 'pdf'],
    ['noextension', 'text/plain; charset=utf-8', bytes('x'), 'text'],
  ])('%s (%s)', (name, mediaType, data, format) => {
    expect(detectFormat({ name, mediaType, bytes: data })).toBe(format);
  });

  test.each([
    ['a.exe', '', pdf, 'unsupported-type'],
    ['noextension', 'image/png', pdf, 'unsupported-type'],
    ['a.pdf', '', bytes('hello'), 'unreadable-file'],
    ['a.docx', '', pdf, 'unreadable-file'],
  ])('%s (%s) -> %s', (name, mediaType, data, kind) => {
    expect(() => detectFormat({ name, mediaType, bytes: data })).toThrow(expect.objectContaining({ name: 'ExtractError', kind }));
  });
});

describe('readZip', () => {
  test('reads stored and deflated entries', () => {
    const zip = writeZip([
      { name: 'a.txt', data: 'stored', deflate: false },
      { name: 'b.txt', data: 'deflated '.repeat(100) },
    ]);
    const entries = readZip(zip, { maxTotalBytes: 10_000, name: 'x.docx' });
    expect(new TextDecoder().decode(entries.get('a.txt'))).toBe('stored');
    expect(new TextDecoder().decode(entries.get('b.txt'))).toBe('deflated '.repeat(100));
  });

  test('stops inflating at the limit, whatever the headers claim', () => {
    const zip = writeZip([{ name: 'bomb.bin', data: new Uint8Array(1_000_000), claimedSize: 1 }]);
    expect(zip.length).toBeLessThan(5_000);
    expect(() => readZip(zip, { maxTotalBytes: 100_000, name: 'x.docx' })).toThrow(expect.objectContaining({ kind: 'too-large' }));
  });

  test.each([
    ['empty', new Uint8Array(0)],
    ['no directory', bytes('PK\u0003\u0004 and nothing else at all, not even an end record')],
    ['truncated', writeZip([{ name: 'a.txt', data: 'x'.repeat(1000) }]).subarray(0, 40)],
  ])('%s -> unreadable-file', (_name, data) => {
    expect(() => readZip(data, { maxTotalBytes: 1000, name: 'x.docx' })).toThrow(expect.objectContaining({ kind: 'unreadable-file' }));
  });
});

describe('extractFile', () => {
  const limits = { docxDecompressedBytes: 1_000_000, pdfPages: 5 };
  const cases: Array<{ name: string; mediaType?: string; bytes: () => Uint8Array; text: string; title?: string; publishedAt?: string }> = [
    { name: 'a.txt', bytes: () => bytes('Plain words.'), text: 'Plain words.' },
    { name: 'notepad.txt', bytes: () => Uint8Array.from([0xff, 0xfe, ...Buffer.from('Caf\u00e9.', 'utf16le')]), text: 'Caf\u00e9.' },
    { name: 'a.md', bytes: () => bytes('# Head\n\nBody *text*.'), text: 'Head\n\nBody text.', title: 'Head' },
    { name: 'page.html', bytes: () => bytes('<html><head><title>T</title></head><body><p>Para one.</p><p>Para two.</p></body></html>'), text: 'Para one.\n\nPara two.', title: 'T' },
    {
      name: 'story.docx',
      bytes: () => writeDocx(['First paragraph.', 'Second paragraph.'], { title: 'Story', created: '2024-05-02T09:30:00Z' }),
      text: 'First paragraph.\n\nSecond paragraph.',
      title: 'Story',
      publishedAt: '2024-05-02T09:30:00Z',
    },
    { name: 'story.pdf', bytes: () => writePdf(['Page one line.', 'Page two line.'], { title: 'Pdf story' }), text: 'Page one line.\n\nPage two line.', title: 'Pdf story', publishedAt: '2024-05-02T09:30:00Z' },
  ];
  test.each(cases)('$name', async ({ name, mediaType, bytes: make, text, title, publishedAt }) => {
    const found = await extractFile({ name, mediaType: mediaType ?? '', bytes: make() }, limits);
    expect(found.text).toBe(text);
    expect(found.title).toBe(title);
    expect(found.publishedAt).toBe(publishedAt);
  });

  const failures: Array<{ name: string; bytes: () => Uint8Array; kind: string; message: RegExp }> = [
    { name: 'locked.pdf', bytes: () => writePdf(['Secret.'], { encrypted: true }), kind: 'unreadable-file', message: /encrypted/u },
    { name: 'scan.pdf', bytes: () => writePdf(['']), kind: 'unreadable-file', message: /no text layer/u },
    { name: 'long.pdf', bytes: () => writePdf(['1', '2', '3', '4', '5', '6']), kind: 'too-large', message: /6 pages; the limit is 5/u },
    { name: 'notword.docx', bytes: () => writeZip([{ name: 'a.txt', data: 'x' }]), kind: 'unreadable-file', message: /not a Word document/u },
    { name: 'photo.png', bytes: () => bytes('x'), kind: 'unsupported-type', message: /not a supported kind/u },
  ];
  test.each(failures)('$name -> $kind', async ({ name, bytes: make, kind, message }) => {
    const promise = extractFile({ name, mediaType: '', bytes: make() }, limits);
    await expect(promise).rejects.toBeInstanceOf(ExtractError);
    await expect(extractFile({ name, mediaType: '', bytes: make() }, limits)).rejects.toThrow(expect.objectContaining({ kind, message: expect.stringMatching(message) }));
  });
});
