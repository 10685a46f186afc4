import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import { ApiError, type FieldError } from './errors.js';

/** A JSON Pointer (RFC 6901) to the offending field, e.g. `/documents/0/text`. */
function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => '/' + String(key).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/**
 * Validate a value against a schema or throw a 400 problem listing every bad field.
 * @example const body = validateWith(CompareRequestSchema, json, 'request body')
 */
export function validateWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.slice(0, 50).map((issue) => ({ path: toPointer(issue.path), message: issue.message }));
  throw new ApiError('validation', `The ${what} does not match the schema.`, { errors });
}

/**
 * The media type of a request, lower-case, without parameters ('' when absent).
 * @example mediaTypeOf(c) // 'multipart/form-data' for 'multipart/form-data; boundary=x'
 */
export function mediaTypeOf(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Parse a JSON request body, turning malformed JSON into a 400.
 * @example const json = await readJsonBody(c)
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('bad-request', 'The request body is not valid JSON.');
  }
}

/**
 * Parse a multipart/form-data body, turning a malformed one into a 400.
 * @example const form = await readFormBody(c)
 */
export async function readFormBody(c: Context): Promise<FormData> {
  try {
    return await c.req.formData();
  } catch (error) {
    if (error instanceof ApiError) throw error;
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
