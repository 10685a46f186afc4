import type { Token } from '@wirediff/text';
import { alignUnits, type ScoredUnit } from './align-units.js';
import { findCandidatePairs } from './candidate-pairs.js';
import type { DocumentModel } from './document-model.js';
import { spendTimeBudget, type ScoringEngine, type TimeBudget } from './scoring-engine.js';

/** A document model plus its lazily prepared sentences (shared by all pairs it is part of). */
export interface PreparedDocument<Prepared> {
  model: DocumentModel;
  single: Array<Prepared | undefined>;
  /** Concatenations of 2-3 adjacent sentences, keyed `${first}:${count}`. */
  merged: Map<string, Prepared>;
}

/** A split or merge must beat the best single pairing inside it by this much to count. */
export const SPLIT_MARGIN = 0.05;
/** Longest run of adjacent sentences one sentence can be split into (or merged from). */
export const MAX_SPLIT = 3;

/**
 * Wrap a model for scoring; sentences are prepared on first use.
 *
 * @example
 * const prepared = createPreparedDocument(model);
 */
export function createPreparedDocument<Prepared>(model: DocumentModel): PreparedDocument<Prepared> {
  return { model, single: new Array<Prepared | undefined>(model.sentences.length).fill(undefined), merged: new Map() };
}

function prepareSingle<P>(doc: PreparedDocument<P>, engine: ScoringEngine<P>, sentence: number): P {
  let prepared = doc.single[sentence];
  if (prepared === undefined) {
    prepared = engine.prepare(doc.model.sentences[sentence]!.tokens, doc.model.language);
    doc.single[sentence] = prepared;
  }
  return prepared;
}

function prepareRun<P>(doc: PreparedDocument<P>, engine: ScoringEngine<P>, first: number, count: number): P {
  const key = `${first}:${count}`;
  let prepared = doc.merged.get(key);
  if (prepared === undefined) {
    const tokens: Token[] = [];
    for (let s = first; s < first + count; s++) for (const token of doc.model.sentences[s]!.tokens) tokens.push(token);
    prepared = engine.prepare(tokens, doc.model.language);
    doc.merged.set(key, prepared);
  }
  return prepared;
}

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

interface PairScores {
  /** Score of each candidate pair, keyed a * countB + b. */
  scores: Map<number, number>;
  countB: number;
}

function singleScore(pairs: PairScores, a: number, b: number): number {
  return pairs.scores.get(a * pairs.countB + b) ?? 0;
}

/**
 * Runs of 2..MAX_SPLIT adjacent sentences on the `many` side whose members are all candidates
 * of one sentence on the `one` side, scored as one concatenated sentence. Kept where the run
 * beats every shorter pairing inside it by SPLIT_MARGIN.
 */
function findSplits<P>(
  one: PreparedDocument<P>,
  many: PreparedDocument<P>,
  partners: Map<number, number[]>,
  score: (oneSentence: number, manySentence: number) => number,
  oneIsA: boolean,
  engine: ScoringEngine<P>,
  minScore: number,
  budget: TimeBudget,
): ScoredUnit[] {
  const units: ScoredUnit[] = [];
  const sentences = [...partners.keys()].sort((x, y) => x - y);
  for (const sentence of sentences) {
    const partnerSet = new Set(partners.get(sentence));
    if (partnerSet.size < 2) continue;
    const preparedOne = prepareSingle(one, engine, sentence);
    const runBest = new Map<string, number>();
    for (let count = 2; count <= MAX_SPLIT; count++) {
      for (const first of [...partnerSet].sort((x, y) => x - y)) {
        let allPartners = true;
        for (let s = first; s < first + count; s++) if (!partnerSet.has(s)) allPartners = false;
        if (!allPartners) continue;
        // The best pairing inside the run: each single sentence, and for 3, each pair of two.
        let inner = 0;
        for (let s = first; s < first + count; s++) inner = Math.max(inner, score(sentence, s));
        if (count === 3) inner = Math.max(inner, runBest.get(`${first}:2`) ?? 0, runBest.get(`${first + 1}:2`) ?? 0);
        if (spendTimeBudget(budget)) return units;
        const preparedRun = prepareRun(many, engine, first, count);
        const result = engine.score(preparedOne, preparedRun);
        runBest.set(`${first}:${count}`, result.score);
        if (result.score < inner + SPLIT_MARGIN) continue;
        const kind = engine.classify(preparedOne, preparedRun, result, minScore);
        if (kind === null) continue;
        const run = range(first, count);
        units.push({
          a: oneIsA ? [sentence] : run,
          b: oneIsA ? run : [sentence],
          score: result.score,
          kind,
        });
      }
    }
  }
  return units;
}

/**
 * Every match between two documents: candidate pairs from the inverted index, scored with the
 * engine's scorer, plus splits (one sentence of A against 2-3 adjacent sentences of B) and
 * merges (the reverse), then aligned one-to-one best first. Stops early (returning what it has)
 * when the time budget runs out.
 *
 * @example
 * const units = matchDocumentPair({ docA, docB, engine, minScore: 0.45, budget: startTimeBudget(0) });
 */
export function matchDocumentPair<P>({
  docA,
  docB,
  engine,
  minScore,
  budget,
}: {
  docA: PreparedDocument<P>;
  docB: PreparedDocument<P>;
  engine: ScoringEngine<P>;
  minScore: number;
  budget: TimeBudget;
}): ScoredUnit[] {
  const candidates = findCandidatePairs(docA.model, docB.model);
  const pairScores: PairScores = { scores: new Map(), countB: docB.model.sentences.length };
  const partnersOfA = new Map<number, number[]>();
  const partnersOfB = new Map<number, number[]>();
  const units: ScoredUnit[] = [];
  for (let i = 0; i < candidates.a.length; i++) {
    if (spendTimeBudget(budget)) return alignUnits(units);
    const a = candidates.a[i]!;
    const b = candidates.b[i]!;
    const preparedA = prepareSingle(docA, engine, a);
    const preparedB = prepareSingle(docB, engine, b);
    const result = engine.score(preparedA, preparedB);
    pairScores.scores.set(a * pairScores.countB + b, result.score);
    const kind = engine.classify(preparedA, preparedB, result, minScore);
    if (kind !== null) units.push({ a: [a], b: [b], score: result.score, kind });
    if (result.score > 0) {
      let listA = partnersOfA.get(a);
      if (!listA) partnersOfA.set(a, (listA = []));
      listA.push(b);
      let listB = partnersOfB.get(b);
      if (!listB) partnersOfB.set(b, (listB = []));
      listB.push(a);
    }
  }
  const splits = findSplits(docA, docB, partnersOfA, (a, b) => singleScore(pairScores, a, b), true, engine, minScore, budget);
  const merges = findSplits(docB, docA, partnersOfB, (b, a) => singleScore(pairScores, a, b), false, engine, minScore, budget);
  return alignUnits([...units, ...splits, ...merges]);
}
