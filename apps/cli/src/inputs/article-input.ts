import type { SourceFormat } from '@wirediff/extract';

/** How an article reached the CLI: one of the readable file kinds, or a line of a JSONL feed. */
export type InputFormat = SourceFormat | 'jsonl';

/**
 * One article as the CLI read it: where it came from and the text the report's offsets point
 * into (for .html, .docx and .pdf, the extracted text, not the file's bytes).
 */
export interface ArticleInput {
  /** The path as given on the command line; `-` for standard input. */
  path: string;
  /** For an article from a JSONL feed: its line in the feed, counted from 1 as editors do. */
  line?: number;
  format: InputFormat;
  text: string;
  id?: string;
  title?: string;
  outlet?: string;
  /** ISO 8601, as given (`--published-at`, the feed) or as found in the file. */
  publishedAt?: string;
}

/** What the CLI reads from its environment besides arguments; `process` in real use. */
export interface InputIo {
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stderr: { write(text: string): unknown };
}
