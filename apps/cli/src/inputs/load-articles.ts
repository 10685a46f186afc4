import type { DocumentInput } from '@wirediff/match';
import type { ComparisonArgs } from '../commands/comparison-args.js';
import { UsageError } from '../usage-error.js';
import type { ArticleInput, InputIo } from './article-input.js';
import { readArticle } from './read-article.js';
import { readFeed } from './read-feed.js';

/** An article with the id the report knows it by. */
export type IdentifiedArticle = ArticleInput & { id: string };

/**
 * Gives every article an id: its own (from a feed), else the library's default for its
 * position (`doc-1`, `doc-2`, …), so the CLI, the library and the API name documents alike.
 * Two articles with one id would make the JSON ambiguous, so that is refused.
 * @example assignIds([{ path: 'a.txt', format: 'text', text: '' }])[0].id // 'doc-1'
 */
export function assignIds(articles: readonly ArticleInput[]): IdentifiedArticle[] {
  const seen = new Map<string, ArticleInput>();
  return articles.map((article, index) => {
    const id = article.id ?? `doc-${index + 1}`;
    const first = seen.get(id);
    if (first) throw new UsageError(`two articles have the id '${id}' (${describeSource(first)} and ${describeSource(article)}); ids must be unique`);
    seen.set(id, article);
    return { ...article, id };
  });
}

function describeSource(article: ArticleInput): string {
  return article.line === undefined ? `'${article.path}'` : `'${article.path}' line ${article.line}`;
}

/**
 * Reads the command line's articles: the files in order (with `--outlet` and
 * `--published-at` applied), then every feed's articles; ids assigned.
 * @example await loadArticles(parseComparisonArgs(['a.txt', 'b.txt']), process) // [{ id: 'doc-1', … }, { id: 'doc-2', … }]
 */
export async function loadArticles(args: Pick<ComparisonArgs, 'files' | 'feeds' | 'outlets' | 'publishedAt'>, io: InputIo): Promise<IdentifiedArticle[]> {
  const files = await Promise.all(args.files.map((path) => readArticle(path, io)));
  for (const [index, article] of files.entries()) {
    const outlet = args.outlets[index];
    if (outlet !== undefined) article.outlet = outlet;
    // '' keeps what the file itself says (an HTML page's, a .docx's or a PDF's date), if anything.
    const publishedAt = args.publishedAt[index];
    if (publishedAt !== undefined && publishedAt !== '') article.publishedAt = publishedAt;
  }
  const feeds = await Promise.all(args.feeds.map((path) => readFeed(path, io)));
  return assignIds([...files, ...feeds.flat()]);
}

/**
 * What `compare` takes for an article.
 * @example toDocumentInput({ id: 'doc-1', path: 'a.txt', format: 'text', text: 'Hi.' }) // { id: 'doc-1', text: 'Hi.' }
 */
export function toDocumentInput(article: IdentifiedArticle): DocumentInput {
  return {
    id: article.id,
    text: article.text,
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
  };
}
