import type { ScoredUnit } from './align-units.js';
import type { DocumentModel } from './document-model.js';
import type { ScoringEngine } from './scoring-engine.js';

/**
 * How document context turns a pair that its sentences alone cannot prove into a match. Once
 * two documents clearly share a source (at least `minAnchors` matches that copy words:
 * verbatim, edited or a lifted passage), a sentence left unmatched is linked to its best
 * scored partner when a logistic over three measurements clears `threshold`:
 * - the pair's own score (the scorer's, 0..1);
 * - `coverage`: the share of the sentence's content (weighted as the scorer weighs words)
 *   whose stems occur anywhere in the other document — a rewrite keeps the source's facts and
 *   names, own reporting brings words the source never had;
 * - `partnerCoverage`: the same for the partner in the sentence's own document, so that a
 *   long source sentence does not pull in an unrelated sentence of the rewrite.
 * Fitted on the METER development labels by bench (`npm run fit:context`), split by story.
 */
export interface ContextModel {
  /** Matches needed before context counts (two independent reports share few). */
  readonly minAnchors: number;
  readonly intercept: number;
  /** One weight per feature, in CONTEXT_FEATURES order. */
  readonly weights: readonly number[];
  /** Probability at and above which the link is made. */
  readonly threshold: number;
  /** Pairs scoring below this are never linked, whatever the context (a floor against noise). */
  readonly minPairScore: number;
}

/**
 * What the context model reads of a sentence and its best partner:
 * - `pairScore`: the scorer's score of the pair;
 * - `coverage`, `partnerCoverage`: see ContextModel;
 * - `ownContainment`, `partnerContainment`: how much of the sentence (of the partner) the soft
 *   word alignment of the pair accounts for (a compressed rewrite is contained in its source);
 * - `sentenceCosine`: the pair's sentence-vector cosine;
 * - `anchors`: log2(1 + matches between the two documents) / 4, capped at 1.
 */
export const CONTEXT_FEATURES = ['pairScore', 'coverage', 'partnerCoverage', 'ownContainment', 'partnerContainment', 'sentenceCosine', 'anchors'] as const;

/** Name of one context feature. */
export type ContextFeature = (typeof CONTEXT_FEATURES)[number];

/** One unmatched sentence's best partner and what the context model read of it. */
export interface ContextCandidate {
  /** Which side the unmatched sentence is on, and the two sentences. */
  side: 'a' | 'b';
  a: number;
  b: number;
  /** In CONTEXT_FEATURES order. */
  features: number[];
  /** The context model's probability. */
  probability: number;
}

/** What `findContextLinks` reads: both documents, their scored candidates and the matches kept so far. */
export interface ContextInput<P> {
  docA: DocumentModel;
  docB: DocumentModel;
  prepareA: (sentence: number) => P;
  prepareB: (sentence: number) => P;
  /** Scored candidate pairs, sorted by (a, b); a score <= 0 means not scored. */
  candidates: { a: Int32Array; b: Int32Array; scores: Float64Array };
  kept: readonly ScoredUnit[];
  engine: ScoringEngine<P>;
  model: ContextModel;
  /** For fitting: told every candidate the model judged, linked or not. */
  probe?: (candidate: ContextCandidate) => void;
}

const ANCHOR_KINDS = new Set(['verbatim', 'edited', 'partial', 'paraphrase']);

/** Content stems of a whole document (the vocabulary a rewrite's facts are looked up in). */
function contentStems(doc: DocumentModel): Set<string> {
  const stems = new Set<string>();
  for (const sentence of doc.sentences) for (const token of sentence.tokens) if (!token.stop) stems.add(token.stem);
  return stems;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Matches found through document context (see ContextModel): for each sentence of either
 * document that no match holds yet, its best scored partner, linked when the model says the
 * sentence is derived. The partner may already be matched (a rewrite often draws two sentences
 * from one long source sentence). Symmetric: both documents are treated alike, ties go to
 * the lower sentence index. Returns no links when the documents share too little.
 *
 * @example
 * const extra = findContextLinks({ docA, docB, prepareA, prepareB, candidates, kept, engine, model });
 */
export function findContextLinks<P>(input: ContextInput<P>): ScoredUnit[] {
  const { docA, docB, candidates, kept, engine, model, probe } = input;
  let anchors = 0;
  const matchedA = new Uint8Array(docA.sentences.length);
  const matchedB = new Uint8Array(docB.sentences.length);
  for (const unit of kept) {
    if (ANCHOR_KINDS.has(unit.kind)) anchors++;
    for (const s of unit.a) matchedA[s] = 1;
    for (const s of unit.b) matchedB[s] = 1;
  }
  if (anchors < model.minAnchors || candidates.a.length === 0) return [];

  // Best scored partner of every unmatched sentence, on both sides; ties keep the lower index
  // (candidates are sorted by (a, b), so the first best seen on side a is the lowest b, and
  // side b's loop below sees a ascending too).
  const bestOfA = new Int32Array(docA.sentences.length).fill(-1);
  const bestOfB = new Int32Array(docB.sentences.length).fill(-1);
  for (let i = 0; i < candidates.a.length; i++) {
    const score = candidates.scores[i]!;
    if (score < model.minPairScore || score <= 0) continue;
    const a = candidates.a[i]!;
    const b = candidates.b[i]!;
    if (matchedA[a] === 0 && (bestOfA[a]! < 0 || score > candidates.scores[bestOfA[a]!]!)) bestOfA[a] = i;
    if (matchedB[b] === 0 && (bestOfB[b]! < 0 || score > candidates.scores[bestOfB[b]!]!)) bestOfB[b] = i;
  }

  let stemsA: Set<string> | undefined;
  let stemsB: Set<string> | undefined;
  const linked = new Set<number>();
  const units: ScoredUnit[] = [];
  const anchorFeature = Math.min(1, Math.log2(1 + anchors) / 4);
  const judge = (side: 'a' | 'b', candidate: number): void => {
    const a = candidates.a[candidate]!;
    const b = candidates.b[candidate]!;
    const pairScore = candidates.scores[candidate]!;
    stemsA ??= contentStems(docA);
    stemsB ??= contentStems(docB);
    const preparedA = input.prepareA(a);
    const preparedB = input.prepareB(b);
    const coverageA = engine.coverage(preparedA, stemsB);
    const coverageB = engine.coverage(preparedB, stemsA);
    const pair = engine.alignment(preparedA, preparedB);
    const own = side === 'a' ? 0 : 1;
    const features = [
      pairScore,
      own === 0 ? coverageA : coverageB,
      own === 0 ? coverageB : coverageA,
      pair.containment[own]!,
      pair.containment[1 - own]!,
      pair.sentenceCosine,
      anchorFeature,
    ];
    let z = model.intercept;
    for (let k = 0; k < features.length; k++) z += (model.weights[k] ?? 0) * features[k]!;
    const probability = sigmoid(z);
    probe?.({ side, a, b, features, probability });
    if (probability < model.threshold || linked.has(candidate)) return;
    linked.add(candidate);
    const kind = engine.classify(preparedA, preparedB, { score: pairScore, kind: null }, 0) ?? 'paraphrase';
    units.push({ a: [a], b: [b], score: pairScore, kind, context: true });
  };
  for (let a = 0; a < bestOfA.length; a++) if (bestOfA[a]! >= 0) judge('a', bestOfA[a]!);
  for (let b = 0; b < bestOfB.length; b++) if (bestOfB[b]! >= 0) judge('b', bestOfB[b]!);
  return units;
}
