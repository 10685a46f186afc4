// Compile-time proof that the zod schemas (which validate requests and write /openapi.json)
// describe exactly the types clients and the engine use: a field added, removed or retyped on
// one side only makes `tsc` fail here, so `npm run build` fails. Nothing here runs.
import type { z } from '@hono/zod-openapi';
import type { Cluster, ComparisonReport, DocumentReport, DocumentStats, Match, MatchSide, SentenceReport } from '@wirediff/match';
import type {
  ArchiveAddRequest,
  ArchiveAddResponse,
  ArchivedDocument,
  ArchiveDocumentInput,
  ArchiveEvictRequest,
  ArchiveEvictResponse,
  ArchiveSourcesRequest,
  ArchiveSourcesResponse,
  ArchiveStats,
  DedupCluster,
  DedupMember,
  DedupResult,
  SourceHit,
  SourceVerification,
  CompareRequest,
  CompareResponse,
  ComparisonListResponse,
  ComparisonSummaryResponse,
  ExtractRequest,
  ExtractResponse,
  HealthResponse,
  ProblemResponse,
  SavedComparisonResponse,
  StoredDocument,
} from './api-types.js';
import type * as schemas from './schemas.js';

/**
 * True when A and B are the same type, property by property and at every depth (optional
 * stays optional, no extra or missing field); mutual assignability would let an extra
 * optional field through.
 * @example type Same = Equal<{ a?: string }, { a?: string }> // true
 */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Compiles only when given `true`.
 * @example type Checked = Assert<Equal<A, B>>
 */
export type Assert<T extends true> = T;

type Out<S extends z.ZodType> = z.output<S>;
type Report = Out<typeof schemas.ComparisonReportSchema>;
type ReportMatch = Report['matches'][number];

/** Every pair checked; each line names the part, so a failure points at the type that drifted. */
export type ContractChecks = [
  Assert<Equal<Report['documents'][number]['sentences'][number], SentenceReport>>,
  Assert<Equal<Report['documents'][number]['stats'], DocumentStats>>,
  Assert<Equal<Report['documents'][number], DocumentReport>>,
  Assert<Equal<ReportMatch['sides'][number], MatchSide>>,
  Assert<Equal<ReportMatch, Match>>,
  Assert<Equal<Report['clusters'][number], Cluster>>,
  Assert<Equal<Report, ComparisonReport>>,
  Assert<Equal<Out<typeof schemas.CompareRequestSchema>, CompareRequest>>,
  Assert<Equal<Out<typeof schemas.CompareResponseSchema>, CompareResponse>>,
  Assert<Equal<Out<typeof schemas.ExtractJsonRequestSchema>, ExtractRequest>>,
  Assert<Equal<Out<typeof schemas.ExtractResponseSchema>, ExtractResponse>>,
  Assert<Equal<Out<typeof schemas.SavedComparisonSchema>['documents'][number], StoredDocument>>,
  Assert<Equal<Out<typeof schemas.SavedComparisonSchema>, SavedComparisonResponse>>,
  Assert<Equal<Out<typeof schemas.ComparisonSummarySchema>, ComparisonSummaryResponse>>,
  Assert<Equal<Out<typeof schemas.ComparisonListSchema>, ComparisonListResponse>>,
  Assert<Equal<Out<typeof schemas.HealthSchema>, HealthResponse>>,
  Assert<Equal<Out<typeof schemas.ProblemSchema>, ProblemResponse>>,
  Assert<Equal<Out<typeof schemas.ArchiveDocumentInputSchema>, ArchiveDocumentInput>>,
  Assert<Equal<Out<typeof schemas.ArchiveAddRequestSchema>, ArchiveAddRequest>>,
  Assert<Equal<Out<typeof schemas.ArchiveAddResponseSchema>, ArchiveAddResponse>>,
  Assert<Equal<Out<typeof schemas.ArchivedDocumentSchema>, ArchivedDocument>>,
  Assert<Equal<Out<typeof schemas.ArchiveSourcesRequestSchema>, ArchiveSourcesRequest>>,
  Assert<Equal<Out<typeof schemas.ArchiveSourcesResponseSchema>['hits'][number]['verification'], SourceVerification | undefined>>,
  Assert<Equal<Out<typeof schemas.ArchiveSourcesResponseSchema>['hits'][number], SourceHit>>,
  Assert<Equal<Out<typeof schemas.ArchiveSourcesResponseSchema>, ArchiveSourcesResponse>>,
  Assert<Equal<Out<typeof schemas.DedupResultSchema>['clusters'][number]['members'][number], DedupMember>>,
  Assert<Equal<Out<typeof schemas.DedupResultSchema>['clusters'][number], DedupCluster>>,
  Assert<Equal<Out<typeof schemas.DedupResultSchema>, DedupResult>>,
  Assert<Equal<Out<typeof schemas.ArchiveStatsSchema>, ArchiveStats>>,
  Assert<Equal<Out<typeof schemas.ArchiveEvictRequestSchema>, ArchiveEvictRequest>>,
  Assert<Equal<Out<typeof schemas.ArchiveEvictResponseSchema>, ArchiveEvictResponse>>,
];
