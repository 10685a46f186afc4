import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { decodeTextFile, decodeWindows1252 } from '../src/extract/decode-text.js';
import { detectFormat } from '../src/extract/extract-file.js';
import { extractHtml } from '../src/extract/extract-html.js';
import { extractMarkdown } from '../src/extract/extract-markdown.js';
import { htmlNodeToText } from '../src/extract/html-to-text.js';
import { readZip } from '../src/extract/read-zip.js';
import { writeZip } from './helpers/zip-writer.js';

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

describe('decodeTextFile', () => {
  test.each([
    ['UTF-8', bytes('caf\u00e9 \u2014 \u041f\u0440\u0438\u0432\u0435\u0442'), 'caf\u00e9 \u2014 \u041f\u0440\u0438\u0432\u0435\u0442'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a'],
    ['Windows-1252', new Uint8Array([0x80, 0x20, 0x91, 0x61, 0x92, 0x20, 0xe9]), '\u20ac \u2018a\u2019 \u00e9'],
    ['tabs, CR/LF and form feeds', bytes('a\tb\r\nc\f'), 'a\tb\r\nc\f'],
  ])('%s', (_name, input, expected) => {
    expect(decodeTextFile(input, 'x.txt')).toBe(expected);
  });

  test.each([
    ['NUL bytes', new Uint8Array([0x61, 0x00, 0x62])],
    ['many control bytes', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61)))],
  ])('%s -> 422', (_name, input) => {
    expect(() => decodeTextFile(input, 'x.txt')).toThrow(expect.objectContaining({ status: 422 }));
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
    ['a.exe', '', pdf, 415],
    ['noextension', 'image/png', pdf, 415],
    ['a.pdf', '', bytes('hello'), 422],
    ['a.docx', '', pdf, 422],
  ])('%s (%s) -> %i', (name, mediaType, data, status) => {
    expect(() => detectFormat({ name, mediaType, bytes: data })).toThrow(expect.objectContaining({ status }));
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
    expect(() => readZip(zip, { maxTotalBytes: 100_000, name: 'x.docx' })).toThrow(expect.objectContaining({ status: 413 }));
  });

  test.each([
    ['empty', new Uint8Array(0)],
    ['no directory', bytes('PK\u0003\u0004 and nothing else at all, not even an end record')],
    ['truncated', writeZip([{ name: 'a.txt', data: 'x'.repeat(1000) }]).subarray(0, 40)],
  ])('%s -> 422', (_name, data) => {
    expect(() => readZip(data, { maxTotalBytes: 1000, name: 'x.docx' })).toThrow(expect.objectContaining({ status: 422 }));
  });
});
