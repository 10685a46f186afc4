import * as match from '@wirediff/match';
import type { ComparisonReport, CompareOptions, DocumentInput } from '@wirediff/match';
import type { CompareResult, CompareTask } from './compare-task.js';

type CompareFunction = (documents: DocumentInput[], options: CompareOptions) => ComparisonReport;

/**
 * Run one comparison and serialise it: the code a pool worker executes.
 * @example runCompareTask({ documents: [{ text: 'a' }, { text: 'b' }], options: {} }).reportJson
 */
export function runCompareTask(task: CompareTask): CompareResult {
  // Looked up by name so the API builds before the engine's compare() exists in every checkout.
  const compare = (match as unknown as { compare?: CompareFunction }).compare;
  if (typeof compare !== 'function') throw new Error('@wirediff/match does not export compare()');
  const report = compare(task.documents, task.options);
  return {
    reportJson: JSON.stringify(report),
    summary: {
      documents: report.documents.map((document, index) => {
        const fact: CompareResult['summary']['documents'][number] = {
          id: document.id,
          characters: task.documents[index]?.text.length ?? document.stats.characters,
          reusedShare: document.stats.reusedShare,
        };
        if (document.title !== undefined) fact.title = document.title;
        if (document.outlet !== undefined) fact.outlet = document.outlet;
        return fact;
      }),
      matches: report.matches.length,
      incomplete: report.incomplete !== undefined,
    },
  };
}
