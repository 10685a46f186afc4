import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocx, writePdf } from '@wirediff/extract/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InputIo } from '../src/inputs/article-input.js';
import { assignIds, loadArticles } from '../src/inputs/load-articles.js';
import { readArticle } from '../src/inputs/read-article.js';
import { readFeed } from '../src/inputs/read-feed.js';
import { UsageError } from '../src/usage-error.js';

function ioWith(stdin: string | Uint8Array = ''): InputIo & { errors: string[] } {
  const errors: string[] = [];
  return {
    stdin: (async function* () {
      yield typeof stdin === 'string' ? Buffer.from(stdin) : stdin;
    })(),
    stderr: { write: (text: string) => errors.push(text) },
    errors,
  };
}

let dir = '';
const path = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-cli-inputs-'));
  await mkdir(path('folder.txt'));
  await writeFile(path('plain.txt'), 'The ferry will close.');
  await writeFile(path('no-extension'), 'Also plain text.');
  await writeFile(path('notepad.txt'), Uint8Array.from([0xff, 0xfe, ...Buffer.from('Caf\u00e9 \u2014 ok.', 'utf16le')]));
  await writeFile(path('old-wire.txt'), Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0xa3, 0x35]));
  await writeFile(path('binary.txt'), Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00));
  await writeFile(path('story.md'), '---\ntitle: Ferry\n---\n# Ferry closes\n\nThe *ferry* will close.');
  await writeFile(path('page.html'), '<html><head><title>Ferry | Post</title><meta property="article:published_time" content="2025-02-11T16:05:00Z"></head><body><nav>Home</nav><article><h1>Ferry</h1><p>The ferry will close at the end of March after councillors voted on Tuesday to end the service.</p><p>Nobody in the chamber wanted to be the one to end it.</p></article></body></html>');
  await writeFile(path('story.docx'), writeDocx(['The ferry will close.', 'Nobody wanted it.'], { title: 'Ferry', created: '2025-02-11T09:00:00Z' }));
  await writeFile(path('story.pdf'), writePdf(['The ferry will close.'], { title: 'Ferry PDF' }));
  await writeFile(path('locked.pdf'), writePdf(['Secret.'], { encrypted: true }));
  await writeFile(path('fake.pdf'), 'not a pdf at all');
  await writeFile(path('feed.jsonl'), '{"text":"One.","outlet":"A, Ltd","id":"a1","publishedAt":"2025-01-01"}\n\n{"text":"Two.","title":"T","extra":1}\r\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readArticle', () => {
  const cases: Array<{ file: string; format: string; text: string; title?: string; publishedAt?: string }> = [
    { file: 'plain.txt', format: 'text', text: 'The ferry will close.' },
    { file: 'no-extension', format: 'text', text: 'Also plain text.' },
    { file: 'notepad.txt', format: 'text', text: 'Caf\u00e9 \u2014 ok.' },
    { file: 'old-wire.txt', format: 'text', text: '\u201cHi\u201d \u2013 \u00a35' },
    { file: 'story.md', format: 'markdown', text: 'Ferry closes\n\nThe ferry will close.', title: 'Ferry' },
    { file: 'page.html', format: 'html', text: 'The ferry will close at the end of March after councillors voted on Tuesday to end the service.\n\nNobody in the chamber wanted to be the one to end it.', title: 'Ferry | Post', publishedAt: '2025-02-11T16:05:00Z' },
    { file: 'story.docx', format: 'docx', text: 'The ferry will close.\n\nNobody wanted it.', title: 'Ferry', publishedAt: '2025-02-11T09:00:00Z' },
    { file: 'story.pdf', format: 'pdf', text: 'The ferry will close.', title: 'Ferry PDF', publishedAt: '2024-05-02T09:30:00Z' },
  ];
  test.each(cases)('$file is read as $format', async ({ file, format, text, title, publishedAt }) => {
    const article = await readArticle(path(file), ioWith());
    expect(article).toMatchObject({ path: path(file), format, text, outlet: file });
    expect(article.title).toBe(title);
    expect(article.publishedAt).toBe(publishedAt);
  });

  test("'-' reads standard input as plain text", async () => {
    await expect(readArticle('-', ioWith('From a pipe.'))).resolves.toEqual({ path: '-', format: 'text', text: 'From a pipe.', outlet: 'standard input' });
  });

  const failures: Array<[string, RegExp]> = [
    ['missing.txt', /^cannot read '.*missing\.txt': no such file$/u],
    ['folder.txt', /^cannot read '.*folder\.txt': is a directory$/u],
    ['binary.txt', /^cannot read '.*binary\.txt': it looks like binary data, not text\.$/u],
    ['report.doc', /^cannot read '.*report\.doc': \.doc files are not supported \(plain text, \.md, \.html, \.docx and \.pdf are\)/u],
    ['locked.pdf', /^cannot read '.*locked\.pdf': it is encrypted/u],
    ['fake.pdf', /^cannot read '.*fake\.pdf': it is not a PDF/u],
  ];
  test.each(failures)('%s is a one-line UsageError', async (file, message) => {
    const error = await readArticle(path(file), ioWith()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('readFeed', () => {
  test('one article per JSON line, blank lines skipped, lines counted from 1, unknown fields ignored', async () => {
    await expect(readFeed(path('feed.jsonl'), ioWith())).resolves.toEqual([
      { path: path('feed.jsonl'), line: 1, format: 'jsonl', text: 'One.', id: 'a1', outlet: 'A, Ltd', publishedAt: '2025-01-01' },
      { path: path('feed.jsonl'), line: 3, format: 'jsonl', text: 'Two.', title: 'T' },
    ]);
  });
  test("'-' reads the feed from standard input", async () => {
    await expect(readFeed('-', ioWith('{"text":"Piped."}\n'))).resolves.toEqual([{ path: '-', line: 1, format: 'jsonl', text: 'Piped.' }]);
  });
  const failures: Array<[string, string, RegExp]> = [
    ['not JSON', '{"text":"a"}\n{oops}\n', /^feed on standard input, line 2: not JSON \(/u],
    ['an array', '["a"]\n', /line 1: expected a JSON object/u],
    ['no text', '{"outlet":"A"}\n', /line 1: "text" must be a string/u],
    ['a numeric id', '{"text":"a","id":7}\n', /line 1: "id" must be a string/u],
    ['a bad date', '{"text":"a","publishedAt":"soon"}\n', /line 1: "publishedAt" 'soon' is not a date/u],
    ['nothing in it', '\n\n', /has no articles/u],
  ];
  test.each(failures)('%s is a one-line UsageError', async (_name, content, message) => {
    const error = await readFeed('-', ioWith(content)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('assignIds and loadArticles', () => {
  test("missing ids get the library's defaults by position; given ids are kept", () => {
    const ids = assignIds([
      { path: 'a', format: 'text', text: '' },
      { path: 'f', line: 1, format: 'jsonl', text: '', id: 'wire' },
      { path: 'b', format: 'text', text: '' },
    ]).map((article) => article.id);
    expect(ids).toEqual(['doc-1', 'wire', 'doc-3']);
  });
  test('two articles with one id are refused, naming both', () => {
    expect(() => assignIds([{ path: 'a', format: 'text', text: '' }, { path: 'f', line: 4, format: 'jsonl', text: '', id: 'doc-1' }])).toThrow(/two articles have the id 'doc-1' \('a' and 'f' line 4\)/u);
  });
  test("--outlet and --published-at apply to files in order; '' keeps the file's own time", async () => {
    const articles = await loadArticles(
      { files: [path('plain.txt'), path('page.html')], feeds: [path('feed.jsonl')], outlets: ['Wire, London', 'Post'], publishedAt: ['2025-02-11T08:00Z', ''] },
      ioWith(),
    );
    expect(articles.map(({ id, outlet, publishedAt }) => ({ id, outlet, publishedAt }))).toEqual([
      { id: 'doc-1', outlet: 'Wire, London', publishedAt: '2025-02-11T08:00Z' },
      { id: 'doc-2', outlet: 'Post', publishedAt: '2025-02-11T16:05:00Z' },
      { id: 'a1', outlet: 'A, Ltd', publishedAt: '2025-01-01' },
      { id: 'doc-4', outlet: undefined, publishedAt: undefined },
    ]);
  });
});
