import { createRoute, z } from '@hono/zod-openapi';
import {
  ArchiveAddRequestSchema,
  ArchiveAddResponseSchema,
  ArchivedDocumentSchema,
  ArchiveDedupQuerySchema,
  ArchiveDocumentInputSchema,
  ArchiveEvictRequestSchema,
  ArchiveEvictResponseSchema,
  ArchiveIdParamSchema,
  ArchiveSourcesRequestSchema,
  ArchiveSourcesResponseSchema,
  ArchiveStatsSchema,
  DedupResultSchema,
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

const NOT_ARCHIVED = 'No document has this id in the archive of this API key (another key\'s documents are not found either).';

const ARCHIVE_SCOPE = 'With API keys configured, each key has its own archive; without keys, one shared archive.';

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
  addArchiveDocuments: createRoute({
    method: 'post',
    path: '/v1/archive/documents',
    tags: ['archive'],
    summary: 'Add articles to the archive',
    description:
      'JSON `{documents: [...]}` (within WIREDIFF_MAX_BODY_BYTES, added atomically), or a feed streamed as `application/x-ndjson`, one ArchiveDocumentInput per line (within WIREDIFF_MAX_FEED_BYTES, added in atomic batches of 500 lines as it arrives). ' +
      'Idempotent by id: sending the same documents again changes nothing (`unchanged`), so a feed cut off or refused at a bad line can be fixed and sent again whole. A bad line is a 400 naming its line number; the batches before it are kept. ' +
      ARCHIVE_SCOPE,
    request: {
      body: {
        required: true,
        content: {
          'application/json': { schema: ArchiveAddRequestSchema },
          'application/x-ndjson': { schema: ArchiveDocumentInputSchema.openapi({ description: 'One document per line (this schema describes one line).' }) },
        },
      },
    },
    responses: {
      200: { description: 'What the add did, counted per document.', content: { 'application/json': { schema: ArchiveAddResponseSchema } } },
      400: problem('Malformed JSON, a bad ndjson line (the detail names it) or an invalid document (`errors` points at the field: missing id or text, an id over 512 characters, a publishedAt that is not ISO 8601).'),
      413: problem('Body over WIREDIFF_MAX_BODY_BYTES (JSON) or WIREDIFF_MAX_FEED_BYTES (ndjson), or a document over WIREDIFF_MAX_DOCUMENT_CHARS.'),
      415: problem('A Content-Type other than application/json or application/x-ndjson.'),
      ...COMMON_ERRORS,
    },
  }),
  getArchiveDocument: createRoute({
    method: 'get',
    path: '/v1/archive/documents/{id}',
    tags: ['archive'],
    summary: 'Read an archived article',
    description: 'The id percent-encoded as one path segment (`/` as `%2F`).',
    request: { params: ArchiveIdParamSchema },
    responses: { 200: { description: 'The article, its text and what the archive holds of it.', content: { 'application/json': { schema: ArchivedDocumentSchema } } }, 404: problem(NOT_ARCHIVED), ...COMMON_ERRORS },
  }),
  deleteArchiveDocument: createRoute({
    method: 'delete',
    path: '/v1/archive/documents/{id}',
    tags: ['archive'],
    summary: 'Remove an article from the archive',
    request: { params: ArchiveIdParamSchema },
    responses: { 204: { description: 'Removed.' }, 404: problem(NOT_ARCHIVED), ...COMMON_ERRORS },
  }),
  archiveSources: createRoute({
    method: 'post',
    path: '/v1/archive/sources',
    tags: ['archive'],
    summary: 'Find the archived articles an article took text from',
    description:
      'Ranks the archived articles sharing text with the given one and verifies the best `verify` with the comparison engine (on the worker threads, admitted like a comparison). ' + ARCHIVE_SCOPE,
    request: { body: { required: true, content: { 'application/json': { schema: ArchiveSourcesRequestSchema } } } },
    responses: {
      200: { description: 'Candidates, best first.', content: { 'application/json': { schema: ArchiveSourcesResponseSchema } } },
      400: problem('Malformed JSON or fields (`errors` lists each): neither or both of text and html, limit or verify out of range, a `before` that is not ISO 8601.'),
      413: problem('Body over WIREDIFF_MAX_BODY_BYTES or an article over WIREDIFF_MAX_DOCUMENT_CHARS.'),
      415: problem('Not application/json.'),
      422: problem('The search did not finish within WIREDIFF_COMPARE_TIME_BUDGET_MS.'),
      503: BODY_ERRORS[503],
      ...COMMON_ERRORS,
    },
  }),
  archiveDedup: createRoute({
    method: 'get',
    path: '/v1/archive/dedup',
    tags: ['archive'],
    summary: 'Cluster the articles of a window that carry the same text',
    description:
      'A wire story, its rewrites, syndicated copies and updates fold into one cluster with its likely origin first. `format=jsonl` (one cluster a line) and `format=csv` (one member a row) are written as they are produced, the same bytes as `wirediff archive dedup`. Runs on a worker thread within WIREDIFF_COMPARE_TIME_BUDGET_MS. ' +
      ARCHIVE_SCOPE,
    request: { query: ArchiveDedupQuerySchema },
    responses: {
      200: {
        description: 'The clusters, largest first.',
        content: {
          'application/json': { schema: DedupResultSchema },
          'application/x-ndjson': { schema: z.string().openapi({ description: 'One cluster per line: `{cluster, size, origin, members}` (cluster numbered from 1, members as in DedupCluster).' }) },
          'text/csv': { schema: z.string().openapi({ description: 'A header row, then one row per member: cluster, size, origin, is_origin, id, outlet, published_at, reused_share, contained_in_origin, title (cells starting like a formula are quoted for spreadsheets).' }) },
        },
      },
      400: problem('A since or until that is not ISO 8601, until before since, or an unknown verify or format.'),
      422: problem('The dedup did not finish within the time budget: ask for a shorter window or verify=none.'),
      503: BODY_ERRORS[503],
      ...COMMON_ERRORS,
    },
  }),
  archiveStats: createRoute({
    method: 'get',
    path: '/v1/archive/stats',
    tags: ['archive'],
    summary: 'The archive in numbers',
    description: ARCHIVE_SCOPE,
    responses: { 200: { description: 'Documents, anchors, and documents per day.', content: { 'application/json': { schema: ArchiveStatsSchema } } }, ...COMMON_ERRORS },
  }),
  archiveEvict: createRoute({
    method: 'post',
    path: '/v1/archive/evict',
    tags: ['archive'],
    summary: 'Remove every article filed on a day before a date',
    description: 'Keeps a feed to a time window. ' + ARCHIVE_SCOPE,
    request: { body: { required: true, content: { 'application/json': { schema: ArchiveEvictRequestSchema } } } },
    responses: {
      200: { description: 'How many documents went.', content: { 'application/json': { schema: ArchiveEvictResponseSchema } } },
      400: problem('Malformed JSON, or an olderThan that is not ISO 8601.'),
      413: problem('Body over WIREDIFF_MAX_BODY_BYTES.'),
      415: problem('Not application/json.'),
      ...COMMON_ERRORS,
    },
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
