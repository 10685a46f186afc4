import type { Token } from '@wirediff/text';
import { addSidePassages, alignUnits, type ScoredUnit } from './align-units.js';
import { findCandidatePairs } from './candidate-pairs.js';
import { findContextLinks } from './context-links.js';
import { sameNorms, type DocumentModel } from './document-model.js';
import { spendTimeBudget, type ScoringEngine, type TimeBudget } from './scoring-engine.js';

/** A document model plus its lazily prepared sentences (shared by all pairs it is part of). */
export interface PreparedDocument<Prepared> {
  model: DocumentModel;
  single: Array<Prepared | undefined>;
  /** Concatenations of 2-3 adjacent sentences, keyed `${first}:${count}`. */
  merged: Map<string, Prepared>;
}

// Candidates scored between two progress calls (a power of two, tested with a mask).
const PROGRESS_EVERY_MASK = 1023;

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

function tokenCount<P>(doc: PreparedDocument<P>, first: number, count: number): number {
  return doc.model.tokenOffset[first + count]! - doc.model.tokenOffset[first]!;
}

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Scored candidates: parallel arrays, sorted by (a, b). */
interface ScoredCandidates {
  a: Int32Array;
  b: Int32Array;
  scores: Float64Array;
  /** Of each scored pair: how much of a and of b its word alignment covers, and the sentence cosine. */
  containA: Float32Array;
  containB: Float32Array;
  cosines: Float32Array;
}

/** Candidate indexes grouped by the `one` side, partners ascending (a counting sort for side b). */
function groupBySide(candidates: ScoredCandidates, oneIsA: boolean, oneCount: number): { order: Int32Array; offset: Int32Array } {
  const owners = oneIsA ? candidates.a : candidates.b;
  const offset = new Int32Array(oneCount + 1);
  for (let i = 0; i < owners.length; i++) offset[owners[i]! + 1]!++;
  for (let s = 0; s < oneCount; s++) offset[s + 1]! += offset[s]!;
  const fill = offset.slice(0, oneCount);
  const order = new Int32Array(owners.length);
  // Candidates are sorted by (a, b), so filling in index order keeps partners ascending either way.
  for (let i = 0; i < owners.length; i++) order[fill[owners[i]!]!++] = i;
  return { order, offset };
}

/**
 * Runs of 2..MAX_SPLIT adjacent sentences on the `many` side whose members are all scored
 * partners of one sentence on the `one` side, scored as one concatenated sentence. Kept where
 * the run beats every shorter pairing inside it by SPLIT_MARGIN.
 */
function findSplits<P>(
  one: PreparedDocument<P>,
  many: PreparedDocument<P>,
  candidates: ScoredCandidates,
  oneIsA: boolean,
  engine: ScoringEngine<P>,
  minScore: number,
  budget: TimeBudget,
): ScoredUnit[] {
  const units: ScoredUnit[] = [];
  const oneCount = one.model.sentences.length;
  const { order, offset } = groupBySide(candidates, oneIsA, oneCount);
  const partnersOf = oneIsA ? candidates.b : candidates.a;
  // Score of each scored two-sentence run (by its first sentence) for the current sentence.
  const twoRunScore = new Map<number, number>();
  for (let sentence = 0; sentence < oneCount; sentence++) {
    const from = offset[sentence]!;
    const to = offset[sentence + 1]!;
    if (to - from < 2) continue;
    const oneLength = tokenCount(one, sentence, 1);
    // Partners are ascending in order[from..to): a run is `count` consecutive entries whose
    // sentences are consecutive too.
    twoRunScore.clear();
    for (let count = 2; count <= MAX_SPLIT; count++) {
      for (let k = from; k + count <= to; k++) {
        const first = partnersOf[order[k]!]!;
        // The best pairing inside the run: each single sentence, and for 3, each run of two.
        let inner = 0;
        let innerLength = 0;
        let allPartners = true;
        for (let i = 0; i < count; i++) {
          const candidate = order[k + i]!;
          const single = candidates.scores[candidate]!;
          if (partnersOf[candidate] !== first + i || single <= 0) {
            allPartners = false;
            break;
          }
          if (single > inner) {
            inner = single;
            innerLength = tokenCount(many, first + i, 1);
          }
        }
        if (!allPartners) continue;
        // Cheap tests before preparing the run: it must fit the sentence's length better than
        // its best member does, and be able to beat it by the margin at all.
        if (Math.abs(tokenCount(many, first, count) - oneLength) >= Math.abs(innerLength - oneLength)) continue;
        if (count === 3) inner = Math.max(inner, twoRunScore.get(first) ?? 0, twoRunScore.get(first + 1) ?? 0);
        if (inner + SPLIT_MARGIN > 1) continue;
        if (spendTimeBudget(budget)) return units;
        const preparedOne = prepareSingle(one, engine, sentence);
        const preparedRun = prepareRun(many, engine, first, count);
        const result = engine.score(preparedOne, preparedRun);
        if (count === 2) twoRunScore.set(first, result.score);
        if (result.score < inner + SPLIT_MARGIN) continue;
        const kind = engine.classify(preparedOne, preparedRun, result, minScore);
        if (kind === null) continue;
        const run = range(first, count);
        units.push({ a: oneIsA ? [sentence] : run, b: oneIsA ? run : [sentence], score: result.score, kind });
      }
    }
  }
  return units;
}

/**
 * Candidate pairs that are each other's only verbatim partner. Such a pair scores 1, the top,
 * and nothing else can claim either sentence, so it is reported without preparing or scoring,
 * and the two sentences' other candidates are skipped (scoring them could not change the
 * alignment). Repeated sentences (several verbatim partners) go through the scorer as usual.
 */
function findSettledPairs(docA: DocumentModel, docB: DocumentModel, candidates: ScoredCandidates): { pair: Uint8Array; a: Uint8Array; b: Uint8Array } {
  const verbatim = new Uint8Array(candidates.a.length);
  const countA = new Int32Array(docA.sentences.length);
  const countB = new Int32Array(docB.sentences.length);
  for (let i = 0; i < candidates.a.length; i++) {
    if (!sameNorms(docA, candidates.a[i]!, docB, candidates.b[i]!)) continue;
    verbatim[i] = 1;
    countA[candidates.a[i]!]!++;
    countB[candidates.b[i]!]!++;
  }
  const pair = new Uint8Array(candidates.a.length);
  const a = new Uint8Array(docA.sentences.length);
  const b = new Uint8Array(docB.sentences.length);
  for (let i = 0; i < candidates.a.length; i++) {
    if (verbatim[i] === 1 && countA[candidates.a[i]!] === 1 && countB[candidates.b[i]!] === 1) {
      pair[i] = 1;
      a[candidates.a[i]!] = 1;
      b[candidates.b[i]!] = 1;
    }
  }
  return { pair, a, b };
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
  onScored,
}: {
  docA: PreparedDocument<P>;
  docB: PreparedDocument<P>;
  engine: ScoringEngine<P>;
  minScore: number;
  budget: TimeBudget;
  /** Told now and then how many of the candidate pairs are scored (for a progress bar). */
  onScored?: (done: number, total: number) => void;
}): ScoredUnit[] {
  const pairs = findCandidatePairs(docA.model, docB.model);
  const count = pairs.a.length;
  const candidates: ScoredCandidates = {
    a: pairs.a,
    b: pairs.b,
    scores: new Float64Array(count),
    containA: new Float32Array(count),
    containB: new Float32Array(count),
    cosines: new Float32Array(count),
  };
  const settled = findSettledPairs(docA.model, docB.model, candidates);
  const units: ScoredUnit[] = [];
  for (let i = 0; i < candidates.a.length; i++) {
    if (spendTimeBudget(budget)) return alignUnits(units);
    if (onScored !== undefined && (i & PROGRESS_EVERY_MASK) === 0) onScored(i, candidates.a.length);
    const a = candidates.a[i]!;
    const b = candidates.b[i]!;
    if (settled.pair[i] === 1) {
      candidates.scores[i] = 1;
      units.push({ a: [a], b: [b], score: 1, kind: 'verbatim' });
      continue;
    }
    if (settled.a[a] === 1 || settled.b[b] === 1) continue;
    const preparedA = prepareSingle(docA, engine, a);
    const preparedB = prepareSingle(docB, engine, b);
    const result = engine.score(preparedA, preparedB);
    candidates.scores[i] = result.score;
    candidates.containA[i] = result.containment[0];
    candidates.containB[i] = result.containment[1];
    candidates.cosines[i] = result.sentenceCosine;
    const kind = engine.classify(preparedA, preparedB, result, minScore);
    if (kind !== null) units.push({ a: [a], b: [b], score: result.score, kind });
  }
  const splits = findSplits(docA, docB, candidates, true, engine, minScore, budget);
  const merges = findSplits(docB, docA, candidates, false, engine, minScore, budget);
  const all = [...units, ...splits, ...merges];
  const aligned = alignUnits(all);
  const kept = [...aligned, ...addSidePassages(aligned, all, (match, passage, side, sentence) => passageDuplicates(docA.model, docB.model, match, passage, side, sentence))];
  // Context speaks for pairs below the scorer's threshold, so it stays out when the caller
  // asked for closer matches than the scorer's own cut.
  if (engine.context === undefined || minScore > engine.threshold || budget.expired) return kept;
  const context = findContextLinks({
    docA: docA.model,
    docB: docB.model,
    prepareA: (sentence) => prepareSingle(docA, engine, sentence),
    prepareB: (sentence) => prepareSingle(docB, engine, sentence),
    candidates,
    kept,
    engine,
    model: engine.context,
    ...(engine.contextProbe === undefined ? {} : { probe: engine.contextProbe }),
  });
  return context.length === 0 ? kept : [...kept, ...context];
}

/** A passage duplicating a match shares at least this share of its words with the match's. */
const DUPLICATE_SHARE = 0.5;

/** Content stems of some sentences of a document. */
function stemsOf(doc: DocumentModel, sentences: readonly number[]): Set<number> {
  const stems = new Set<number>();
  for (const s of sentences) {
    for (let t = doc.tokenOffset[s]!; t < doc.tokenOffset[s + 1]!; t++) if (doc.tokenContent[t] === 1) stems.add(doc.tokenStem[t]!);
  }
  return stems;
}

/**
 * Whether `passage` mostly re-uses the words of `sentence` that `match` already accounts for:
 * of the sentence's content words found on the passage's other side, the share also found on
 * the match's other side. Word sets rather than a diff, so the answer does not depend on
 * which document comes first.
 */
function passageDuplicates(docA: DocumentModel, docB: DocumentModel, match: ScoredUnit, passage: ScoredUnit, side: 'a' | 'b', sentence: number): boolean {
  const [own, other] = side === 'a' ? [docA, docB] : [docB, docA];
  const matchStems = stemsOf(other, side === 'a' ? match.b : match.a);
  const passageStems = stemsOf(other, side === 'a' ? passage.b : passage.a);
  let inPassage = 0;
  let inBoth = 0;
  for (let t = own.tokenOffset[sentence]!; t < own.tokenOffset[sentence + 1]!; t++) {
    if (own.tokenContent[t] !== 1 || !passageStems.has(own.tokenStem[t]!)) continue;
    inPassage++;
    if (matchStems.has(own.tokenStem[t]!)) inBoth++;
  }
  return inPassage === 0 || inBoth >= DUPLICATE_SHARE * inPassage;
}
