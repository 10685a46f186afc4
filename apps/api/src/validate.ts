import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import { ApiError, type FieldError } from './errors.js';

/** A JSON Pointer (RFC 6901) to the offending field, e.g. `/documents/0/text`. */
function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => '/' + String(key).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/**
 * The 400 problem for a failed zod parse, listing every bad field (at most 50).
 * @example throw validationError(result.error.issues, 'query')
 */
export function validationError(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, what: string): ApiError {
  const errors: FieldError[] = issues.slice(0, 50).map((issue) => ({ path: toPointer(issue.path), message: issue.message }));
  return new ApiError('validation', `The ${what} does not match the schema.`, { errors });
}

/**
 * Validate a value against a schema or throw a 400 problem listing every bad field.
 * @example const body = validateWith(CompareRequestSchema, json, 'request body')
 */
export function validateWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationError(result.error.issues, what);
}

/**
 * The media type of a Content-Type header, lower-case, without parameters ('' when absent).
 * @example mediaTypeOfHeader('multipart/form-data; boundary=x') // 'multipart/form-data'
 */
export function mediaTypeOfHeader(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * The media type of a request, lower-case, without parameters ('' when absent).
 * @example mediaTypeOf(c) // 'multipart/form-data' for 'multipart/form-data; boundary=x'
 */
export function mediaTypeOf(c: Context): string {
  return mediaTypeOfHeader(c.req.header('content-type'));
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parse a JSON body from its bytes (UTF-8), turning bytes that are not JSON into a 400.
 * @example const json = parseJsonBytes(new TextEncoder().encode('{"a":1}'))
 */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new ApiError('bad-request', 'The request body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('bad-request', 'The request body is not valid JSON.');
  }
}

/**
 * Parse a multipart/form-data body from its bytes, turning a malformed one into a 400.
 * @example const form = await parseFormBytes(bytes, 'multipart/form-data; boundary=x')
 */
export async function parseFormBytes(bytes: Uint8Array, contentType: string): Promise<FormData> {
  try {
    // Bodies are read into buffers of their own (never a SharedArrayBuffer): a plain ArrayBuffer view.
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ApiError('bad-request', 'The request body is not valid multipart/form-data.');
  }
}

/** An uploaded file as multipart parsing hands it over. */
export interface UploadedFile {
  name: string;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The files (not text fields) sent under one form field, in order.
 * @example const files = uploadedFiles(form, 'file')
 */
export function uploadedFiles(form: FormData, field: string): UploadedFile[] {
  return form.getAll(field).filter((entry) => typeof entry !== 'string') as unknown as UploadedFile[];
}

/**
 * A text form field, or undefined when absent; a file sent where text belongs is a 400.
 * @example const options = formText(form, 'options')
 */
export function formText(form: FormData, field: string): string | undefined {
  const value = form.get(field);
  if (value === null) return undefined;
  if (typeof value !== 'string') throw new ApiError('validation', `The form field \`${field}\` must be text, not a file.`, { errors: [{ path: `/${field}`, message: 'Expected text' }] });
  return value;
}
