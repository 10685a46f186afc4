// The worker's one door to the text extractors (@wirediff/extract, shared with the CLI: HTML,
// .docx, PDF, Markdown, text files). They load on first use only, so a worker that only
// compares plain text starts fast and stays small.
import type { ExtractedDocument, ExtractLimits } from '@wirediff/extract';

/**
 * The article text of an HTML page (Readability over linkedom).
 * @example (await extractHtmlText('<article><p>Officials met.</p></article>')).text // 'Officials met.'
 */
export async function extractHtmlText(html: string): Promise<ExtractedDocument> {
  return (await import('@wirediff/extract')).extractHtml(html);
}

/**
 * The text of an uploaded file, its format found from its name, media type and bytes.
 * @example await extractUploadedFile({ name: 'a.txt', mediaType: 'text/plain', bytes }, limits)
 */
export async function extractUploadedFile(file: { name: string; mediaType: string; bytes: Uint8Array }, limits: ExtractLimits): Promise<ExtractedDocument> {
  return (await import('@wirediff/extract')).extractFile(file, limits);
}
