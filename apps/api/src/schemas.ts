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

// ---- The archive (/v1/archive/…). The archive's own checks (prepareDocument, dates) run
// again behind these; their misuse errors become the same 400 problem.

/** The archive's longest id (its `MAX_ID_LENGTH`); contract.ts cannot check a number, archive.test.ts does. */
export const ARCHIVE_MAX_ID_LENGTH = 512;

/**
 * One article given to the archive (a JSON body's `documents[i]`, or one line of an ndjson feed).
 * @example ArchiveDocumentInputSchema.parse({ id: 'pa-1', text: 'Officials met.', publishedAt: '2024-03-01T07:05:00Z' })
 */
export const ArchiveDocumentInputSchema = z
  .object({
    id: z.string().min(1, 'Give a non-empty id').max(ARCHIVE_MAX_ID_LENGTH).openapi({ description: 'Unique within your archive (any characters, up to 512); the same id again replaces it, or changes nothing when text and metadata are the same.', example: 'pa/1998-03-02/courts-1' }),
    text: z.string().openapi({ description: 'Plain text (at most WIREDIFF_MAX_DOCUMENT_CHARS).' }),
    title: z.string().optional(),
    outlet: z.string().optional(),
    publishedAt: z.string().optional().openapi({ description: 'ISO 8601 date or date-time: files the article under its UTC day (else the day it was added).', example: '2024-03-01T07:05:00Z' }),
  })
  .openapi('ArchiveDocumentInput');

/**
 * The JSON body of POST /v1/archive/documents.
 * @example ArchiveAddRequestSchema.parse({ documents: [{ id: 'a', text: 'Officials met.' }] })
 */
export const ArchiveAddRequestSchema = z
  .object({ documents: z.array(ArchiveDocumentInputSchema).openapi({ description: 'Added in one atomic call.' }) })
  .openapi('ArchiveAddRequest', { example: { documents: [{ id: 'wire-1', text: 'Officials met in Geneva on Monday to discuss a new trade agreement.', outlet: 'Wire', publishedAt: '2024-03-01T07:05:00Z' }] } });

/**
 * POST /v1/archive/documents' answer.
 * @example ArchiveAddResponseSchema.parse({ received: 2, added: 1, updated: 0, unchanged: 1 })
 */
export const ArchiveAddResponseSchema = z
  .object({
    received: z.number().int().openapi({ description: 'Documents read from the body.' }),
    added: z.number().int().openapi({ description: 'New ids.' }),
    updated: z.number().int().openapi({ description: 'Known ids whose text or metadata changed (replaced).' }),
    unchanged: z.number().int().openapi({ description: 'Known ids with the same text and metadata.' }),
  })
  .openapi('ArchiveAddResponse');

/**
 * An archived article read back.
 * @example ArchivedDocumentSchema.parse(await (await fetch(url + '/v1/archive/documents/a')).json())
 */
export const ArchivedDocumentSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    publishedAt: z.string().optional(),
    addedAt: z.string().openapi({ format: 'date-time' }),
    day: z.string().openapi({ description: 'The UTC day it is filed under, YYYY-MM-DD.', example: '2024-03-01' }),
    words: z.number().int(),
    anchors: z.number().int().openapi({ description: 'Distinct anchors in its fingerprint.' }),
  })
  .openapi('ArchivedDocument');

/**
 * Path parameter of /v1/archive/documents/{id}: the id percent-encoded (`/` as `%2F`).
 * @example ArchiveIdParamSchema.parse({ id: 'pa/1998/courts 1' })
 */
export const ArchiveIdParamSchema = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path', description: 'The document id, percent-encoded (encodeURIComponent): `/` as `%2F`, a space as `%20`.' }, example: 'pa%2F1998-03-02%2Fcourts-1' }),
});

/**
 * The JSON body of POST /v1/archive/sources.
 * @example ArchiveSourcesRequestSchema.parse({ text: 'Officials met.', limit: 5 })
 */
export const ArchiveSourcesRequestSchema = z
  .object({
    text: z.string().optional().openapi({ description: 'The article as plain text.' }),
    html: z.string().optional().openapi({ description: 'The article as HTML; the API extracts its text (returned as `text`).' }),
    publishedAt: z.string().optional().openapi({ description: 'ISO 8601: when the article appeared (says which came first).' }),
    limit: z.number().int().min(1).max(100).optional().openapi({ description: 'Candidates returned (default 10).' }),
    verify: z.number().int().min(0).max(100).optional().openapi({ description: 'How many of the best candidates are verified with the engine (default 3, at most `limit`).' }),
    before: z.string().optional().openapi({ description: 'Only candidates published before this ISO 8601 date-time.' }),
    excludeId: z.string().optional().openapi({ description: 'Leave out the archived document with this id.' }),
  })
  .refine((request) => (request.text === undefined) !== (request.html === undefined), { message: 'Give exactly one of `text` and `html`' })
  .openapi('ArchiveSourcesRequest', { example: { text: 'Officials from both countries met in Geneva on Monday to discuss a new trade deal.', limit: 5 } });

const MatchCountsSchema = z.object({ verbatim: z.number().int(), edited: z.number().int(), paraphrase: z.number().int(), partial: z.number().int() });

const SourceVerificationSchema = z
  .object({
    articleReusedShare: z.number().min(0).max(1).openapi({ description: "Share of the article's text reused from the candidate." }),
    sourceReusedShare: z.number().min(0).max(1).openapi({ description: "Share of the candidate's text found in the article." }),
    matchesByKind: MatchCountsSchema,
    matches: z.number().int(),
    report: ComparisonReportSchema.optional().openapi({ description: 'Never sent by the API (the library keeps it on request).' }),
  })
  .openapi('SourceVerification');

const SourceHitSchema = z
  .object({
    id: z.string().openapi({ description: 'GET /v1/archive/documents/{id} gives its text.' }),
    title: z.string().optional(),
    outlet: z.string().optional(),
    publishedAt: z.string().optional(),
    sharedAnchors: z.number().int(),
    sharedRareWords: z.number().int().openapi({ description: "Of the article's rarest words (names, places, figures), how many this one has too." }),
    articleContainment: z.number().min(0).max(1),
    sourceContainment: z.number().min(0).max(1),
    first: z.enum(['source', 'article', 'same', 'unknown']),
    verification: SourceVerificationSchema.optional().openapi({ description: 'On the verified candidates (the best `verify`).' }),
  })
  .openapi('SourceHit');

/**
 * POST /v1/archive/sources' answer.
 * @example ArchiveSourcesResponseSchema.parse(await response.json()).hits[0]?.id
 */
export const ArchiveSourcesResponseSchema = z
  .object({
    anchors: z.number().int().openapi({ description: "Anchors in the article's own fingerprint." }),
    boilerplateAnchors: z.number().int(),
    hits: z.array(SourceHitSchema).openapi({ description: 'Best first: verified candidates by reused share, then the rest by shared anchors.' }),
    text: z.string().optional().openapi({ description: 'The text extracted from `html` (what was searched).' }),
  })
  .openapi('ArchiveSourcesResponse');

const DedupMemberSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    publishedAt: z.string().optional(),
    reusedShare: z.number().min(0).max(1),
    containedInOrigin: z.number().min(0).max(1),
  })
  .openapi('DedupMember');

const DedupClusterSchema = z.object({ origin: z.string(), members: z.array(DedupMemberSchema) }).openapi('DedupCluster');

/**
 * GET /v1/archive/dedup's JSON answer.
 * @example DedupResultSchema.parse(await response.json()).clusters.length
 */
export const DedupResultSchema = z
  .object({ documents: z.number().int(), candidatePairs: z.number().int(), verifiedPairs: z.number().int(), clusters: z.array(DedupClusterSchema) })
  .openapi('DedupResult');

/**
 * Query of GET /v1/archive/dedup.
 * @example ArchiveDedupQuerySchema.parse({ since: '2024-03-01', format: 'csv' })
 */
export const ArchiveDedupQuerySchema = z.object({
  since: z.string().max(64).optional().openapi({ description: 'Window start (inclusive), ISO 8601 date or date-time; its day counts whole.', example: '2024-03-01' }),
  until: z.string().max(64).optional().openapi({ description: 'Window end (inclusive), ISO 8601.', example: '2024-03-02' }),
  verify: z.enum(['borderline', 'all', 'none']).optional().openapi({ description: 'Which candidate pairs the engine verifies (default borderline).' }),
  format: z.enum(['json', 'jsonl', 'csv']).default('json').openapi({ description: 'json (DedupResult), jsonl (one cluster a line) or csv (one member a row).' }),
});

/**
 * GET /v1/archive/stats.
 * @example ArchiveStatsSchema.parse({ documents: 0, anchors: 0, firstDay: null, lastDay: null, days: [] })
 */
export const ArchiveStatsSchema = z
  .object({
    documents: z.number().int(),
    anchors: z.number().int(),
    firstDay: z.string().nullable(),
    lastDay: z.string().nullable(),
    days: z.array(z.object({ day: z.string(), documents: z.number().int() })),
  })
  .openapi('ArchiveStats');

/**
 * The JSON body of POST /v1/archive/evict.
 * @example ArchiveEvictRequestSchema.parse({ olderThan: '2024-02-01' })
 */
export const ArchiveEvictRequestSchema = z
  .object({ olderThan: z.string().max(64).openapi({ description: 'ISO 8601 date or date-time: every document filed on a day before its day goes.', example: '2024-02-01' }) })
  .openapi('ArchiveEvictRequest');

/**
 * POST /v1/archive/evict's answer.
 * @example ArchiveEvictResponseSchema.parse({ removed: 3 })
 */
export const ArchiveEvictResponseSchema = z.object({ removed: z.number().int() }).openapi('ArchiveEvictResponse');
