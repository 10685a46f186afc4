import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedDocument } from './extracted-document.js';
import { htmlNodeToText } from './html-to-text.js';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

const DATE_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="DC.date.issued"]',
];

function findPublishedAt(document: HtmlDocument): string | undefined {
  for (const selector of DATE_META_SELECTORS) {
    const content = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')?.trim();
  return time || undefined;
}

function parseDocument(html: string): HtmlDocument {
  // linkedom needs a full document to build <head>/<body>; fragments are wrapped.
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document;
}

/**
 * Article text from a web page: Readability (Firefox Reader View's extractor) over linkedom,
 * falling back to the whole body when the page is not article-shaped.
 * @example extractHtml('<article><h1>T</h1><p>Body.</p></article>').text
 */
export function extractHtml(html: string): ExtractedDocument {
  const document = parseDocument(html);
  const publishedAt = findPublishedAt(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || document.querySelector('h1')?.textContent?.trim();
  // Readability mutates the document, so the fallback reads a fresh parse.
  const article = new Readability(parseDocument(html), { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) {
    text = htmlNodeToText(parseDocument(article.content).body as never);
  }
  if (text.length === 0) text = htmlNodeToText(document.body as never);
  const result: ExtractedDocument = { format: 'html', text };
  const title = article?.title?.trim() || pageTitle;
  if (title) result.title = title;
  const byline = article?.byline?.trim() || document.querySelector('meta[name="author"]')?.getAttribute('content')?.trim();
  if (byline) result.byline = byline;
  const date = article?.publishedTime?.trim() || publishedAt;
  if (date) result.publishedAt = date;
  return result;
}
