// Runs in a worker thread: reads a compare request's body into documents. The main thread only
// moves the bytes here, so a 5 MB JSON body is never parsed on the event loop.
import type { CompareOptions } from '@wirediff/match';
import type { StoredDocument } from '../api-types.js';
import type { ApiLimits } from '../config.js';
import { ApiError } from '../errors.js';
import { CompareOptionsSchema, CompareRequestSchema, FileMetadataSchema } from '../schemas.js';
import { formText, mediaTypeOfHeader, parseFormBytes, parseJsonBytes, uploadedFiles, validateWith } from '../validate.js';
import { extractHtmlText, extractUploadedFile } from './extractors.js';

/** A compare request read, validated and extracted to plain text. */
export interface CompareInput {
  documents: StoredDocument[];
  options: CompareOptions;
  /** Whether any text came from HTML or a file (the response then echoes the texts). */
  extracted: boolean;
}

type Metadata = Omit<StoredDocument, 'text'>;

function checkCount(count: number, limits: ApiLimits, path: string): void {
  if (count < 2) throw new ApiError('validation', 'Give at least 2 documents to compare.', { errors: [{ path, message: `Got ${count}; need 2 or more` }] });
  if (count > limits.maxDocuments) {
    throw new ApiError('too-large', `Got ${count} documents; the limit is ${limits.maxDocuments} per comparison.`, {
      errors: [{ path, message: `At most ${limits.maxDocuments} documents` }],
    });
  }
}

/**
 * A document over `limits.documentChars` is a 413 naming it (1-based in the message, as a
 * reader counts; 0-based in the JSON Pointer, as the request indexes it).
 * @example checkLength(text, 0, limits, '/documents/0/text')
 */
export function checkLength(text: string, index: number, limits: ApiLimits, path: string): void {
  if (text.length > limits.documentChars) {
    throw new ApiError('too-large', `Document ${index + 1} has ${text.length} characters; the limit is ${limits.documentChars}.`, {
      errors: [{ path, message: `At most ${limits.documentChars} characters` }],
    });
  }
}

function withMetadata(text: string, ...sources: Array<Partial<Metadata> & { byline?: string }>): StoredDocument {
  const document: StoredDocument = { text };
  for (const key of ['id', 'title', 'outlet', 'publishedAt'] as const) {
    const value = sources.find((source) => source[key] !== undefined)?.[key];
    if (value !== undefined) document[key] = value;
  }
  return document;
}

function parseJsonField(value: string | undefined, field: string): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new ApiError('validation', `The form field \`${field}\` is not valid JSON.`, { errors: [{ path: `/${field}`, message: 'Invalid JSON' }] });
  }
}

async function readJsonCompare(body: Uint8Array, limits: ApiLimits): Promise<CompareInput> {
  const json = parseJsonBytes(body);
  // Count first so a 50-document request gets its 413 before anything is validated or extracted.
  const count = (json as { documents?: unknown } | null)?.documents;
  if (Array.isArray(count) && count.length > limits.maxDocuments) checkCount(count.length, limits, '/documents');
  const request = validateWith(CompareRequestSchema, json, 'request body');
  checkCount(request.documents.length, limits, '/documents');
  request.documents.forEach((document, index) => {
    if (document.text !== undefined) checkLength(document.text, index, limits, `/documents/${index}/text`);
  });
  const documents: StoredDocument[] = [];
  for (const [index, document] of request.documents.entries()) {
    if (document.html === undefined) {
      documents.push(withMetadata(document.text ?? '', document));
      continue;
    }
    const found = await extractHtmlText(document.html);
    checkLength(found.text, index, limits, `/documents/${index}/html`);
    documents.push(withMetadata(found.text, document, found));
  }
  return { documents, options: request.options ?? {}, extracted: request.documents.some((document) => document.html !== undefined) };
}

/**
 * Read a multipart compare form: one `file` per document, optional `options` and `metadata`
 * fields; every file extracted to text.
 * @example const input = await readFormCompare(body, 'multipart/form-data; boundary=x', limits)
 */
export async function readFormCompare(body: Uint8Array, contentType: string, limits: ApiLimits): Promise<CompareInput> {
  const form = await parseFormBytes(body, contentType);
  const files = uploadedFiles(form, 'file');
  checkCount(files.length, limits, '/file');
  const options = validateWith(CompareOptionsSchema, parseJsonField(formText(form, 'options'), 'options') ?? {}, '`options` field');
  const metadata = validateWith(FileMetadataSchema, parseJsonField(formText(form, 'metadata'), 'metadata') ?? [], '`metadata` field');
  const documents: StoredDocument[] = [];
  for (const [index, file] of files.entries()) {
    const found = await extractUploadedFile({ name: file.name, mediaType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, limits);
    checkLength(found.text, index, limits, `/file/${index}`);
    documents.push(withMetadata(found.text, metadata[index] ?? {}, found));
  }
  return { documents, options, extracted: true };
}

/**
 * Read the body of POST /v1/compare or /v1/comparisons (JSON or multipart), enforce the
 * document limits and extract HTML and files to text.
 * @example const input = await readCompareBody(body, 'application/json', limits)
 */
export async function readCompareBody(body: Uint8Array, contentType: string, limits: ApiLimits): Promise<CompareInput> {
  const mediaType = mediaTypeOfHeader(contentType);
  if (mediaType === 'application/json') return readJsonCompare(body, limits);
  if (mediaType === 'multipart/form-data') return readFormCompare(body, contentType, limits);
  throw new ApiError('unsupported-type', `Send application/json or multipart/form-data, not ${mediaType || 'a body without Content-Type'}.`);
}
