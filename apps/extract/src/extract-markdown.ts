import type { ExtractedDocument } from './extracted-document.js';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const FRONT_MATTER_FIELD = /^(title|author|date|byline):[ \t]*["']?(.*?)["']?[ \t]*$/gim;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm;
const FIRST_HEADING = /^ {0,3}#[ \t]+(.*?)[ \t]*#*[ \t]*$/m;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\([^)]*\)/g;
const EMPHASIS = /(\*\*|__|\*|_|~~)(?=\S)([^*_~\n]*?\S)\1/g;
const BLOCKQUOTE = /^ {0,3}> ?/gm;
const LIST_MARKER = /^ {0,3}(?:[-*+]|\d+[.)])\s+/gm;
const RULE = /^ {0,3}(?:[-*_] *){3,}$/gm;
const CODE_FENCE = /^ {0,3}(```|~~~).*$/gm;

/**
 * Plain text of a Markdown article: markup (headings, emphasis, links, lists, quotes) removed,
 * words kept, front-matter title/author/date read.
 * @example extractMarkdown('# Title\n\nSome *text*.').text // 'Title\n\nSome text.'
 */
export function extractMarkdown(markdown: string): ExtractedDocument {
  const result: ExtractedDocument = { format: 'markdown', text: '' };
  let body = markdown;
  const front = FRONT_MATTER.exec(markdown);
  if (front) {
    body = markdown.slice(front[0].length);
    for (const [, key, value] of front[0].matchAll(FRONT_MATTER_FIELD)) {
      if (!value) continue;
      const name = key!.toLowerCase();
      if (name === 'title') result.title = value;
      else if (name === 'date') result.publishedAt = value;
      else result.byline = value;
    }
  }
  if (result.title === undefined) {
    const heading = FIRST_HEADING.exec(body);
    if (heading?.[1]) result.title = heading[1];
  }
  result.text = body
    .replace(CODE_FENCE, '')
    .replace(RULE, '')
    .replace(HEADING, '$1')
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(EMPHASIS, '$2')
    .replace(BLOCKQUOTE, '')
    .replace(LIST_MARKER, '')
    .trim();
  return result;
}
