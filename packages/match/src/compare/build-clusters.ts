import type { Cluster, DocumentInput, Match } from '../types.js';

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

function publishedTime(value: string | undefined): number {
  return value === undefined ? NaN : Date.parse(value);
}

/**
 * Statements shared across documents: union-find over matched sentences (every sentence of
 * both sides of a match is joined), one cluster per connected group. Members are ordered by
 * document, sentences ascending; clusters by their first member. `origin` is the earliest
 * published member document, set only when every member document has a parseable
 * `publishedAt` and exactly one is earliest (otherwise the data cannot tell).
 *
 * @example
 * buildClusters({ matches: report.matches, sentenceCounts: [3, 4], documents: inputs });
 */
export function buildClusters({
  matches,
  sentenceCounts,
  documents,
}: {
  matches: readonly Match[];
  sentenceCounts: readonly number[];
  documents: readonly DocumentInput[];
}): Cluster[] {
  const base: number[] = [];
  let total = 0;
  for (const count of sentenceCounts) {
    base.push(total);
    total += count;
  }
  const parent = new Int32Array(total);
  for (let i = 0; i < total; i++) parent[i] = i;
  for (const match of matches) {
    let first = -1;
    for (const side of match.sides) {
      for (const sentence of side.sentences) {
        const node = base[side.document]! + sentence;
        if (first < 0) first = node;
        else {
          const x = find(parent, first);
          const y = find(parent, node);
          // The lower root wins so the grouping never depends on the order of unions.
          if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
  }

  const byRoot = new Map<number, { nodes: number[]; matchIds: number[] }>();
  for (const match of matches) {
    const side = match.sides[0];
    const root = find(parent, base[side.document]! + side.sentences[0]!);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = { nodes: [], matchIds: [] }));
    group.matchIds.push(match.id);
  }
  for (let node = 0; node < total; node++) {
    const group = byRoot.get(find(parent, node));
    if (group) group.nodes.push(node);
  }

  const documentOf = (node: number): number => {
    let doc = 0;
    while (doc + 1 < base.length && base[doc + 1]! <= node) doc++;
    return doc;
  };
  const roots = [...byRoot.keys()].sort((x, y) => x - y);
  return roots.map((root, id) => {
    const group = byRoot.get(root)!;
    const members: Cluster['members'] = [];
    for (const node of group.nodes) {
      const document = documentOf(node);
      const last = members[members.length - 1];
      if (last && last.document === document) last.sentences.push(node - base[document]!);
      else members.push({ document, sentences: [node - base[document]!] });
    }
    const cluster: Cluster = { id, members, matchIds: group.matchIds.sort((x, y) => x - y) };
    const times = members.map((member) => publishedTime(documents[member.document]?.publishedAt));
    if (times.every((time) => !Number.isNaN(time))) {
      const earliest = Math.min(...times);
      const firsts = members.filter((_, i) => times[i] === earliest);
      if (firsts.length === 1) cluster.origin = { document: firsts[0]!.document, reason: 'earliest-published' };
    }
    return cluster;
  });
}
