import type { ScoredUnit } from './align-units.js';
import type { DocumentModel } from './document-model.js';
import type { ScoringEngine } from './scoring-engine.js';

/**
 * What the partner model reads of a sentence s and a candidate partner t in the other document:
 * the scorer's pair score, how much of s and of t the pair's soft word alignment accounts for
 * (a compressed rewrite is contained in its source), and the sentence-vector cosine.
 */
export const PARTNER_FEATURES = ['pairScore', 'ownContainment', 'partnerContainment', 'sentenceCosine'] as const;

/**
 * What the derivation model reads of an unmatched sentence s given its best partner:
 * - `coverage`: the share of s's content (weighted as the scorer weighs words) whose stems occur
 *   anywhere in the other document: a rewrite keeps the source's facts and names, own reporting
 *   brings words the source never had;
 * - `partner`: the partner model's probability for the best partner;
 * - `ownContainment`: how much of s the best partner accounts for;
 * - `anchors`: log2(1 + matches between the two documents) / 4, capped at 1.
 */
export const DERIVED_FEATURES = ['coverage', 'partner', 'ownContainment', 'anchors'] as const;

/** A logistic over named features: probability = sigmoid(intercept + weights . features). */
export interface ContextLogistic {
  readonly intercept: number;
  readonly weights: readonly number[];
}

/**
 * How document context turns a pair that its sentences alone cannot prove into a match. Once
 * two documents clearly share a source (at least `minAnchors` matches), each sentence still
 * unmatched on either side is judged in two steps: its best partner among its scored
 * candidates in the other document (the `partner` model: how likely the two state the same
 * thing), then whether the sentence is derived at all (the `derived` model: how much of it
 * the other document covers, how good its best partner is, how much the documents already
 * share). A sentence the derivation model passes at `threshold` is linked to that partner; the
 * partner may already be matched (a rewrite often draws two sentences from one long source
 * sentence). Fitted on the METER development labels by bench (`npm run fit:context`), leaving
 * one story out.
 */
export interface ContextModel {
  /** Matches needed before context counts (two independent reports share few). */
  readonly minAnchors: number;
  /** Pairs scoring below this are never linked, whatever the context (a floor against noise). */
  readonly minPairScore: number;
  /** Weights in PARTNER_FEATURES order. */
  readonly partner: ContextLogistic;
  /** Weights in DERIVED_FEATURES order. */
  readonly derived: ContextLogistic;
  /** Derivation probability at and above which the link is made. */
  readonly threshold: number;
  /** A partner below this probability is never linked to. */
  readonly minPartner: number;
  /**
   * Whether a partner that already has a match may take a context link too (one source
   * sentence behind two sentences of a rewrite). When false, context links are one to one
   * among unmatched sentences, most probable first.
   */
  readonly shareMatched: boolean;
  /**
   * Mutual best partners: between documents with at least `minAnchors` matches (partial
   * passages, such as a shared quote, not counted), an unmatched sentence and an unmatched
   * partner that are each other's best scored candidate, scoring at least `minScore` and at
   * least `margin` above each one's runner-up, are linked. Absent: no such links.
   */
  readonly mutual?: { readonly minAnchors: number; readonly minScore: number; readonly margin: number };
}

/** One unmatched sentence as the context stage judged it (for fitting and for reading). */
export interface ContextCandidate {
  /** Which side the unmatched sentence is on. */
  side: 'a' | 'b';
  /** The sentence, and its best partner in the other document. */
  sentence: number;
  partner: number;
  /** Whether the partner already had a match before context. */
  partnerMatched: boolean;
  /** Every scored candidate partner: sentence index and PARTNER_FEATURES values. */
  partners: Array<{ sentence: number; features: number[]; probability: number }>;
  /** DERIVED_FEATURES values for the best partner. */
  features: number[];
  /** The derivation model's probability. */
  probability: number;
}

/** What `findContextLinks` reads: both documents, their scored candidates and the matches kept so far. */
export interface ContextInput<P> {
  docA: DocumentModel;
  docB: DocumentModel;
  prepareA: (sentence: number) => P;
  prepareB: (sentence: number) => P;
  /**
   * Scored candidate pairs, sorted by (a, b); a score <= 0 means not scored. With each pair's
   * alignment: how much of a and of b it covers, and the sentence cosine.
   */
  candidates: { a: Int32Array; b: Int32Array; scores: Float64Array; containA: Float32Array; containB: Float32Array; cosines: Float32Array };
  kept: readonly ScoredUnit[];
  engine: ScoringEngine<P>;
  model: ContextModel;
  /** For fitting: told every sentence the model judged, linked or not. */
  probe?: (candidate: ContextCandidate) => void;
}

/** Content stems of a whole document (the vocabulary a rewrite's facts are looked up in). */
function contentStems(doc: DocumentModel): Set<string> {
  const stems = new Set<string>();
  for (const sentence of doc.sentences) for (const token of sentence.tokens) if (!token.stop) stems.add(token.stem);
  return stems;
}

/** Per sentence of each document, 1 when one of `units` covers it. */
function matchedSentences(docA: DocumentModel, docB: DocumentModel, units: readonly ScoredUnit[]): [Uint8Array, Uint8Array] {
  const matchedA = new Uint8Array(docA.sentences.length);
  const matchedB = new Uint8Array(docB.sentences.length);
  for (const unit of units) {
    for (const s of unit.a) matchedA[s] = 1;
    for (const s of unit.b) matchedB[s] = 1;
  }
  return [matchedA, matchedB];
}

function logistic(model: ContextLogistic, features: readonly number[]): number {
  let z = model.intercept;
  for (let k = 0; k < features.length; k++) z += (model.weights[k] ?? 0) * features[k]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Matches found through document context (see ContextModel). Symmetric: both documents are
 * judged alike, and equal probabilities go to the lower sentence index. Returns no links when
 * the documents share too little.
 *
 * @example
 * const extra = findContextLinks({ docA, docB, prepareA, prepareB, candidates, kept, engine, model });
 */
export function findContextLinks<P>(input: ContextInput<P>): ScoredUnit[] {
  const units = findDerivedLinks(input);
  const mutual = input.model.mutual;
  // A lifted passage (kind partial: most often a quote both outlets print) does not show that
  // the documents share a source, so it does not open this gate.
  if (mutual === undefined || input.kept.filter((unit) => unit.kind !== 'partial').length < mutual.minAnchors) return units;
  return [...units, ...findMutualBest(input, [...input.kept, ...units], mutual)];
}

function findMutualBest<P>(input: ContextInput<P>, kept: readonly ScoredUnit[], mutual: NonNullable<ContextModel['mutual']>): ScoredUnit[] {
  const { docA, docB, candidates, engine } = input;
  const [matchedA, matchedB] = matchedSentences(docA, docB, kept);
  const bestA = new Int32Array(docA.sentences.length).fill(-1);
  const bestB = new Int32Array(docB.sentences.length).fill(-1);
  const secondA = new Float64Array(docA.sentences.length);
  const secondB = new Float64Array(docB.sentences.length);
  const consider = (best: Int32Array, second: Float64Array, sentence: number, i: number): void => {
    const score = candidates.scores[i]!;
    const current = best[sentence]!;
    if (current === -1 || score > candidates.scores[current]!) {
      if (current !== -1) second[sentence] = Math.max(second[sentence]!, candidates.scores[current]!);
      best[sentence] = i;
    } else second[sentence] = Math.max(second[sentence]!, score);
  };
  for (let i = 0; i < candidates.a.length; i++) {
    if (candidates.scores[i]! <= 0) continue;
    consider(bestA, secondA, candidates.a[i]!, i);
    consider(bestB, secondB, candidates.b[i]!, i);
  }
  const units: ScoredUnit[] = [];
  for (let a = 0; a < docA.sentences.length; a++) {
    const i = bestA[a]!;
    if (i === -1 || matchedA[a] === 1) continue;
    const b = candidates.b[i]!;
    const score = candidates.scores[i]!;
    if (bestB[b] !== i || matchedB[b] === 1 || score < mutual.minScore) continue;
    if (docA.sentences[a]!.role !== 'body' || docB.sentences[b]!.role !== 'body') continue;
    if (score - secondA[a]! < mutual.margin || score - secondB[b]! < mutual.margin) continue;
    const kind = engine.classify(input.prepareA(a), input.prepareB(b), { score, kind: null }, 0) ?? 'paraphrase';
    units.push({ a: [a], b: [b], score, kind, context: true });
  }
  return units;
}

function findDerivedLinks<P>(input: ContextInput<P>): ScoredUnit[] {
  const { docA, docB, candidates, kept, engine, model, probe } = input;
  if (kept.length < model.minAnchors || candidates.a.length === 0) return [];
  const [matchedA, matchedB] = matchedSentences(docA, docB, kept);
  const anchors = Math.min(1, Math.log2(1 + kept.length) / 4);
  const stemsA = contentStems(docA);
  const stemsB = contentStems(docB);
  // Decisions first, links after: with `shareMatched` off, sentences are claimed most probable first.
  const decisions: Array<{ candidate: number; probability: number }> = [];

  const judgeSide = (side: 'a' | 'b'): void => {
    const [own, other, ownMatched, otherMatched] = side === 'a' ? [candidates.a, candidates.b, matchedA, matchedB] : [candidates.b, candidates.a, matchedB, matchedA];
    const count = side === 'a' ? docA.sentences.length : docB.sentences.length;
    // Candidate indexes of each unmatched sentence of this side.
    const bySentence = new Map<number, number[]>();
    for (let i = 0; i < own.length; i++) {
      const sentence = own[i]!;
      const score = candidates.scores[i]!;
      if (ownMatched[sentence] === 1 || score <= 0 || score < model.minPairScore) continue;
      const list = bySentence.get(sentence);
      if (list === undefined) bySentence.set(sentence, [i]);
      else list.push(i);
    }
    for (let sentence = 0; sentence < count; sentence++) {
      const list = bySentence.get(sentence);
      // A headline, byline or dateline sums up or labels the story rather than stating one of
      // its facts: context alone never links it, on either side.
      if (list === undefined || (side === 'a' ? docA : docB).sentences[sentence]!.role !== 'body') continue;
      // One to one: partners that already have a match are not candidates.
      const otherDoc = side === 'a' ? docB : docA;
      const open = list.filter((i) => (model.shareMatched || otherMatched[other[i]!] === 0) && otherDoc.sentences[other[i]!]!.role === 'body');
      if (open.length === 0) continue;
      const ownPrepared = side === 'a' ? input.prepareA(sentence) : input.prepareB(sentence);
      const coverage = engine.coverage(ownPrepared, side === 'a' ? stemsB : stemsA);
      const partners: ContextCandidate['partners'] = [];
      let best = -1;
      let bestProbability = -1;
      let bestContainment = 0;
      // Candidates of one sentence come in ascending partner order, so a strict > keeps the
      // lowest index among equals.
      for (const i of open) {
        const partner = other[i]!;
        const [ownContainment, partnerContainment] = side === 'a' ? [candidates.containA[i]!, candidates.containB[i]!] : [candidates.containB[i]!, candidates.containA[i]!];
        const features = [candidates.scores[i]!, ownContainment, partnerContainment, candidates.cosines[i]!];
        const probability = logistic(model.partner, features);
        partners.push({ sentence: partner, features, probability });
        if (probability > bestProbability) {
          best = i;
          bestProbability = probability;
          bestContainment = ownContainment;
        }
      }
      const features = [coverage, bestProbability, bestContainment, anchors];
      const probability = logistic(model.derived, features);
      const partner = other[best]!;
      probe?.({ side, sentence, partner, partnerMatched: otherMatched[partner] === 1, partners, features, probability });
      if (probability >= model.threshold && bestProbability >= model.minPartner) decisions.push({ candidate: best, probability });
    }
  };
  judgeSide('a');
  judgeSide('b');
  // Most probable first; equal probabilities keep the lower candidate (sorted by (a, b)).
  decisions.sort((x, y) => y.probability - x.probability || x.candidate - y.candidate);
  const linked = new Set<number>();
  const units: ScoredUnit[] = [];
  for (const { candidate } of decisions) {
    const a = candidates.a[candidate]!;
    const b = candidates.b[candidate]!;
    if (linked.has(candidate)) continue;
    if (!model.shareMatched) {
      if (matchedA[a] === 1 || matchedB[b] === 1) continue;
      matchedA[a] = 1;
      matchedB[b] = 1;
    }
    linked.add(candidate);
    const kind = engine.classify(input.prepareA(a), input.prepareB(b), { score: candidates.scores[candidate]!, kind: null }, 0) ?? 'paraphrase';
    units.push({ a: [a], b: [b], score: candidates.scores[candidate]!, kind, context: true });
  }
  return units;
}
