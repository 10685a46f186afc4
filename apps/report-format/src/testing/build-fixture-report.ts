import type { Change, ChangeKind, Cluster, ComparisonReport, DiffOp, DocumentReport, Match, MatchKind, MatchSide } from '@wirediff/match';

/** One hand-written article: its sentences, joined by single spaces into its text. */
export interface FixtureArticle {
  outlet?: string;
  title?: string;
  publishedAt?: string;
  sentences: string[];
}

/** One change as an editor would name it; `from` and `to` are found in the match's sentences. */
export interface FixtureChange {
  kind: ChangeKind;
  /** Words of side a's sentence (absent for added words). */
  from?: string;
  /** Words of side b's sentence (absent for cut words). */
  to?: string;
  summary: string;
}

/** One hand-written match between a sentence of one article and a sentence of another. */
export interface FixtureMatch {
  a: [document: number, sentence: number];
  b: [document: number, sentence: number];
  kind: MatchKind;
  score: number;
  changes?: FixtureChange[];
  /** Both sides share words inside quotation marks: two outlets quoting one speaker. */
  quote?: boolean;
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

const QUOTED = /["“”«»]([^"“”«»]+)["“”«»]/g;

function locate(text: string, words: string, within: [number, number]): [number, number] {
  const at = text.slice(within[0], within[1]).indexOf(words);
  if (at < 0) throw new Error(`fixture change "${words}" is not in "${text.slice(within[0], within[1])}"`);
  return [within[0] + at, within[0] + at + words.length];
}

// The parts of the shared spans that lie inside quotation marks, as the engine flags them.
function quotedParts(text: string, sentence: [number, number], spans: Array<[number, number]>): Array<[number, number]> {
  const inside = [...text.slice(sentence[0], sentence[1]).matchAll(QUOTED)].map((m): [number, number] => [sentence[0] + m.index + 1, sentence[0] + m.index + m[0].length - 1]);
  const parts: Array<[number, number]> = [];
  for (const [s, e] of spans) for (const [qs, qe] of inside) if (Math.min(e, qe) > Math.max(s, qs)) parts.push([Math.max(s, qs), Math.min(e, qe)]);
  return parts;
}

// Clusters as the engine makes them: sentences joined by matches form one statement, whose
// origin is the single earliest-published member when every member has a time.
function clusterMatches(matches: Match[], articles: FixtureArticle[]): Cluster[] {
  const nodeOf = (document: number, sentence: number): string => `${document}:${sentence}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const match of matches) for (const side of match.sides) for (const s of side.sentences) parent.set(nodeOf(side.document, s), nodeOf(side.document, s));
  for (const match of matches) {
    const [first, ...rest] = match.sides.flatMap((side) => side.sentences.map((s) => nodeOf(side.document, s)));
    for (const node of rest) parent.set(find(node), find(first!));
  }
  const groups = new Map<string, { nodes: Array<[number, number]>; matchIds: number[] }>();
  for (const node of parent.keys()) {
    const root = find(node);
    const group = groups.get(root) ?? { nodes: [], matchIds: [] };
    const [d, s] = node.split(':').map(Number);
    group.nodes.push([d!, s!]);
    groups.set(root, group);
  }
  for (const match of matches) groups.get(find(nodeOf(match.sides[0].document, match.sides[0].sentences[0]!)))!.matchIds.push(match.id);
  const list = [...groups.values()].map((group) => {
    group.nodes.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const members: Cluster['members'] = [];
    for (const [document, sentence] of group.nodes) {
      const last = members.at(-1);
      if (last?.document === document) last.sentences.push(sentence);
      else members.push({ document, sentences: [sentence] });
    }
    return { members, matchIds: group.matchIds.sort((x, y) => x - y) };
  });
  list.sort((x, y) => x.members[0]!.document - y.members[0]!.document || x.members[0]!.sentences[0]! - y.members[0]!.sentences[0]!);
  return list.map((cluster, id) => {
    const times = cluster.members.map((m) => Date.parse(articles[m.document]?.publishedAt ?? ''));
    const earliest = Math.min(...times);
    const firsts = cluster.members.filter((_, i) => times[i] === earliest);
    const origin = times.every((t) => !Number.isNaN(t)) && firsts.length === 1 ? { origin: { document: firsts[0]!.document, reason: 'earliest-published' as const } } : {};
    return { id, ...cluster, ...origin };
  });
}

/**
 * Build a report the way the engine shapes one, from hand-written sentences and matches;
 * `clusters: true` adds the shared statements with their origins, as the engine does.
 * @example buildFixtureReport({ articles, matches }).report.documents.length
 */
export function buildFixtureReport(options: { articles: FixtureArticle[]; matches: FixtureMatch[]; clusters?: boolean }): { report: ComparisonReport; texts: string[] } {
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
    const side = (document: number, sentence: number, range: [number, number], spans: Array<[number, number]>): MatchSide => ({
      document,
      sentences: [sentence],
      spans,
      ...(m.quote ? { quoted: quotedParts(texts[document]!, range, spans) } : {}),
    });
    const changes = m.changes?.map(
      (c): Change => ({
        kind: c.kind,
        ...(c.from === undefined ? {} : { a: locate(texts[m.a[0]]!, c.from, ra), from: c.from }),
        ...(c.to === undefined ? {} : { b: locate(texts[m.b[0]]!, c.to, rb), to: c.to }),
        summary: c.summary,
      }),
    );
    return {
      id,
      kind: m.kind,
      score: m.score,
      sides: [side(m.a[0], m.a[1], ra, equal.map((op) => op.a!)), side(m.b[0], m.b[1], rb, equal.map((op) => op.b!))],
      diff,
      ...(changes ? { changes } : {}),
      ...(m.quote ? { quote: true } : {}),
    };
  });
  const anyQuote = matches.some((m) => m.quote);
  const documents: DocumentReport[] = options.articles.map((article, d) => {
    const sentences = bounds[d]!.map(([start, end], index) => {
      const ids = matches.filter((m) => m.sides.some((s) => s.document === d && s.sentences.includes(index))).map((m) => m.id);
      const kinds = ids.map((id) => matches[id]!.kind).sort((x, y) => RANK[x] - RANK[y]);
      return { index, start, end, status: ids.length ? ('reused' as const) : ('added' as const), ...(kinds[0] ? { kind: kinds[0] } : {}), matchIds: ids };
    });
    const byKind: Record<MatchKind, number> = { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 };
    let reusedCharacters = 0;
    let quoteReusedCharacters = 0;
    for (const s of sentences) {
      if (s.kind) {
        byKind[s.kind] += 1;
        reusedCharacters += s.end - s.start;
        if (s.matchIds.every((id) => matches[id]!.quote)) quoteReusedCharacters += s.end - s.start;
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
      stats: {
        sentences: sentences.length,
        reusedSentences: reused,
        addedSentences: sentences.length - reused,
        characters,
        reusedCharacters,
        reusedShare: characters ? reusedCharacters / characters : 0,
        byKind,
        ...(anyQuote ? { quoteReusedCharacters, reusedShareWithoutQuotes: characters ? (reusedCharacters - quoteReusedCharacters) / characters : 0 } : {}),
      },
    };
  });
  const clusters = options.clusters ? clusterMatches(matches, options.articles) : [];
  return { report: { schemaVersion: 1, documents, matches, clusters, options: { minScore: 0.3, language: 'en', timeBudgetMs: 0 } }, texts };
}
