import type { Context } from 'hono';
import type { CompareOptions } from '@wirediff/match';
import type { ApiLimits } from '../config.js';
import { ApiError } from '../errors.js';
import type { CompareRunner } from '../compare/compare-task.js';
import type { StoredDocument } from '../storage/comparison-store.js';
import { CompareOptionsSchema, CompareRequestSchema, FileMetadataSchema } from '../schemas.js';
import { formText, mediaTypeOf, readFormBody, readJsonBody, uploadedFiles, validateWith } from '../validate.js';

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

function checkLength(text: string, index: number, limits: ApiLimits, path: string): void {
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

/**
 * Read the body of POST /v1/compare or /v1/comparisons (JSON or multipart), enforce the
 * document limits and extract HTML and files to text.
 * @example const input = await readCompareInput(c, config.limits, runner)
 */
export async function readCompareInput(c: Context, limits: ApiLimits, runner: CompareRunner): Promise<CompareInput> {
  const mediaType = mediaTypeOf(c);
  if (mediaType === 'application/json') {
    const json = await readJsonBody(c);
    // Count first so a 50-document request gets its 413 before anything is validated or extracted.
    const count = (json as { documents?: unknown } | null)?.documents;
    if (Array.isArray(count) && count.length > limits.maxDocuments) checkCount(count.length, limits, '/documents');
    const body = validateWith(CompareRequestSchema, json, 'request body');
    checkCount(body.documents.length, limits, '/documents');
    body.documents.forEach((document, index) => {
      if (document.text !== undefined) checkLength(document.text, index, limits, `/documents/${index}/text`);
    });
    const documents = await Promise.all(
      body.documents.map(async (document, index) => {
        if (document.html === undefined) return withMetadata(document.text ?? '', document);
        const found = await runner.extract({ source: 'html', html: document.html });
        checkLength(found.text, index, limits, `/documents/${index}/html`);
        return withMetadata(found.text, document, found);
      }),
    );
    return { documents, options: body.options ?? {}, extracted: body.documents.some((document) => document.html !== undefined) };
  }
  if (mediaType === 'multipart/form-data') {
    const form = await readFormBody(c);
    const files = uploadedFiles(form, 'file');
    checkCount(files.length, limits, '/file');
    const options = validateWith(CompareOptionsSchema, parseJsonField(formText(form, 'options'), 'options') ?? {}, '`options` field');
    const metadata = validateWith(FileMetadataSchema, parseJsonField(formText(form, 'metadata'), 'metadata') ?? [], '`metadata` field');
    const documents = await Promise.all(
      files.map(async (file, index) => {
        const found = await runner.extract({ source: 'file', name: file.name, mediaType: file.type, bytes: new Uint8Array(await file.arrayBuffer()), limits });
        checkLength(found.text, index, limits, `/file/${index}`);
        return withMetadata(found.text, metadata[index] ?? {}, found);
      }),
    );
    return { documents, options, extracted: true };
  }
  throw new ApiError('unsupported-type', `Send application/json or multipart/form-data, not ${mediaType || 'a body without Content-Type'}.`);
}
