/** The formats extraction reads. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** Plain text taken out of a file, with what was found about the article. */
export interface ExtractedDocument {
  format: SourceFormat;
  text: string;
  title?: string;
  byline?: string;
  /** As found in the file (ISO 8601 when the file says so). */
  publishedAt?: string;
}

/** Limits that extraction enforces while reading. */
export interface ExtractLimits {
  docxDecompressedBytes: number;
  pdfPages: number;
}
