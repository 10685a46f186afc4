import { z } from '@hono/zod-openapi';

// The same zod schemas validate requests and generate /openapi.json. The main thread does not
// load the engine, so its enums are spelled out here; contract.ts makes the compiler check every
// schema against the types of @wirediff/match and api-types.ts, so they cannot drift apart.

const shortText = (max: number) => z.string().max(max);

/**
 * One document in a compare request: `text`, or `html` that the API extracts first.
 * @example DocumentRequestSchema.parse({ text: 'Officials met on Monday.', outlet: 'Wire' })
 */
export const DocumentRequestSchema = z
  .object({
    text: z.string().optional().openapi({ description: 'Plain text; report offsets point into it.' }),
    html: z.string().optional().openapi({ description: 'Article HTML; the API extracts its text (see `texts` in the response).' }),
    id: shortText(200).optional(),
    title: shortText(2000).optional(),
    outlet: shortText(200).optional(),
    publishedAt: shortText(64).optional().openapi({ description: 'ISO 8601 date or date-time.', example: '2024-05-02T09:30:00Z' }),
  })
  .refine((document) => (document.text === undefined) !== (document.html === undefined), {
    message: 'Give exactly one of `text` and `html`',
  })
  .openapi('DocumentRequest');

/**
 * Options passed to the engine's compare().
 * @example CompareOptionsSchema.parse({ minScore: 0.5 })
 */
export const CompareOptionsSchema = z
  .object({
    minScore: z.number().min(0).max(1).optional().openapi({ description: 'Pairs scoring below this are not reported.', example: 0.5 }),
    language: shortText(20).optional().openapi({ description: "Language code ('en', 'ru', ...) or 'auto'.", example: 'auto' }),
    timeBudgetMs: z.number().int().min(0).optional().openapi({ description: 'Give up after this many ms (capped by the server limit; 0 = the server limit).' }),
  })
  .openapi('CompareOptions');

/**
 * The JSON body of POST /v1/compare and POST /v1/comparisons.
 * @example CompareRequestSchema.safeParse({ documents: [{ text: 'a' }, { html: '<p>b</p>' }] }).success // true
 */
export const CompareRequestSchema = z
  .object({
    documents: z.array(DocumentRequestSchema).min(2, 'Give at least 2 documents').openapi({ description: '2 to WIREDIFF_MAX_DOCUMENTS (default 10) documents; more is a 413.' }),
    options: CompareOptionsSchema.optional(),
  })
  .openapi('CompareRequest', {
    example: {
      documents: [
        { text: 'Officials met in Geneva on Monday. They agreed to talk again in June.', outlet: 'Wire' },
        { text: 'Officials met in Geneva on Monday, a spokesman said. Talks resume in June.', outlet: 'Daily' },
      ],
    },
  });

/**
 * The multipart form of POST /v1/compare and POST /v1/comparisons.
 * @example app.openAPIRegistry.registerPath(route) // with { 'multipart/form-data': { schema: CompareMultipartSchema } }
 */
export const CompareMultipartSchema = z
  .object({
    file: z.array(z.string().openapi({ format: 'binary' })).openapi({ description: 'One file per document (.txt, .md, .html, .docx, .pdf), in order.' }),
    options: z.string().optional().openapi({ description: 'CompareOptions as a JSON string.' }),
    metadata: z.string().optional().openapi({ description: 'JSON array of {id?, title?, outlet?, publishedAt?}, one per file, overriding what extraction found.' }),
  })
  .openapi('CompareMultipart');

/**
 * Metadata sent beside uploaded files.
 * @example FileMetadataSchema.parse([{ outlet: 'Wire' }, { outlet: 'Daily' }])
 */
export const FileMetadataSchema = z.array(
  z.object({ id: shortText(200).optional(), title: shortText(2000).optional(), outlet: shortText(200).optional(), publishedAt: shortText(64).optional() }),
);

const MatchKindSchema = z.enum(['verbatim', 'edited', 'paraphrase', 'partial']).openapi('MatchKind');
const OffsetPairSchema = z.tuple([z.number().int(), z.number().int()]);

const SentenceReportSchema = z
  .object({
    index: z.number().int().openapi({ description: '0-based position in the document.' }),
    start: z.number().int(),
    end: z.number().int(),
    role: z.enum(['headline', 'byline', 'dateline', 'body']).optional(),
    status: z.enum(['reused', 'added']),
    kind: MatchKindSchema.optional(),
    matchIds: z.array(z.number().int()),
  })
  .openapi('SentenceReport');

const DocumentStatsSchema = z
  .object({
    sentences: z.number().int(),
    reusedSentences: z.number().int(),
    addedSentences: z.number().int(),
    characters: z.number().int(),
    reusedCharacters: z.number().int(),
    reusedShare: z.number().min(0).max(1),
    byKind: z.object({ verbatim: z.number().int(), edited: z.number().int(), paraphrase: z.number().int(), partial: z.number().int() }),
    quoteReusedCharacters: z.number().int().optional().openapi({ description: 'Characters of reused sentences whose every match is a shared quote.' }),
    reusedShareWithoutQuotes: z.number().min(0).max(1).optional().openapi({ description: 'The reused share not counting shared quotes.' }),
  })
  .openapi('DocumentStats');

const DocumentReportSchema = z
  .object({
    id: z.string().openapi({ description: 'The id sent, else `doc-1`, `doc-2`, … by position.' }),
    title: z.string().optional(),
    outlet: z.string().optional(),
    publishedAt: z.string().optional(),
    sentences: z.array(SentenceReportSchema),
    stats: DocumentStatsSchema,
  })
  .openapi('DocumentReport');

const MatchSideSchema = z
  .object({
    document: z.number().int().openapi({ description: '0-based index into `documents`.' }),
    sentences: z.array(z.number().int()),
    spans: z.array(OffsetPairSchema),
    quoted: z.array(OffsetPairSchema).optional().openapi({ description: 'The parts of `spans` inside quotation marks.' }),
  })
  .openapi('MatchSide');

const ChangeSchema = z
  .object({
    kind: z.enum(['number', 'name', 'date', 'attribution', 'quote', 'reworded', 'added', 'cut', 'reordered']),
    a: OffsetPairSchema.optional(),
    b: OffsetPairSchema.optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    summary: z.string(),
  })
  .openapi('Change');

const MatchSchema = z
  .object({
    id: z.number().int(),
    kind: MatchKindSchema,
    score: z.number().min(0).max(1),
    sides: z.tuple([MatchSideSchema, MatchSideSchema]),
    diff: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), a: OffsetPairSchema.optional(), b: OffsetPairSchema.optional() })),
    changes: z.array(ChangeSchema).optional().openapi({ description: 'What changed from side 0 to side 1, in an editor\'s terms.' }),
    quote: z.boolean().optional().openapi({ description: 'The shared text is inside quotation marks on both sides.' }),
    context: z.boolean().optional().openapi({ description: 'Found through document context: the sentences alone score below the reuse threshold, but the documents share a source.' }),
  })
  .openapi('Match');

const ClusterSchema = z
  .object({
    id: z.number().int(),
    members: z.array(z.object({ document: z.number().int(), sentences: z.array(z.number().int()) })),
    matchIds: z.array(z.number().int()),
    origin: z.object({ document: z.number().int(), reason: z.literal('earliest-published') }).optional(),
  })
  .openapi('Cluster');

/**
 * The engine's report (see DESIGN.md, "The report").
 * @example ComparisonReportSchema.parse(await response.json())
 */
export const ComparisonReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    documents: z.array(DocumentReportSchema),
    matches: z.array(MatchSchema),
    clusters: z.array(ClusterSchema),
    options: z.object({ minScore: z.number(), language: z.string(), timeBudgetMs: z.number() }),
    incomplete: z.object({ reason: z.literal('time-budget'), detail: z.string() }).optional(),
  })
  .openapi('ComparisonReport');

/**
 * POST /v1/compare's answer: the report, plus the extracted texts when the API extracted any.
 * @example CompareResponseSchema.parse(await response.json()).texts
 */
export const CompareResponseSchema = ComparisonReportSchema.extend({
  texts: z.array(z.string()).optional().openapi({ description: 'Present when some input was HTML or a file: the text of each document, which the offsets point into.' }),
}).openapi('CompareResponse');

/**
 * POST /v1/extract with JSON.
 * @example ExtractJsonRequestSchema.parse({ html: '<p>Text</p>' })
 */
export const ExtractJsonRequestSchema = z
  .object({ html: z.string().openapi({ description: 'Article HTML.' }) })
  .openapi('ExtractRequest', { example: { html: '<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Officials met on Monday.</p></article></body></html>' } });

/**
 * POST /v1/extract with a multipart upload.
 * @example app.openAPIRegistry.registerPath(route) // with { 'multipart/form-data': { schema: ExtractMultipartSchema } }
 */
export const ExtractMultipartSchema = z.object({ file: z.string().openapi({ format: 'binary', description: '.txt, .md, .html, .docx or .pdf' }) }).openapi('ExtractMultipart');

/**
 * What extraction found.
 * @example ExtractResponseSchema.parse({ format: 'text', text: 'a', characters: 1 })
 */
export const ExtractResponseSchema = z
  .object({
    format: z.enum(['text', 'markdown', 'html', 'docx', 'pdf']),
    text: z.string(),
    characters: z.number().int(),
    title: z.string().optional(),
    byline: z.string().optional(),
    publishedAt: z.string().optional(),
  })
  .openapi('ExtractResponse', { example: { format: 'html', text: 'Officials met on Monday.', characters: 24, title: 'Talks' } });

const StoredDocumentSchema = z
  .object({ text: z.string(), id: z.string().optional(), title: z.string().optional(), outlet: z.string().optional(), publishedAt: z.string().optional() })
  .openapi('StoredDocument');

/**
 * A saved comparison.
 * @example SavedComparisonSchema.parse(await (await fetch(url + '/v1/comparisons/' + id)).json())
 */
export const SavedComparisonSchema = z
  .object({
    id: z.string().openapi({ description: '128-bit random id, base64url.', example: 'q7Xv0b0d3C9o1m2KQk4b6A' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    documents: z.array(StoredDocumentSchema),
    options: CompareOptionsSchema,
    report: ComparisonReportSchema,
  })
  .openapi('SavedComparison');

/**
 * One row of GET /v1/comparisons.
 * @example ComparisonSummarySchema.array().parse(page.items)
 */
export const ComparisonSummarySchema = z
  .object({
    id: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    documents: z.array(z.object({ id: z.string(), title: z.string().optional(), outlet: z.string().optional(), characters: z.number().int(), reusedShare: z.number() })),
    matches: z.number().int(),
    incomplete: z.boolean(),
  })
  .openapi('ComparisonSummary');

/**
 * GET /v1/comparisons.
 * @example ComparisonListSchema.parse({ items: [], nextCursor: null })
 */
export const ComparisonListSchema = z
  .object({ items: z.array(ComparisonSummarySchema), nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }) })
  .openapi('ComparisonList');

/**
 * Query of GET /v1/comparisons.
 * @example ListQuerySchema.parse({ limit: '5' }) // { limit: 5 }
 */
export const ListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: 'Items per page (1..100).', example: 20 }),
  cursor: z.string().max(32).optional().openapi({ description: '`nextCursor` of the previous page.' }),
});

/**
 * Path parameter of /v1/comparisons/{id}.
 * @example IdParamSchema.parse({ id: 'q7Xv0b0d3C9o1m2KQk4b6A' })
 */
export const IdParamSchema = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'q7Xv0b0d3C9o1m2KQk4b6A' }) });

/**
 * GET /v1/health.
 * @example HealthSchema.parse(await (await fetch(url + '/v1/health')).json()).status // 'ok'
 */
export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    uptimeSeconds: z.number(),
    authRequired: z.boolean().openapi({ description: 'Whether /v1 routes other than health need `Authorization: Bearer <key>`.' }),
    workers: z.object({ workers: z.number().int(), busy: z.number().int(), queued: z.number().int() }),
    queue: z
      .object({
        admitted: z.number().int().openapi({ description: 'Comparisons admitted and not finished (running or waiting).' }),
        workSeconds: z.number().openapi({ description: 'Estimated seconds of work they hold.' }),
        expectedWaitSeconds: z.number().openapi({ description: 'Estimated wait before a comparison admitted now would start.' }),
        limitSeconds: z.number().openapi({ description: '`WIREDIFF_QUEUE_SECONDS`: beyond this expected wait, new comparisons get 503 `server-busy`.' }),
      })
      .openapi({ description: 'Admission by work: read by load balancers and operators.' }),
  })
  .openapi('Health', {
    example: {
      status: 'ok',
      version: '0.1.0',
      uptimeSeconds: 12.5,
      authRequired: false,
      workers: { workers: 2, busy: 1, queued: 0 },
      queue: { admitted: 1, workSeconds: 0.4, expectedWaitSeconds: 0.2, limitSeconds: 5 },
    },
  });

/**
 * Every error (RFC 9457 problem details).
 * @example ProblemSchema.parse(await response.json()).detail
 */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem', {
    example: {
      type: '/docs/problems#problem-validation',
      title: 'Invalid request',
      status: 400,
      detail: 'The request body does not match the schema.',
      errors: [{ path: '/documents', message: 'Give at least 2 documents' }],
    },
  });
