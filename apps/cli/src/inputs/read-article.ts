import { basename, extname } from 'node:path';
import type { ExtractLimits, SourceFormat } from '@wirediff/extract';
import { ExtractError } from '@wirediff/extract/error';
import { decodeTextFile } from '@wirediff/extract/text';
import { UsageError } from '../usage-error.js';
import type { ArticleInput, InputIo } from './article-input.js';
import { readBytes, STDIN_PATH } from './read-bytes.js';

/** Files the extractor reads (the API's `/v1/extract` reads the same); anything else is plain text. */
const EXTRACTED: Record<string, SourceFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.docx': 'docx', '.pdf': 'pdf' };
/** Kinds people try that are not text and that the extractor cannot read. */
const UNREADABLE = /^\.(?:doc|odt|rtf|pages|epub|zip|gz|tgz|7z|rar|png|jpe?g|gif|webp|tiff?|mp[34]|xlsx?|pptx?)$/iu;

/**
 * Generous on a user's own machine, yet a zip bomb or a 10,000-page scan still stops with a
 * message instead of filling the memory.
 */
const CLI_LIMITS: ExtractLimits = { docxDecompressedBytes: 512 * 1024 * 1024, pdfPages: 5000 };

/** The extensions `readArticle` extracts, for help texts. */
export const EXTRACTED_EXTENSIONS: readonly string[] = Object.keys(EXTRACTED);

/**
 * Reads one article: `-` is standard input (plain text); .md, .html, .docx and .pdf go through
 * the extractor the API uses; anything else is plain text (UTF-8, UTF-16 with a byte-order
 * mark, or Windows-1252). Throws `UsageError` when it cannot be read.
 * @example await readArticle('examples/wire.txt', process) // { path: 'examples/wire.txt', format: 'text', text: '…', outlet: 'wire.txt' }
 */
export async function readArticle(path: string, io: InputIo): Promise<ArticleInput> {
  const extension = path === STDIN_PATH ? '' : extname(path).toLowerCase();
  if (UNREADABLE.test(extension)) {
    throw new UsageError(`cannot read '${path}': ${extension} files are not supported (plain text, .md, .html, .docx and .pdf are); save it as .docx, .pdf or text`);
  }
  const bytes = await readBytes(path, io);
  const name = path === STDIN_PATH ? 'standard input' : path;
  const outlet = path === STDIN_PATH ? 'standard input' : basename(path);
  const format = EXTRACTED[extension];
  try {
    if (format === undefined) return { path, format: 'text', text: decodeTextFile(bytes, name), outlet };
    // The readers (linkedom, mammoth, pdf.js) load only when a file needs them.
    const { extractFile } = await import('@wirediff/extract');
    const found = await extractFile({ name, mediaType: '', bytes }, CLI_LIMITS);
    return {
      path,
      format: found.format,
      text: found.text,
      outlet,
      ...(found.title === undefined ? {} : { title: found.title }),
      ...(found.publishedAt === undefined ? {} : { publishedAt: found.publishedAt }),
    };
  } catch (error) {
    // The extractor's messages start with the file's name ("a.pdf is encrypted …").
    if (error instanceof ExtractError) throw new UsageError(`cannot read '${path}': ${error.message.startsWith(`${name} `) ? `it ${error.message.slice(name.length + 1)}` : error.message}`);
    throw error;
  }
}
