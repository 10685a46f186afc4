import type { ComparisonReport } from '@wirediff/match';
import type { ReportModel } from '@wirediff/report-format';

/**
 * How many matches are shared quotes (`Match.quote`: the shared words lie inside quotation
 * marks on both sides, most likely two outlets quoting one speaker). 0 for reports without
 * the flag (saved before the engine set it).
 * @example countSharedQuotes(report) // 2
 */
export function countSharedQuotes(report: ComparisonReport): number {
  let count = 0;
  for (const match of report.matches) if (match.quote === true) count += 1;
  return count;
}

/**
 * The report without its shared quotes, for "hide shared quotes": their matches go, and so
 * do the clusters' references to them (a statement only they made shared is no longer one).
 * Sentences only a quote made reused then count as added, as with any hidden match.
 * @example buildReportModel({ report: withoutSharedQuotes(report), texts, filters })
 */
export function withoutSharedQuotes(report: ComparisonReport): ComparisonReport {
  if (countSharedQuotes(report) === 0) return report;
  const matches = report.matches.filter((match) => match.quote !== true);
  const kept = new Set(matches.map((match) => match.id));
  const clusters = report.clusters
    .map((cluster) => ({ ...cluster, matchIds: cluster.matchIds.filter((id) => kept.has(id)) }))
    .filter((cluster) => cluster.matchIds.length > 0);
  return { ...report, matches, clusters };
}

/**
 * Per article, the sentences on show whose every match on show is a shared quote: what the
 * reused share would lose without shared quotes.
 * @example quoteOnlySentences(model)[1] // Set {1}: sentence 2 of article 2 is reused only as a quote
 */
export function quoteOnlySentences(model: ReportModel): Array<Set<number>> {
  return model.sentences.map((list) => {
    const found = new Set<number>();
    for (const sentence of list) {
      if (sentence.matchIds.length > 0 && sentence.matchIds.every((id) => model.matchById.get(id)?.quote === true)) found.add(sentence.index);
    }
    return found;
  });
}
