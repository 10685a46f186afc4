import type { ComparisonReport, DocumentReport, Match, MatchKind } from '@wirediff/match';
import type { Filters } from './filters.js';
import { KINDS, closerKind, rankKind } from './match-kinds.js';

/** Counts for one article under the current filters. */
export interface ArticleCounts {
  sentences: number;
  reused: number;
  added: number;
  byKind: Record<MatchKind, number>;
}

/** One sentence, ready to draw. */
export interface SentenceView {
  index: number;
  text: string;
  /** Closest kind among the matches that pass the filters; null = added. */
  kind: MatchKind | null;
  /** Visible matches touching this sentence, best first. */
  matchIds: number[];
  role?: string;
}

/** The report seen through the filters: what every part of the page draws from. */
export interface ReportModel {
  report: ComparisonReport;
  texts: string[];
  names: string[];
  visibleMatches: Match[];
  matchById: Map<number, Match>;
  sentences: SentenceView[][];
  counts: ArticleCounts[];
  /** overlap[i][j]: sentences of article i that share text with article j. */
  overlap: number[][];
}

/** A short name for an article: its outlet, else its title, else "Article n". */
export function nameArticle(options: { document: DocumentReport; index: number }): string {
  const { document, index } = options;
  return document.outlet?.trim() || document.title?.trim() || `Article ${index + 1}`;
}

function emptyByKind(): Record<MatchKind, number> {
  return { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 };
}

/**
 * Orders matches best first: closer kind, then higher score, then id for stability.
 * @example matches.sort(compareMatches)
 */
export function compareMatches(a: Match, b: Match): number {
  return rankKind(a.kind) - rankKind(b.kind) || b.score - a.score || a.id - b.id;
}

/**
 * Build the view of a report under the given filters.
 * @example buildReportModel({ report, texts, filters: DEFAULT_FILTERS }).counts[0].reused
 */
export function buildReportModel(options: { report: ComparisonReport; texts: string[]; filters: Filters }): ReportModel {
  const { report, texts, filters } = options;
  const docs = report.documents;
  const visibleMatches = report.matches.filter((match) => filters.kinds[match.kind] && match.score >= filters.minScore);
  const matchById = new Map(report.matches.map((match) => [match.id, match]));
  const perSentence: number[][][] = docs.map((doc) => doc.sentences.map(() => []));
  const partners: Array<Array<Set<number>>> = docs.map((doc) => doc.sentences.map(() => new Set<number>()));
  for (const match of visibleMatches) {
    const [a, b] = match.sides;
    for (const side of [a, b]) {
      const other = side === a ? b : a;
      for (const sentence of side.sentences) {
        perSentence[side.document]?.[sentence]?.push(match.id);
        partners[side.document]?.[sentence]?.add(other.document);
      }
    }
  }
  const sentences = docs.map((doc, d) =>
    doc.sentences.map((sentence, s): SentenceView => {
      const ids = (perSentence[d]?.[s] ?? []).slice();
      ids.sort((x, y) => compareMatches(matchById.get(x)!, matchById.get(y)!));
      let kind: MatchKind | null = null;
      for (const id of ids) kind = closerKind(kind, matchById.get(id)!.kind);
      const text = (texts[d] ?? '').slice(sentence.start, sentence.end);
      return { index: s, text, kind, matchIds: ids, ...(sentence.role ? { role: sentence.role } : {}) };
    }),
  );
  const counts = sentences.map((list): ArticleCounts => {
    const byKind = emptyByKind();
    let reused = 0;
    for (const sentence of list) {
      if (sentence.kind) {
        reused += 1;
        byKind[sentence.kind] += 1;
      }
    }
    return { sentences: list.length, reused, added: list.length - reused, byKind };
  });
  const overlap = docs.map((_, i) =>
    docs.map((__, j) => {
      if (i === j) return 0;
      let shared = 0;
      for (const set of partners[i] ?? []) if (set.has(j)) shared += 1;
      return shared;
    }),
  );
  const names = docs.map((document, index) => nameArticle({ document, index }));
  return { report, texts, names, visibleMatches, matchById, sentences, counts, overlap };
}

/**
 * Share as a whole percentage, "0%" for an empty whole.
 * @example formatShare(1, 3) // '33%'
 */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${Math.round((part / whole) * 100)}%`;
}

/**
 * Matches in reading order (first article, first sentence), for next/previous.
 * @example orderMatches(model.visibleMatches)[0]
 */
export function orderMatches(matches: Match[]): Match[] {
  const key = (match: Match): [number, number, number, number] => {
    const [a, b] = match.sides[0].document <= match.sides[1].document ? match.sides : [match.sides[1], match.sides[0]];
    return [a.document, a.sentences[0] ?? 0, b.document, b.sentences[0] ?? 0];
  };
  return matches.slice().sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    for (let i = 0; i < kx.length; i += 1) if (kx[i] !== ky[i]) return kx[i]! - ky[i]!;
    return x.id - y.id;
  });
}

/**
 * Sentences on the other side(s) of a sentence's visible matches, per article.
 * @example findCounterparts({ model, document: 0, sentence: 2 }).get(1) // Set {4}
 */
export function findCounterparts(options: { model: ReportModel; document: number; sentence: number }): Map<number, Set<number>> {
  const { model, document, sentence } = options;
  const result = new Map<number, Set<number>>();
  const view = model.sentences[document]?.[sentence];
  for (const id of view?.matchIds ?? []) {
    const match = model.matchById.get(id);
    if (!match) continue;
    for (const side of match.sides) {
      if (side.document === document && side.sentences.includes(sentence)) continue;
      const set = result.get(side.document) ?? new Set<number>();
      for (const s of side.sentences) set.add(s);
      result.set(side.document, set);
    }
  }
  return result;
}
