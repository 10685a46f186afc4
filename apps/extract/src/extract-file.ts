import { ExtractError } from './extract-error.js';
import { decodeTextFile } from './decode-text.js';
import { extractDocx } from './extract-docx.js';
import { extractHtml } from './extract-html.js';
import { extractMarkdown } from './extract-markdown.js';
import { extractPdf } from './extract-pdf.js';
import type { ExtractedDocument, ExtractLimits, SourceFormat } from './extracted-document.js';

const EXTENSION = /\.([a-z0-9]+)$/i;
const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html', docx: 'docx', pdf: 'pdf',
};
const FORMAT_BY_MEDIA_TYPE: Record<string, SourceFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
};
const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = 'PK\u0003\u0004';

/**
 * The file extensions extraction reads, for error messages and docs.
 * @example SUPPORTED_EXTENSIONS.join(', ') // '.txt, .md, .html, .htm, .docx, .pdf'
 */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'];

/**
 * Which reader a file needs, from its name first, then its media type; a file whose bytes
 * contradict its name (a "PDF" without %PDF-) is 'unreadable-file', an unknown kind
 * 'unsupported-type' (an `ExtractError`).
 * @example detectFormat({ name: 'a.pdf', mediaType: '', bytes }) // 'pdf'
 */
export function detectFormat(file: { name: string; mediaType: string; bytes: Uint8Array }): SourceFormat {
  const extension = EXTENSION.exec(file.name)?.[1]?.toLowerCase();
  const mediaType = file.mediaType.split(';')[0]!.trim().toLowerCase();
  const format = (extension !== undefined ? FORMAT_BY_EXTENSION[extension] : undefined) ?? FORMAT_BY_MEDIA_TYPE[mediaType];
  if (format === undefined) {
    throw new ExtractError('unsupported-type', `${file.name || 'The file'} is not a supported kind (${SUPPORTED_EXTENSIONS.join(', ')}).`);
  }
  const head = String.fromCharCode(...file.bytes.subarray(0, 5));
  if (format === 'pdf' && head !== PDF_MAGIC) throw new ExtractError('unreadable-file', `${file.name} is not a PDF (it does not start with %PDF-).`);
  if (format === 'docx' && !head.startsWith(ZIP_MAGIC)) throw new ExtractError('unreadable-file', `${file.name} is not a .docx (it is not a zip archive).`);
  return format;
}

/**
 * Plain text of a file (.txt, .md, .html, .docx, .pdf) with the title, byline and date found;
 * throws `ExtractError` for a file it cannot read.
 * @example await extractFile({ name: 'a.txt', mediaType: 'text/plain', bytes }, limits)
 */
export async function extractFile(file: { name: string; mediaType: string; bytes: Uint8Array }, limits: ExtractLimits): Promise<ExtractedDocument> {
  const format = detectFormat(file);
  const name = file.name || 'The file';
  switch (format) {
    case 'pdf':
      return extractPdf(file.bytes, { name, maxPages: limits.pdfPages });
    case 'docx':
      return extractDocx(file.bytes, { name, maxDecompressedBytes: limits.docxDecompressedBytes });
    case 'html':
      return extractHtml(decodeTextFile(file.bytes, name));
    case 'markdown':
      return extractMarkdown(decodeTextFile(file.bytes, name));
    case 'text':
      return { format: 'text', text: decodeTextFile(file.bytes, name) };
  }
}
