import type { SentenceRole, Token } from '@wirediff/text';

/** One sentence as the text package analyses it: original offsets plus its tokens. */
export interface AnalyzedSentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  role: SentenceRole;
  tokens: Token[];
}

/** What `compare` needs from one analysed document. */
export interface AnalyzedDocument {
  language: string;
  sentences: AnalyzedSentence[];
}

/**
 * Integer ids for stems and candidate features, shared by every document of one comparison so
 * that equality is an integer compare in the hot loops.
 */
export interface FeatureVocabulary {
  stems: Map<string, number>;
  /** Feature key (stem id, or a packed pair of stem ids for a bigram) -> feature id. */
  features: Map<number, number>;
}

/**
 * A document flattened into typed arrays: tokens of all sentences back to back, plus each
 * sentence's unique candidate features (content stems and content-stem bigrams) with their
 * document frequency, and an inverted index from feature to sentences.
 */
export interface DocumentModel {
  language: string;
  sentences: AnalyzedSentence[];
  /** Token range of sentence i: tokenOffset[i] .. tokenOffset[i + 1]. */
  tokenOffset: Int32Array;
  tokenStem: Int32Array;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  /** Unique features of sentence i: features[featureOffset[i] .. featureOffset[i + 1]]. */
  featureOffset: Int32Array;
  features: Int32Array;
  /** Number of this document's sentences holding features[k] (parallel to `features`). */
  featureDf: Int32Array;
  /** Feature id -> slot in the postings below. */
  postingSlot: Map<number, number>;
  /** Sentences of slot s: postingSentences[postingOffset[s] .. postingOffset[s + 1]], ascending. */
  postingOffset: Int32Array;
  postingSentences: Int32Array;
}

// Bigram keys sit above every stem id so the two kinds of feature never collide.
const BIGRAM_KEY_BASE = 2 ** 26;

/**
 * Create the id tables one comparison shares between its documents.
 *
 * @example
 * const vocabulary = createFeatureVocabulary();
 */
export function createFeatureVocabulary(): FeatureVocabulary {
  return { stems: new Map(), features: new Map() };
}

function internStem(vocabulary: FeatureVocabulary, stem: string): number {
  let id = vocabulary.stems.get(stem);
  if (id === undefined) {
    id = vocabulary.stems.size;
    vocabulary.stems.set(stem, id);
  }
  return id;
}

function internFeature(vocabulary: FeatureVocabulary, key: number): number {
  let id = vocabulary.features.get(key);
  if (id === undefined) {
    id = vocabulary.features.size;
    vocabulary.features.set(key, id);
  }
  return id;
}

function addFeature(feature: number, sentence: number, seenIn: Map<number, number>, out: Int32Array, count: number): number {
  if (seenIn.get(feature) === sentence + 1) return count;
  seenIn.set(feature, sentence + 1);
  out[count] = feature;
  return count + 1;
}

/**
 * Flatten an analysed document into a `DocumentModel`, interning its stems and features in
 * `vocabulary`. Linear in the number of tokens.
 *
 * @example
 * const model = buildDocumentModel({ document: analyzed, vocabulary: createFeatureVocabulary() });
 * model.tokenOffset[1]; // number of tokens in sentence 0
 */
export function buildDocumentModel({ document, vocabulary }: { document: AnalyzedDocument; vocabulary: FeatureVocabulary }): DocumentModel {
  const sentences = document.sentences;
  const sentenceCount = sentences.length;
  let tokenCount = 0;
  for (const sentence of sentences) tokenCount += sentence.tokens.length;

  const tokenOffset = new Int32Array(sentenceCount + 1);
  const tokenStem = new Int32Array(tokenCount);
  const tokenStart = new Int32Array(tokenCount);
  const tokenEnd = new Int32Array(tokenCount);
  const featureOffset = new Int32Array(sentenceCount + 1);
  // At most one unigram and one bigram per token.
  const rawFeatures = new Int32Array(tokenCount * 2);
  let featureCount = 0;
  // Last sentence (plus one) in which a feature was seen, to keep features unique per sentence.
  const seenIn = new Map<number, number>();

  let t = 0;
  for (let s = 0; s < sentenceCount; s++) {
    tokenOffset[s] = t;
    featureOffset[s] = featureCount;
    let previousContent = -1;
    for (const token of sentences[s]!.tokens) {
      const stem = internStem(vocabulary, token.stem);
      tokenStem[t] = stem;
      tokenStart[t] = token.start;
      tokenEnd[t] = token.end;
      t++;
      if (token.stop) continue;
      featureCount = addFeature(internFeature(vocabulary, stem), s, seenIn, rawFeatures, featureCount);
      if (previousContent >= 0) {
        const bigram = internFeature(vocabulary, (previousContent + 1) * BIGRAM_KEY_BASE + stem);
        featureCount = addFeature(bigram, s, seenIn, rawFeatures, featureCount);
      }
      previousContent = stem;
    }
  }
  tokenOffset[sentenceCount] = t;
  featureOffset[sentenceCount] = featureCount;
  const features = rawFeatures.slice(0, featureCount);

  // Inverted index in compressed-row form: count, prefix-sum, fill (sentences come out ascending).
  const postingSlot = new Map<number, number>();
  const slotCounts: number[] = [];
  for (let k = 0; k < featureCount; k++) {
    const feature = features[k]!;
    const slot = postingSlot.get(feature);
    if (slot === undefined) {
      postingSlot.set(feature, slotCounts.length);
      slotCounts.push(1);
    } else {
      slotCounts[slot]!++;
    }
  }
  const postingOffset = new Int32Array(slotCounts.length + 1);
  for (let slot = 0; slot < slotCounts.length; slot++) postingOffset[slot + 1] = postingOffset[slot]! + slotCounts[slot]!;
  const fill = postingOffset.slice(0, slotCounts.length);
  const postingSentences = new Int32Array(featureCount);
  const featureDf = new Int32Array(featureCount);
  for (let s = 0; s < sentenceCount; s++) {
    for (let k = featureOffset[s]!; k < featureOffset[s + 1]!; k++) {
      const slot = postingSlot.get(features[k]!)!;
      postingSentences[fill[slot]!++] = s;
      featureDf[k] = slotCounts[slot]!;
    }
  }

  return {
    language: document.language,
    sentences,
    tokenOffset,
    tokenStem,
    tokenStart,
    tokenEnd,
    featureOffset,
    features,
    featureDf,
    postingSlot,
    postingOffset,
    postingSentences,
  };
}
