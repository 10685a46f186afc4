import { MATCH_KINDS, type MatchKind } from '../types.js';

/** A scored candidate between two documents: one or more adjacent sentences on each side. */
export interface ScoredUnit {
  /** Sentence indexes in the first document (ascending). */
  a: number[];
  /** Sentence indexes in the second document (ascending). */
  b: number[];
  score: number;
  kind: MatchKind;
  /** Linked through document context (see context-links.ts), not by the pair's score alone. */
  context?: boolean;
}

const KIND_RANK: Record<MatchKind, number> = Object.fromEntries(MATCH_KINDS.map((kind, rank) => [kind, rank])) as Record<MatchKind, number>;

function sum(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Key that reads the same whichever document is first, for the last tie-break. */
function symmetricKey(unit: ScoredUnit): string {
  const left = `${unit.a.length}:${unit.a.join(',')}`;
  const right = `${unit.b.length}:${unit.b.join(',')}`;
  return left < right ? `${left}|${right}` : `${right}|${left}`;
}

/**
 * Order in which units claim sentences: full matches before partial passages, then higher score,
 * closer kind, fewer sentences, and finally keys that do not change when the two documents are
 * swapped, so `compare([A, B])` and `compare([B, A])` pick the same units.
 */
function compareUnits(x: ScoredUnit, y: ScoredUnit): number {
  const partialX = x.kind === 'partial' ? 1 : 0;
  const partialY = y.kind === 'partial' ? 1 : 0;
  if (partialX !== partialY) return partialX - partialY;
  if (x.score !== y.score) return y.score - x.score;
  if (x.kind !== y.kind) return KIND_RANK[x.kind] - KIND_RANK[y.kind];
  const sizeX = x.a.length + x.b.length;
  const sizeY = y.a.length + y.b.length;
  if (sizeX !== sizeY) return sizeX - sizeY;
  const sumX = sum(x.a) + sum(x.b);
  const sumY = sum(y.a) + sum(y.b);
  if (sumX !== sumY) return sumX - sumY;
  const keyX = symmetricKey(x);
  const keyY = symmetricKey(y);
  return keyX < keyY ? -1 : keyX > keyY ? 1 : 0;
}

/**
 * Greedy one-to-one alignment: units claim their sentences best first, and a unit is kept only
 * if none of its sentences is already claimed. Each sentence thus ends up in its best match
 * (full matches before partial passages), reordered sentences included, and a partial passage
 * survives only where it duplicates no better match. Returns the kept units, best first.
 *
 * @example
 * alignUnits([
 *   { a: [0], b: [1], score: 0.9, kind: 'edited' },
 *   { a: [0], b: [0], score: 0.5, kind: 'paraphrase' },
 *   { a: [1], b: [0], score: 0.7, kind: 'edited' },
 * ]); // => the first and the third unit
 */
export function alignUnits(units: readonly ScoredUnit[]): ScoredUnit[] {
  const ordered = [...units].sort(compareUnits);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept: ScoredUnit[] = [];
  for (const unit of ordered) {
    if (unit.a.some((s) => usedA.has(s)) || unit.b.some((s) => usedB.has(s))) continue;
    for (const s of unit.a) usedA.add(s);
    for (const s of unit.b) usedB.add(s);
    kept.push(unit);
  }
  return kept;
}

/**
 * Partial passages next to a kept match: a `partial` unit that lost the one-to-one alignment
 * because one of its sentences is already matched is still kept when its other sentence is
 * unmatched and `duplicates(match, passage, sentenceSide, sentence)` says the passage is not
 * (mostly) the text that match already covers. The unmatched sentence takes only that passage;
 * the matched one may lend different passages to several sentences.
 * Typical case: one paper runs a wire sentence edited, another lifts only a clause of it.
 *
 * @example
 * const all = [...kept, ...addSidePassages(kept, units, () => false)];
 */
export function addSidePassages(
  kept: readonly ScoredUnit[],
  units: readonly ScoredUnit[],
  duplicates: (match: ScoredUnit, passage: ScoredUnit, side: 'a' | 'b', sentence: number) => boolean,
): ScoredUnit[] {
  const matchOfA = new Map<number, ScoredUnit>();
  const matchOfB = new Map<number, ScoredUnit>();
  for (const unit of kept) {
    for (const s of unit.a) matchOfA.set(s, unit);
    for (const s of unit.b) matchOfB.set(s, unit);
  }
  const keptSet = new Set(kept);
  const extraA = new Set<number>();
  const extraB = new Set<number>();
  const added: ScoredUnit[] = [];
  const passages = units.filter((u) => u.kind === 'partial' && u.a.length === 1 && u.b.length === 1 && !keptSet.has(u)).sort(compareUnits);
  for (const passage of passages) {
    const a = passage.a[0]!;
    const b = passage.b[0]!;
    const usedA = matchOfA.has(a) || extraA.has(a);
    const usedB = matchOfB.has(b) || extraB.has(b);
    if (usedA === usedB) continue;
    const [side, sentence, match] = usedA ? (['a', a, matchOfA.get(a)] as const) : (['b', b, matchOfB.get(b)] as const);
    if (match === undefined || duplicates(match, passage, side, sentence)) continue;
    added.push(passage);
    extraA.add(a);
    extraB.add(b);
  }
  return added;
}
