// The request and response types of the HTTP API, for clients (the web app imports them as
// `@wirediff/api/types`). Type declarations only: importing this module loads no code. The zod
// schemas in schemas.ts, which validate requests and write /openapi.json, are checked against
// these types by the compiler (contract.ts), and the report itself is @wirediff/match's type.
import type { AddResult, ArchiveDocumentInput, SourcesResult } from '@wirediff/archive';
import type { CompareOptions, ComparisonReport } from '@wirediff/match';

export type {
  Change,
  ChangeKind,
  Cluster,
  ClusterMember,
  CompareOptions,
  CompareProgress,
  ComparisonReport,
  DiffOp,
  DocumentReport,
  DocumentStats,
  Match,
  MatchKind,
  MatchSide,
  ResolvedOptions,
  SentenceReport,
  SentenceRole,
} from '@wirediff/match';

/** One document of a compare request: plain `text`, or `html` that the server extracts first (exactly one of the two). */
export interface DocumentRequest {
  text?: string;
  html?: string;
  /** Your own id; the report uses it, else `doc-1`, `doc-2`, … by position. */
  id?: string;
  title?: string;
  outlet?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
}

/** The engine's options a request may set: `CompareOptions` less what cannot travel as JSON (`onProgress`). */
export type CompareRequestOptions = Omit<CompareOptions, 'onProgress'>;

/** The JSON body of `POST /v1/compare` and `POST /v1/comparisons`. */
export interface CompareRequest {
  documents: DocumentRequest[];
  options?: CompareRequestOptions;
}

/** `POST /v1/compare`'s answer: the report, plus `texts` (what the offsets point into) when the server extracted any text. */
export interface CompareResponse extends ComparisonReport {
  texts?: string[];
}

/** The formats `/v1/extract` and file uploads read. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** The JSON body of `POST /v1/extract`. */
export interface ExtractRequest {
  html: string;
}

/** `POST /v1/extract`'s answer. */
export interface ExtractResponse {
  format: SourceFormat;
  text: string;
  characters: number;
  title?: string;
  byline?: string;
  publishedAt?: string;
}

/** One input document as saved: the text the report's offsets point into, and its metadata. */
export interface StoredDocument {
  text: string;
  id?: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
}

/** `POST /v1/comparisons` (201) and `GET /v1/comparisons/{id}`. */
export interface SavedComparisonResponse {
  id: string;
  /** ISO 8601 date-time. */
  createdAt: string;
  documents: StoredDocument[];
  options: CompareRequestOptions;
  report: ComparisonReport;
}

/** One document of a listed comparison (no text). */
export interface ComparisonSummaryDocument {
  id: string;
  title?: string;
  outlet?: string;
  characters: number;
  reusedShare: number;
}

/** One row of `GET /v1/comparisons`. */
export interface ComparisonSummaryResponse {
  id: string;
  createdAt: string;
  documents: ComparisonSummaryDocument[];
  matches: number;
  incomplete: boolean;
}

/** `GET /v1/comparisons`: newest first; pass `nextCursor` back as `?cursor=` (null on the last page). */
export interface ComparisonListResponse {
  items: ComparisonSummaryResponse[];
  nextCursor: string | null;
}

/** `GET /v1/health`: answered without a key and without waiting for the comparison workers. */
export interface HealthResponse {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
  /** Whether `/v1` routes other than health need `Authorization: Bearer <key>`. */
  authRequired: boolean;
  workers: { workers: number; busy: number; queued: number };
  queue: {
    /** Comparisons admitted and not finished (running or waiting). */
    admitted: number;
    /** Estimated seconds of work they hold. */
    workSeconds: number;
    /** How long a comparison admitted now would wait before it starts, estimated. */
    expectedWaitSeconds: number;
    /** `WIREDIFF_QUEUE_SECONDS`: the wait beyond which new comparisons get 503 `server-busy`. */
    limitSeconds: number;
  };
}

// ---- The archive (`/v1/archive/…`): articles kept for source search and feed deduplication.
// Every route is scoped like saved comparisons: with API keys, each key has its own archive
// (another key's ids are 404); without keys there is one shared archive.

export type {
  AddResult,
  ArchiveDocumentInput,
  ArchivedDocument,
  ArchiveStats,
  DedupCluster,
  DedupMember,
  DedupResult,
  SourceHit,
  SourcesResult,
  SourceVerification,
} from '@wirediff/archive';

/**
 * The JSON body of `POST /v1/archive/documents`. A large add may instead send
 * `Content-Type: application/x-ndjson`, one `ArchiveDocumentInput` per line, streamed.
 */
export interface ArchiveAddRequest {
  documents: ArchiveDocumentInput[];
}

/** `POST /v1/archive/documents`' answer: what the add did, counted per document (the whole add is atomic per batch of lines). */
export interface ArchiveAddResponse extends AddResult {
  /** Documents read from the body. */
  received: number;
}

/** The JSON body of `POST /v1/archive/sources`: the article (plain `text`, or `html` the server extracts), and the search options. */
export interface ArchiveSourcesRequest {
  text?: string;
  html?: string;
  /** ISO 8601: when the article appeared (says which came first). */
  publishedAt?: string;
  /** Candidates returned (default 10, at most 100). */
  limit?: number;
  /** How many of the best candidates are verified with the engine (default 3, at most `limit`). */
  verify?: number;
  /** Only candidates published before this ISO 8601 date-time. */
  before?: string;
  /** Leave out the archived document with this id (the article itself, when it is archived). */
  excludeId?: string;
}

/** `POST /v1/archive/sources`' answer: the ranked hits, plus `text` (what was searched) when the server extracted it from html. */
export interface ArchiveSourcesResponse extends SourcesResult {
  text?: string;
}

/** `POST /v1/archive/evict`: remove every document filed on a day before `olderThan`'s day. */
export interface ArchiveEvictRequest {
  /** ISO 8601 date or date-time. */
  olderThan: string;
}

/** `POST /v1/archive/evict`'s answer. */
export interface ArchiveEvictResponse {
  removed: number;
}

/** The `type` of every problem the API answers, after `/docs/problems#problem-`. */
export type ProblemKind =
  | 'bad-request'
  | 'validation'
  | 'unauthorized'
  | 'not-found'
  | 'method-not-allowed'
  | 'too-large'
  | 'unsupported-type'
  | 'unreadable-file'
  | 'comparison-timeout'
  | 'rate-limited'
  | 'server-busy'
  | 'internal';

/** One field that failed validation: a JSON Pointer into the request and what is wrong with it. */
export interface FieldError {
  path: string;
  message: string;
}

/** Every error body (RFC 9457 problem details, `application/problem+json`). */
export interface ProblemResponse {
  /** `/docs/problems#problem-<kind>`. */
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}
