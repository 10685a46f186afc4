import * as match from '@wirediff/match';
import type { ComparisonReport, CompareOptions, DocumentInput } from '@wirediff/match';
import type { StoredDocument } from '../api-types.js';
import type { ComparisonSummaryFacts } from '../storage/comparison-store.js';
import type { CompareOutput, CompareResponseResult, CompareSaveResult } from './compare-task.js';

type CompareFunction = (documents: DocumentInput[], options: CompareOptions) => ComparisonReport;

/** One comparison to run: the documents as read, the client's options and the request's deadline. */
export interface CompareJob {
  documents: StoredDocument[];
  options: CompareOptions;
  /** Whether the texts came from HTML or files (the /v1/compare response then echoes them). */
  extracted: boolean;
  /** Epoch ms by which the engine must stop; the client's own `timeBudgetMs` may ask for less. */
  deadline: number;
  /** The server's time budget per request (WIREDIFF_COMPARE_TIME_BUDGET_MS). */
  serverBudgetMs: number;
  output: CompareOutput;
  /** Epoch ms clock (a worker's `performance.now()` has its own origin, so deadlines use epoch time). */
  now?: () => number;
}

function summarize(report: ComparisonReport, documents: StoredDocument[]): ComparisonSummaryFacts {
  return {
    documents: report.documents.map((document, index) => {
      const fact: ComparisonSummaryFacts['documents'][number] = {
        id: document.id,
        characters: documents[index]?.text.length ?? document.stats.characters,
        reusedShare: document.stats.reusedShare,
      };
      if (document.title !== undefined) fact.title = document.title;
      if (document.outlet !== undefined) fact.outlet = document.outlet;
      return fact;
    }),
    matches: report.matches.length,
    incomplete: report.incomplete !== undefined,
  };
}

const ENCODER = new TextEncoder();

/**
 * Run one comparison and serialise it once, in the form its route answers with: the
 * /v1/compare response body as UTF-8 bytes (the texts spliced in when the API extracted them),
 * or the report JSON and summary a save stores.
 * @example runCompareJob({ documents: [{ text: 'a' }, { text: 'b' }], options: {}, extracted: false, deadline: Date.now() + 20_000, serverBudgetMs: 20_000, output: 'response' })
 */
export function runCompareJob(job: CompareJob): CompareResponseResult | CompareSaveResult {
  // Looked up by name so the API builds before the engine's compare() exists in every checkout.
  const compare = (match as unknown as { compare?: CompareFunction }).compare;
  if (typeof compare !== 'function') throw new Error('@wirediff/match does not export compare()');
  const now = job.now ?? Date.now;
  const started = now();
  // The request's budget counts its time in the queue: the engine gets what is left of it, or
  // less if the client asked for less (0 and absent mean "the server's budget").
  const asked = job.options.timeBudgetMs;
  const nominalMs = asked === undefined || asked <= 0 ? job.serverBudgetMs : Math.min(asked, job.serverBudgetMs);
  const timeBudgetMs = Math.max(1, Math.min(nominalMs, job.deadline - started));
  const inputs: DocumentInput[] = job.documents;
  const report = compare(inputs, { ...job.options, timeBudgetMs });
  // The report states the budget the request had, not what its queue time left of it, so the
  // same request gives the same report whatever the load (`incomplete` says when time ran out).
  report.options.timeBudgetMs = nominalMs;
  const reportJson = JSON.stringify(report);
  const engineMs = now() - started;
  const characters = job.documents.reduce((sum, document) => sum + document.text.length, 0);
  if (job.output === 'save') {
    return { kind: 'save', documents: job.documents, options: job.options, reportJson, summary: summarize(report, job.documents), characters, engineMs };
  }
  const json = job.extracted ? `${reportJson.slice(0, -1)},"texts":${JSON.stringify(job.documents.map((d) => d.text))}}` : reportJson;
  return { kind: 'response', body: ENCODER.encode(json), characters, engineMs };
}
