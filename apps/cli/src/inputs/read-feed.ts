import { decodeTextFile } from '@wirediff/extract/text';
import { UsageError } from '../usage-error.js';
import type { ArticleInput, InputIo } from './article-input.js';
import { readBytes, STDIN_PATH } from './read-bytes.js';
import { checkPublishedAt } from './published-at.js';

const LINE_BREAK = /\r?\n/u;
const OPTIONAL_FIELDS = ['id', 'title', 'outlet', 'publishedAt'] as const;

/**
 * One line of a JSONL feed as a JSON object; throws `UsageError` starting with `where` when it
 * is not JSON or not an object (`example` shows what one looks like).
 * @example parseFeedObject('{"text":"Hi."}', "feed 'f.jsonl', line 1", '{"text": "…"}') // { text: 'Hi.' }
 */
export function parseFeedObject(raw: string, where: string, example: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`${where}: not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${where}: expected a JSON object such as ${example}`);
  return value as Record<string, unknown>;
}

/**
 * Copy a feed record's optional string fields (absent or null: left out) onto `into`, and check
 * `publishedAt` as a date; throws `UsageError` starting with `where` on a field of another type.
 * @example copyOptionalFields({ outlet: 'PA' }, ['outlet'], where, { text: '…' }) // { text: '…', outlet: 'PA' }
 */
export function copyOptionalFields<T extends { publishedAt?: string }>(record: Record<string, unknown>, fields: readonly (keyof T & string)[], where: string, into: T): T {
  for (const field of fields) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new UsageError(`${where}: "${field}" must be a string`);
    (into as Record<string, unknown>)[field] = value;
  }
  if (into.publishedAt !== undefined) checkPublishedAt(into.publishedAt, `${where}: "publishedAt"`);
  return into;
}

/**
 * The articles of a JSONL feed: one JSON object per line with `text` and optionally `id`,
 * `title`, `outlet` and `publishedAt` (other fields are ignored, blank lines skipped).
 * `-` reads the feed from standard input. Throws `UsageError` naming the line at fault.
 * @example await readFeed('feed.jsonl', process) // [{ path: 'feed.jsonl', line: 1, format: 'jsonl', text: '…', outlet: 'PA' }]
 */
export async function readFeed(path: string, io: InputIo): Promise<ArticleInput[]> {
  const name = path === STDIN_PATH ? 'standard input' : path;
  let content: string;
  try {
    content = decodeTextFile(await readBytes(path, io), name);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read feed '${path}': ${(error as Error).message}`);
  }
  const articles: ArticleInput[] = [];
  for (const [index, raw] of content.split(LINE_BREAK).entries()) {
    if (raw.trim() === '') continue;
    const line = index + 1;
    const where = `${path === STDIN_PATH ? 'feed on standard input' : `feed '${path}'`}, line ${line}`;
    const record = parseFeedObject(raw, where, '{"text": "…", "outlet": "…"}');
    if (typeof record['text'] !== 'string') throw new UsageError(`${where}: "text" must be a string`);
    articles.push(copyOptionalFields<ArticleInput>(record, OPTIONAL_FIELDS, where, { path, line, format: 'jsonl', text: record['text'] }));
  }
  if (articles.length === 0) throw new UsageError(`${path === STDIN_PATH ? 'the feed on standard input' : `feed '${path}'`} has no articles (one JSON object per line)`);
  return articles;
}
