import { createRoute, z } from '@hono/zod-openapi';
import {
  CompareMultipartSchema,
  CompareRequestSchema,
  CompareResponseSchema,
  ComparisonListSchema,
  ExtractJsonRequestSchema,
  ExtractMultipartSchema,
  ExtractResponseSchema,
  HealthSchema,
  IdParamSchema,
  ListQuerySchema,
  ProblemSchema,
  SavedComparisonSchema,
} from '../schemas.js';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

const COMMON_ERRORS = {
  401: problem('API keys are configured and the request has no valid `Authorization: Bearer` key.'),
  429: problem('Rate limited; see Retry-After.'),
};

const NOT_YOURS = 'No such comparison among those of this API key (another key\'s comparisons are not found either).';

const BODY_ERRORS = {
  400: problem('Malformed JSON or fields; `errors` lists each field.'),
  413: problem('Body, document count, document length, .docx size or PDF pages over the limits.'),
  415: problem('Unsupported Content-Type or file kind.'),
  422: problem('A file that cannot be read (corrupt .docx, encrypted or image-only PDF, binary as text), or a comparison that overran its time budget.'),
  503: problem('`server-busy`: the work already admitted would keep this request waiting longer than `WIREDIFF_QUEUE_SECONDS`, or it waited its whole time budget; Retry-After says when the queue is expected to have drained.'),
};

const compareBody = {
  required: true,
  content: {
    'application/json': { schema: CompareRequestSchema },
    'multipart/form-data': { schema: CompareMultipartSchema },
  },
};

/**
 * Every route, described once; `registerRoute` registers each with its handler and its
 * OpenAPI entry together.
 * @example registerRoute(app, ROUTES.health, (c) => c.json(health, 200))
 */
export const ROUTES = {
  compare: createRoute({
    method: 'post',
    path: '/v1/compare',
    tags: ['compare'],
    summary: 'Compare 2 to 10 documents',
    description: 'Returns the engine report; stores nothing. JSON with `text` or `html` per document, or multipart with one `file` per document.',
    request: { body: compareBody },
    responses: { 200: { description: 'The report.', content: { 'application/json': { schema: CompareResponseSchema } } }, ...BODY_ERRORS, ...COMMON_ERRORS },
  }),
  extract: createRoute({
    method: 'post',
    path: '/v1/extract',
    tags: ['compare'],
    summary: 'Extract plain text from a file or HTML',
    description:
      'JSON `{html}`, multipart with one `file`, or the raw file as the body with its own Content-Type (text/plain, text/markdown, text/html, application/pdf, the .docx type; `?filename=` optional).',
    request: {
      query: z.object({ filename: z.string().optional().openapi({ description: 'Name of a raw-body upload, for error messages and format detection.' }) }),
      body: {
        required: true,
        content: {
          'application/json': { schema: ExtractJsonRequestSchema },
          'multipart/form-data': { schema: ExtractMultipartSchema },
          'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().openapi({ format: 'binary' }) },
          'text/plain': { schema: z.string() },
          'text/markdown': { schema: z.string() },
          'text/html': { schema: z.string() },
        },
      },
    },
    responses: { 200: { description: 'The text and what was found.', content: { 'application/json': { schema: ExtractResponseSchema } } }, ...BODY_ERRORS, ...COMMON_ERRORS },
  }),
  saveComparison: createRoute({
    method: 'post',
    path: '/v1/comparisons',
    tags: ['comparisons'],
    summary: 'Compare and save',
    description: 'Same body as /v1/compare; saves the input texts and the report under a random id.',
    request: { body: compareBody },
    responses: {
      201: { description: 'Saved; Location points at it.', content: { 'application/json': { schema: SavedComparisonSchema } } },
      ...BODY_ERRORS,
      ...COMMON_ERRORS,
    },
  }),
  listComparisons: createRoute({
    method: 'get',
    path: '/v1/comparisons',
    tags: ['comparisons'],
    summary: 'List saved comparisons, newest first',
    description: 'With API keys configured, only the comparisons saved with the same key.',
    request: { query: ListQuerySchema },
    responses: { 200: { description: 'One page.', content: { 'application/json': { schema: ComparisonListSchema } } }, 400: problem('Bad limit or cursor.'), ...COMMON_ERRORS },
  }),
  getComparison: createRoute({
    method: 'get',
    path: '/v1/comparisons/{id}',
    tags: ['comparisons'],
    summary: 'Read a saved comparison',
    request: { params: IdParamSchema },
    responses: { 200: { description: 'The saved comparison.', content: { 'application/json': { schema: SavedComparisonSchema } } }, 404: problem(NOT_YOURS), ...COMMON_ERRORS },
  }),
  deleteComparison: createRoute({
    method: 'delete',
    path: '/v1/comparisons/{id}',
    tags: ['comparisons'],
    summary: 'Delete a saved comparison',
    request: { params: IdParamSchema },
    responses: { 204: { description: 'Deleted.' }, 404: problem(NOT_YOURS), ...COMMON_ERRORS },
  }),
  health: createRoute({
    method: 'get',
    path: '/v1/health',
    tags: ['meta'],
    summary: 'Liveness, admission queue and worker state',
    description:
      'Needs no API key and is never rate limited; answered on the main thread from counters, without waiting for the comparison workers, so a load balancer can probe it while they are saturated.',
    security: [],
    responses: { 200: { description: 'Up.', content: { 'application/json': { schema: HealthSchema } } } },
  }),
};
