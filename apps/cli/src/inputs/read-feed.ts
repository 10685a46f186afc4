import { decodeTextFile } from '@wirediff/extract/text';
import { UsageError } from '../usage-error.js';
import type { ArticleInput, InputIo } from './article-input.js';
import { readBytes, STDIN_PATH } from './read-bytes.js';
import { checkPublishedAt } from './published-at.js';

const LINE_BREAK = /\r?\n/u;
const OPTIONAL_FIELDS = ['id', 'title', 'outlet', 'publishedAt'] as const;

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
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new UsageError(`${where}: not JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${where}: expected a JSON object such as {"text": "…", "outlet": "…"}`);
    const record = value as Record<string, unknown>;
    if (typeof record['text'] !== 'string') throw new UsageError(`${where}: "text" must be a string`);
    const article: ArticleInput = { path, line, format: 'jsonl', text: record['text'] };
    for (const field of OPTIONAL_FIELDS) {
      const fieldValue = record[field];
      if (fieldValue === undefined || fieldValue === null) continue;
      if (typeof fieldValue !== 'string') throw new UsageError(`${where}: "${field}" must be a string`);
      article[field] = fieldValue;
    }
    if (article.publishedAt !== undefined) checkPublishedAt(article.publishedAt, `${where}: "publishedAt"`);
    articles.push(article);
  }
  if (articles.length === 0) throw new UsageError(`${path === STDIN_PATH ? 'the feed on standard input' : `feed '${path}'`} has no articles (one JSON object per line)`);
  return articles;
}
