// Type test (checked by `tsc -p apps/api/tsconfig.json`, i.e. `npm run typecheck`): the contract
// check of src/contract.ts must reject a schema that drifted from the type by a single field.
// Each `@ts-expect-error` fails the typecheck if its line ever compiles, so this file proves the
// check can fail.
import { z } from '@hono/zod-openapi';
import type { ComparisonReport, DocumentStats, Match, MatchSide } from '@wirediff/match';
import type { Assert, ContractChecks, Equal } from '../../src/contract.js';
import { ComparisonReportSchema } from '../../src/schemas.js';

type Report = z.output<typeof ComparisonReportSchema>;
type ReportMatch = Report['matches'][number];

// The real schemas pass.
export type RealChecksPass = ContractChecks;

// A schema missing an optional field the type has (`Match.quote`).
const MatchWithoutQuote = z.object({
  id: z.number(),
  kind: z.enum(['verbatim', 'edited', 'paraphrase', 'partial']),
  score: z.number(),
  sides: z.tuple([z.custom<MatchSide>(), z.custom<MatchSide>()]),
  diff: z.array(z.custom<Match['diff'][number]>()),
  changes: z.array(z.custom<NonNullable<Match['changes']>[number]>()).optional(),
});
// @ts-expect-error a schema without `quote` is not the Match type
export type MissingOptionalField = Assert<Equal<z.output<typeof MatchWithoutQuote>, Match>>;

// A schema with an extra optional field the type lacks.
const StatsWithExtra = z.object({
  sentences: z.number(),
  reusedSentences: z.number(),
  addedSentences: z.number(),
  characters: z.number(),
  reusedCharacters: z.number(),
  reusedShare: z.number(),
  byKind: z.object({ verbatim: z.number(), edited: z.number(), paraphrase: z.number(), partial: z.number() }),
  quoteReusedCharacters: z.number().optional(),
  reusedShareWithoutQuotes: z.number().optional(),
  wordCount: z.number().optional(),
});
// @ts-expect-error a schema with an extra `wordCount` is not the DocumentStats type
export type ExtraOptionalField = Assert<Equal<z.output<typeof StatsWithExtra>, DocumentStats>>;

// The same schema without the extra field is the type: the check is exact, not merely strict.
const StatsExact = StatsWithExtra.omit({ wordCount: true });
export type ExactStats = Assert<Equal<z.output<typeof StatsExact>, DocumentStats>>;

// A field required on one side and optional on the other.
// @ts-expect-error `quote` required in the schema but optional in the type
export type RequiredVersusOptional = Assert<Equal<Omit<ReportMatch, 'quote'> & { quote: boolean }, Match>>;

// A type that gains a field the schema does not have (what adding a field to types.ts does).
interface ReportWithOneMoreField extends ComparisonReport {
  generatedBy?: string;
}
// @ts-expect-error the report type with one more optional field no longer equals the schema
export type TypeGainsField = Assert<Equal<Report, ReportWithOneMoreField>>;
// …while an interface with the same fields does: the failure above is the field, not the spelling.
interface ReportRedeclared extends ComparisonReport {}
export type SameFieldsPass = Assert<Equal<Report, ReportRedeclared>>;
