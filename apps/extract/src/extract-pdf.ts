import { ExtractError } from './extract-error.js';
import type { ExtractedDocument } from './extracted-document.js';

// PDF dates look like D:20240131120000+01'00'.
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?/;

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

// Loaded on first use: pdf.js is large and most requests never need it.
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = PDF_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi, s] = m;
  return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi ?? '00'}:${s ?? '00'}Z`;
}

/**
 * Text of a PDF through pdf.js (legacy build, which runs on Node 20): encrypted PDFs and PDFs
 * without a text layer (scans) are 'unreadable-file', more pages than `maxPages` 'too-large'
 * (an `ExtractError`).
 * @example await extractPdf(bytes, { name: 'a.pdf', maxPages: 200 })
 */
export async function extractPdf(bytes: Uint8Array, options: { name: string; maxPages: number }): Promise<ExtractedDocument> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of (and detaches) the buffer it is given, so it gets a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ExtractError('unreadable-file', `${options.name} is encrypted (password-protected); send an unprotected copy.`);
    throw new ExtractError('unreadable-file', `${options.name} is not a readable PDF.`, { cause: error });
  }
  try {
    if (pdf.numPages > options.maxPages) {
      throw new ExtractError('too-large', `${options.name} has ${pdf.numPages} pages; the limit is ${options.maxPages}.`);
    }
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItem[]) {
        text += (item.str ?? '') + (item.hasEOL ? '\n' : '');
      }
      pages.push(text.trim());
      page.cleanup();
    }
    const text = pages.filter((page) => page.length > 0).join('\n\n');
    if (text.trim().length === 0) {
      throw new ExtractError('unreadable-file', `${options.name} has no text layer (a scanned or image-only PDF); run OCR on it first.`);
    }
    const document: ExtractedDocument = { format: 'pdf', text };
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    if (typeof info['Title'] === 'string' && info['Title'].trim()) document.title = info['Title'].trim();
    if (typeof info['Author'] === 'string' && info['Author'].trim()) document.byline = info['Author'].trim();
    const date = toIsoDate(info['CreationDate']);
    if (date) document.publishedAt = date;
    return document;
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('unreadable-file', `${options.name} is not a readable PDF.`, { cause: error });
  } finally {
    await pdf.destroy();
  }
}
