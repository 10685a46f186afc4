import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArchiveDocumentInput } from '@wirediff/archive';
import { UsageError } from '../usage-error.js';
import type { InputIo } from './article-input.js';
import { EXTRACTED_EXTENSIONS } from './read-article.js';
import { STDIN_PATH } from './read-bytes.js';
import { copyOptionalFields, parseFeedObject } from './read-feed.js';

/** What `archive add` reads, in order: article files one by one, or the lines of a JSONL feed. */
export type ArchiveSource = { kind: 'file'; path: string; id: string } | { kind: 'feed'; path: string };

/** Extensions a folder walk picks up: the article kinds `readArticle` reads, plain text as .txt. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', ...EXTRACTED_EXTENSIONS]);
const FEED_EXTENSION = '.jsonl';
/** Most characters of an id (the archive's own limit, `MAX_ID_LENGTH`). */
const MAX_ID = 512;

const REASONS: Record<string, string> = { ENOENT: 'no such file or folder', EACCES: 'permission denied', EPERM: 'permission denied', ENOTDIR: 'a parent is not a folder' };

/**
 * The archive id of a file: its path relative to the working folder, with `/` between
 * folders, whatever way it was typed (`./a.txt`, `a.txt`, an absolute path), so re-adding
 * the same file from the same folder finds the same id.
 * @example archiveIdOf('./meter/a.txt', '/repo') // 'meter/a.txt'
 */
export function archiveIdOf(path: string, cwd: string = process.cwd()): string {
  const id = relative(cwd, resolve(cwd, path)).split(sep).join('/');
  return id === '' ? '.' : id;
}

async function kindOf(path: string): Promise<'file' | 'folder'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read '${path}': ${REASONS[code] ?? (error as Error).message}`);
  }
}

/** Article files under a folder, every level, sorted by path (code units), so a re-run adds them in the same order. */
async function walkFolder(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
    }
  };
  await visit(folder);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Expands `archive add`'s arguments: files stay files (a `.jsonl` file is a feed), folders
 * become their article files (recursively, sorted; feeds inside a folder are not read, since
 * a folder of articles may hold exports of other tools), `-` is standard input (a feed with
 * `jsonl`, else one article). A file named twice is read once. Checks every path exists
 * before anything is added, so a typo costs nothing.
 * @example await expandArchiveSources(['meter/', 'feed.jsonl'], { stdinFormat: 'text', stdinId: undefined }) // [{ kind: 'file', path: 'meter/a.txt', id: 'meter/a.txt' }, …, { kind: 'feed', path: 'feed.jsonl' }]
 */
export async function expandArchiveSources(paths: readonly string[], options: { stdinFormat: 'text' | 'jsonl'; stdinId: string | undefined; cwd?: string }): Promise<ArchiveSource[]> {
  const sources: ArchiveSource[] = [];
  const seen = new Set<string>();
  const addFile = (path: string): void => {
    const id = archiveIdOf(path, options.cwd);
    if (seen.has(id)) return;
    seen.add(id);
    sources.push({ kind: 'file', path, id });
  };
  for (const path of paths) {
    if (path === STDIN_PATH) {
      if (options.stdinFormat === 'jsonl') sources.push({ kind: 'feed', path });
      else {
        if (options.stdinId === undefined) throw new UsageError("an article on standard input ('-') needs --id <id> to be archived under (or --format jsonl for a feed of articles)");
        sources.push({ kind: 'file', path, id: options.stdinId });
      }
      continue;
    }
    if ((await kindOf(path)) === 'folder') {
      const files = await walkFolder(path);
      if (files.length === 0) throw new UsageError(`folder '${path}' holds no article files (${[...ARTICLE_EXTENSIONS].join(', ')})`);
      files.forEach(addFile);
    } else if (extname(path).toLowerCase() === FEED_EXTENSION) {
      sources.push({ kind: 'feed', path });
    } else {
      addFile(path);
    }
  }
  return sources;
}

/** One article of a feed, with the line it came from. */
export interface FeedRecord {
  line: number;
  document: ArchiveDocumentInput;
}

const OPTIONAL_FIELDS = ['title', 'outlet', 'publishedAt'] as const;

/**
 * One line of an archive feed as an `ArchiveDocumentInput`: a JSON object with string `id`
 * and `text`, and optionally `title`, `outlet`, `publishedAt` (other fields ignored). Throws
 * `UsageError` starting with `where`.
 * @example parseArchiveLine('{"id":"a","text":"Hi."}', "feed 'f.jsonl', line 1") // { id: 'a', text: 'Hi.' }
 */
export function parseArchiveLine(raw: string, where: string): ArchiveDocumentInput {
  const record = parseFeedObject(raw, where, '{"id": "…", "text": "…"}');
  if (typeof record['id'] !== 'string' || record['id'] === '') throw new UsageError(`${where}: "id" must be a non-empty string (the archive files every article under its id)`);
  if (record['id'].length > MAX_ID) throw new UsageError(`${where}: "id" has ${record['id'].length} characters; at most ${MAX_ID}`);
  if (typeof record['text'] !== 'string') throw new UsageError(`${where}: "text" must be a string`);
  return copyOptionalFields<ArchiveDocumentInput>(record, OPTIONAL_FIELDS, where, { id: record['id'], text: record['text'] });
}

/**
 * The articles of a JSONL feed, read line by line (a feed of any size never sits whole in
 * memory); blank lines are skipped. `onBytes` hears the share of a file read so far, for a
 * progress bar. UTF-8, as JSONL is; a byte-order mark is dropped.
 * @example for await (const { line, document } of readArchiveFeed('feed.jsonl', process)) …
 */
export async function* readArchiveFeed(path: string, io: InputIo, onBytes?: (fraction: number) => void): AsyncGenerator<FeedRecord> {
  const name = path === STDIN_PATH ? 'feed on standard input' : `feed '${path}'`;
  let input: AsyncIterable<Uint8Array | string>;
  let size = 0;
  let stream: ReturnType<typeof createReadStream> | undefined;
  if (path === STDIN_PATH) {
    if (io.stdin.isTTY) io.stderr.write('wirediff: reading the feed from standard input; end it with Ctrl-D\n');
    input = io.stdin;
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new UsageError(`cannot read '${path}': is a folder`);
      size = info.size;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read '${path}': ${REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message}`);
    }
    stream = createReadStream(path);
    input = stream;
  }
  const lines = createInterface({ input: input as NodeJS.ReadableStream, crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number++;
    const raw = number === 1 ? text.replace(/^\uFEFF/u, '') : text;
    if (raw.trim() === '') continue;
    yield { line: number, document: parseArchiveLine(raw, `${name}, line ${number}`) };
    if (stream !== undefined && size > 0 && onBytes !== undefined) onBytes(Math.min(1, stream.bytesRead / size));
  }
}
