import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiLimits } from '../config.js';
import type { CompareRunner } from '../compare/compare-task.js';
import { ApiError } from '../errors.js';
import type { ExtractedDocument } from '@wirediff/extract';
import { ExtractJsonRequestSchema } from '../schemas.js';
import { mediaTypeOf, readFormBody, readJsonBody, uploadedFiles, validateWith } from '../validate.js';
import { readCompareInput } from './read-compare-input.js';

const EXTRACT_RAW_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'text/html',
]);

/**
 * POST /v1/compare and POST /v1/extract: nothing stored.
 * @example registerCompareRoutes(app, { limits: config.limits, runner })
 */
export function registerCompareRoutes(app: OpenAPIHono, deps: { limits: ApiLimits; runner: CompareRunner }): void {
  const { limits, runner } = deps;

  app.post('/v1/compare', async (c) => {
    const input = await readCompareInput(c, limits, runner);
    const result = await runner.run({ documents: input.documents, options: input.options });
    // The report arrives serialised from the worker; the texts are spliced in rather than re-parsing it.
    const body = input.extracted ? `${result.reportJson.slice(0, -1)},"texts":${JSON.stringify(input.documents.map((d) => d.text))}}` : result.reportJson;
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });

  app.post('/v1/extract', async (c) => {
    const mediaType = mediaTypeOf(c);
    let found: ExtractedDocument;
    if (mediaType === 'application/json') {
      const body = validateWith(ExtractJsonRequestSchema, await readJsonBody(c), 'request body');
      found = await runner.extract({ source: 'html', html: body.html });
    } else if (mediaType === 'multipart/form-data') {
      const files = uploadedFiles(await readFormBody(c), 'file');
      if (files.length !== 1) throw new ApiError('validation', 'Send exactly one file in the form field `file`.', { errors: [{ path: '/file', message: `Got ${files.length} files` }] });
      const file = files[0]!;
      found = await runner.extract({ source: 'file', name: file.name, mediaType: file.type, bytes: new Uint8Array(await file.arrayBuffer()), limits });
    } else if (EXTRACT_RAW_TYPES.has(mediaType)) {
      const name = c.req.query('filename') ?? 'upload';
      found = await runner.extract({ source: 'file', name, mediaType, bytes: new Uint8Array(await c.req.arrayBuffer()), limits });
    } else {
      throw new ApiError('unsupported-type', `Send JSON {html}, multipart/form-data with a file, or a raw ${[...EXTRACT_RAW_TYPES].join(', ')} body; got ${mediaType || 'no Content-Type'}.`);
    }
    if (found.text.length > limits.documentChars) {
      throw new ApiError('too-large', `The extracted text has ${found.text.length} characters; the limit is ${limits.documentChars}.`);
    }
    return c.json({ ...found, characters: found.text.length }, 200);
  });
}
