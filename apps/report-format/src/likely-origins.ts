import type { ReportModel } from './report-model.js';

/** Who likely took from whom, as the engine's clusters say, under the current filters. */
export interface LikelyOrigins {
  /** originOf[i]: shared statements on show whose likely origin is article i. */
  originOf: number[];
  /** takenFrom[i]: [origin article, sentences of article i on show in statements from it], most first. */
  takenFrom: Array<Array<[number, number]>>;
}

/**
 * Read the likely origins from the report's clusters (`Cluster.origin`, set by the engine when
 * every member has a publication time and one is earliest) instead of guessing from times
 * here: the page and the engine then never disagree. Only sentences that still have a match
 * on show count, so the filters narrow the origins as they narrow the marks. Reports without
 * origins (no times given, or saved before the engine set them) name none.
 * @example findLikelyOrigins(model).takenFrom[1] // [[0, 7]]: 7 sentences likely taken from article 1
 */
export function findLikelyOrigins(model: ReportModel): LikelyOrigins {
  const docs = model.report.documents;
  const originOf = docs.map(() => 0);
  const counts = docs.map(() => new Map<number, number>());
  const onShow = (document: number, sentence: number): boolean => (model.sentences[document]?.[sentence]?.matchIds.length ?? 0) > 0;
  for (const cluster of model.report.clusters) {
    const origin = cluster.origin?.document;
    // An origin that is not one of the statement's own members is a broken report: name none.
    if (origin === undefined || !cluster.members.some((m) => m.document === origin)) continue;
    let shown = false;
    for (const member of cluster.members) {
      if (member.document === origin) continue;
      const taken = member.sentences.filter((s) => onShow(member.document, s)).length;
      if (taken === 0) continue;
      shown = true;
      const map = counts[member.document];
      map?.set(origin, (map.get(origin) ?? 0) + taken);
    }
    if (shown) originOf[origin]! += 1;
  }
  const takenFrom = counts.map((map) => [...map.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]));
  return { originOf, takenFrom };
}
