import type { ComparisonReport, DiffOp, DocumentReport, Match, MatchKind } from '@wirediff/match';

/** One hand-written article: its sentences, joined by single spaces into its text. */
export interface FixtureArticle {
  outlet?: string;
  title?: string;
  publishedAt?: string;
  sentences: string[];
}

/** One hand-written match between a sentence of one article and a sentence of another. */
export interface FixtureMatch {
  a: [document: number, sentence: number];
  b: [document: number, sentence: number];
  kind: MatchKind;
  score: number;
}

const WORD = /\S+/g;

function words(text: string, base: number): Array<{ word: string; range: [number, number] }> {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), range: [base + m.index, base + m.index + m[0].length] }));
}

// A plain LCS word diff: enough for hand-made fixtures; the real diff comes from the engine.
function diffWords(textA: string, startA: number, textB: string, startB: number): DiffOp[] {
  const a = words(textA, startA);
  const b = words(textB, startB);
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1) table[i]![j] = a[i]!.word === b[j]!.word ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.word === b[j]!.word) {
      ops.push({ op: 'equal', a: a[i]!.range, b: b[j]!.range });
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      ops.push({ op: 'insert', b: b[j]!.range });
      j += 1;
    } else {
      ops.push({ op: 'delete', a: a[i]!.range });
      i += 1;
    }
  }
  return ops;
}

const RANK: Record<MatchKind, number> = { verbatim: 0, edited: 1, paraphrase: 2, partial: 3 };

/**
 * Build a report the way the engine shapes one, from hand-written sentences and matches.
 * @example buildFixtureReport({ articles, matches }).report.documents.length
 */
export function buildFixtureReport(options: { articles: FixtureArticle[]; matches: FixtureMatch[] }): { report: ComparisonReport; texts: string[] } {
  const texts = options.articles.map((article) => article.sentences.join(' '));
  const bounds = options.articles.map((article) => {
    let at = 0;
    return article.sentences.map((sentence) => {
      const range: [number, number] = [at, at + sentence.length];
      at += sentence.length + 1;
      return range;
    });
  });
  const matches: Match[] = options.matches.map((m, id) => {
    const ra = bounds[m.a[0]]![m.a[1]]!;
    const rb = bounds[m.b[0]]![m.b[1]]!;
    const diff = diffWords(texts[m.a[0]]!.slice(ra[0], ra[1]), ra[0], texts[m.b[0]]!.slice(rb[0], rb[1]), rb[0]);
    const equal = diff.filter((op) => op.op === 'equal');
    return {
      id,
      kind: m.kind,
      score: m.score,
      sides: [
        { document: m.a[0], sentences: [m.a[1]], spans: equal.map((op) => op.a!) },
        { document: m.b[0], sentences: [m.b[1]], spans: equal.map((op) => op.b!) },
      ],
      diff,
    };
  });
  const documents: DocumentReport[] = options.articles.map((article, d) => {
    const sentences = bounds[d]!.map(([start, end], index) => {
      const ids = matches.filter((m) => m.sides.some((s) => s.document === d && s.sentences.includes(index))).map((m) => m.id);
      const kinds = ids.map((id) => matches[id]!.kind).sort((x, y) => RANK[x] - RANK[y]);
      return { index, start, end, status: ids.length ? ('reused' as const) : ('added' as const), ...(kinds[0] ? { kind: kinds[0] } : {}), matchIds: ids };
    });
    const byKind: Record<MatchKind, number> = { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 };
    let reusedCharacters = 0;
    for (const s of sentences) {
      if (s.kind) {
        byKind[s.kind] += 1;
        reusedCharacters += s.end - s.start;
      }
    }
    const reused = sentences.filter((s) => s.status === 'reused').length;
    const characters = texts[d]!.length;
    return {
      id: `doc-${d + 1}`,
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.title ? { title: article.title } : {}),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      sentences,
      stats: { sentences: sentences.length, reusedSentences: reused, addedSentences: sentences.length - reused, characters, reusedCharacters, reusedShare: characters ? reusedCharacters / characters : 0, byKind },
    };
  });
  return { report: { schemaVersion: 1, documents, matches, clusters: [], options: { minScore: 0.3, language: 'en', timeBudgetMs: 0 } }, texts };
}
