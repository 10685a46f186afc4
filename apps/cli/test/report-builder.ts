// Hand-built reports for render tests: the renderers read only the contract, so tests
// need not wait for (or depend on the judgement of) the matcher.
import type { ComparisonReport, DocumentReport, Match, MatchKind } from '@wirediff/match';

const SENTENCE_END = /[^.!?]+[.!?]?/gu;

/** A document report whose sentences are the text's `.`/`!`/`?`-terminated runs. */
export function documentOf(text: string, outlet: string, reused: Partial<Record<number, MatchKind>> = {}): DocumentReport {
  const sentences = [...text.matchAll(SENTENCE_END)]
    .filter((m) => m[0].trim() !== '')
    .map((m, index) => {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const kind = reused[index];
      return { index, start, end: m.index + m[0].trimEnd().length, status: kind ? ('reused' as const) : ('added' as const), ...(kind ? { kind } : {}), matchIds: [] };
    });
  const reusedCharacters = sentences.filter((s) => s.status === 'reused').reduce((sum, s) => sum + s.end - s.start, 0);
  const byKind: Record<MatchKind, number> = { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 };
  for (const s of sentences) if (s.kind) byKind[s.kind] += 1;
  return {
    id: outlet,
    outlet,
    sentences,
    stats: {
      sentences: sentences.length,
      reusedSentences: sentences.filter((s) => s.status === 'reused').length,
      addedSentences: sentences.filter((s) => s.status === 'added').length,
      characters: text.length,
      reusedCharacters,
      reusedShare: text.length === 0 ? 0 : reusedCharacters / text.length,
      byKind,
    },
  };
}

/** A report over the given documents and matches, with default options. */
export function reportOf(documents: DocumentReport[], matches: Match[] = []): ComparisonReport {
  return { schemaVersion: 1, documents, matches, clusters: [], options: { minScore: 0.5, language: 'auto', timeBudgetMs: 0 } };
}

/** Word ranges of a text, in order, so tests can write diffs by word number. */
export function wordRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
}
