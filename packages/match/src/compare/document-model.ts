import type { SentenceRole, Token } from '@wirediff/text';

/** One sentence as the text package analyses it: original offsets plus its tokens. */
export interface AnalyzedSentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  role: SentenceRole;
  /** Where the sentence's own words start when it opens with a dateline (see @wirediff/text's `Sentence`). */
  contentStart?: number;
  tokens: Token[];
}

/** What `compare` needs from one analysed document. */
export interface AnalyzedDocument {
  language: string;
  sentences: AnalyzedSentence[];
}

/**
 * Integer ids for stems and for bigrams of stems, shared by every document of one comparison
 * so that equality is an integer compare in the hot loops. Feature ids: 2 * stem id for a
 * stem, 2 * bigram id + 1 for a bigram.
 */
export interface FeatureVocabulary {
  stems: Map<string, number>;
  bigrams: PairTable;
  /** Scratch: per feature, the mark of the last sentence that held it (dedup within a sentence). */
  lastSeen: Int32Array;
  /** Running sentence mark, unique across documents, so `lastSeen` never needs clearing. */
  generation: number;
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
  /** 1 for a content-bearing token, 0 for a function word. */
  tokenContent: Uint8Array;
  /** Hash of each sentence's stem sequence: verbatim sentences (equal norms) have equal hashes. */
  sentenceStemHash: Int32Array;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  /** Unique features of sentence i: features[featureOffset[i] .. featureOffset[i + 1]]. */
  featureOffset: Int32Array;
  features: Int32Array;
  /** Number of this document's sentences holding features[k] (parallel to `features`). */
  featureDf: Int32Array;
  /** Feature id -> posting slot + 1 (0 = not in this document); shorter than the vocabulary is fine. */
  postingSlot: Int32Array;
  /** Sentences of slot s: postingSentences[postingOffset[s] .. postingOffset[s + 1]], ascending. */
  postingOffset: Int32Array;
  postingSentences: Int32Array;
}

/**
 * Open-addressing hash table from a pair of non-negative int32 to a dense id. Written here
 * because a Map keyed by a packed double allocates and hashes slowly at a million bigrams.
 */
export class PairTable {
  // One live instance keeps the instance shape, and code optimised against it, across full GCs
  // (see OffsetMapBuilder in @wirediff/text).
  static readonly #shapeAnchor: PairTable = new PairTable();
  private keysA = new Int32Array(256).fill(-1);
  private keysB = new Int32Array(256);
  private ids = new Int32Array(256);
  size = 0;

  /** The id of (a, b), assigning the next free id the first time. */
  intern(a: number, b: number): number {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    const mask = this.keysA.length - 1;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & mask;
    for (;;) {
      const keyA = this.keysA[slot]!;
      if (keyA === -1) {
        this.keysA[slot] = a;
        this.keysB[slot] = b;
        this.ids[slot] = this.size;
        return this.size++;
      }
      if (keyA === a && this.keysB[slot] === b) return this.ids[slot]!;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldA = this.keysA;
    const oldB = this.keysB;
    const oldIds = this.ids;
    const capacity = oldA.length * 2;
    this.keysA = new Int32Array(capacity).fill(-1);
    this.keysB = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < oldA.length; i++) {
      const a = oldA[i]!;
      if (a === -1) continue;
      const b = oldB[i]!;
      let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & mask;
      while (this.keysA[slot] !== -1) slot = (slot + 1) & mask;
      this.keysA[slot] = a;
      this.keysB[slot] = b;
      this.ids[slot] = oldIds[i]!;
    }
  }
}

/**
 * Create the id tables one comparison shares between its documents.
 *
 * @example
 * const vocabulary = createFeatureVocabulary();
 */
export function createFeatureVocabulary(): FeatureVocabulary {
  return { stems: new Map(), bigrams: new PairTable(), lastSeen: new Int32Array(256), generation: 0 };
}

function intern(table: Map<string, number>, value: string): number {
  let id = table.get(value);
  if (id === undefined) {
    id = table.size;
    table.set(value, id);
  }
  return id;
}

function markSeen(vocabulary: FeatureVocabulary, feature: number, mark: number): boolean {
  if (feature >= vocabulary.lastSeen.length) {
    const grown = new Int32Array(Math.max(feature + 1, vocabulary.lastSeen.length * 2));
    grown.set(vocabulary.lastSeen);
    vocabulary.lastSeen = grown;
  }
  if (vocabulary.lastSeen[feature] === mark) return false;
  vocabulary.lastSeen[feature] = mark;
  return true;
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
  const tokenContent = new Uint8Array(tokenCount);
  const sentenceStemHash = new Int32Array(sentenceCount);
  const tokenStart = new Int32Array(tokenCount);
  const tokenEnd = new Int32Array(tokenCount);
  const featureOffset = new Int32Array(sentenceCount + 1);
  // At most one stem and one bigram feature per token.
  const rawFeatures = new Int32Array(tokenCount * 2);
  let featureCount = 0;
  let maxFeature = -1;
  let t = 0;
  for (let s = 0; s < sentenceCount; s++) {
    const mark = ++vocabulary.generation;
    tokenOffset[s] = t;
    featureOffset[s] = featureCount;
    let previousContent = -1;
    let hash = 0x811c9dc5;
    for (const token of sentences[s]!.tokens) {
      const stem = intern(vocabulary.stems, token.stem);
      tokenStem[t] = stem;
      hash = Math.imul(hash ^ stem, 0x01000193);
      tokenStart[t] = token.start;
      tokenEnd[t] = token.end;
      tokenContent[t] = token.stop ? 0 : 1;
      t++;
      if (token.stop) continue;
      const unigram = 2 * stem;
      if (markSeen(vocabulary, unigram, mark)) {
        rawFeatures[featureCount++] = unigram;
        if (unigram > maxFeature) maxFeature = unigram;
      }
      if (previousContent >= 0) {
        const bigram = 2 * vocabulary.bigrams.intern(previousContent, stem) + 1;
        if (markSeen(vocabulary, bigram, mark)) {
          rawFeatures[featureCount++] = bigram;
          if (bigram > maxFeature) maxFeature = bigram;
        }
      }
      previousContent = stem;
    }
    sentenceStemHash[s] = hash;
  }
  tokenOffset[sentenceCount] = t;
  featureOffset[sentenceCount] = featureCount;
  const features = rawFeatures.slice(0, featureCount);

  // Inverted index in compressed-row form: count, prefix-sum, fill (sentences come out ascending).
  const postingSlot = new Int32Array(maxFeature + 1);
  let slots = 0;
  for (let k = 0; k < featureCount; k++) {
    const feature = features[k]!;
    if (postingSlot[feature] === 0) postingSlot[feature] = ++slots;
  }
  const postingOffset = new Int32Array(slots + 1);
  for (let k = 0; k < featureCount; k++) postingOffset[postingSlot[features[k]!]!]!++;
  for (let slot = 0; slot < slots; slot++) postingOffset[slot + 1]! += postingOffset[slot]!;
  // postingOffset[slot + 1] now holds the end of slot; fill backwards from there.
  const fill = postingOffset.slice(1);
  const postingSentences = new Int32Array(featureCount);
  const featureDf = new Int32Array(featureCount);
  for (let s = sentenceCount - 1; s >= 0; s--) {
    for (let k = featureOffset[s]!; k < featureOffset[s + 1]!; k++) {
      const slot = postingSlot[features[k]!]! - 1;
      postingSentences[--fill[slot]!] = s;
    }
  }
  for (let k = 0; k < featureCount; k++) {
    const slot = postingSlot[features[k]!]! - 1;
    featureDf[k] = postingOffset[slot + 1]! - postingOffset[slot]!;
  }

  return {
    language: document.language,
    sentences,
    tokenOffset,
    tokenStem,
    tokenContent,
    sentenceStemHash,
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

/**
 * The posting slot of a feature in a document, or -1 when the document does not hold it.
 *
 * @example
 * const slot = postingSlotOf(model, feature);
 * if (slot >= 0) model.postingSentences.subarray(model.postingOffset[slot], model.postingOffset[slot + 1]);
 */
export function postingSlotOf(model: DocumentModel, feature: number): number {
  return feature < model.postingSlot.length ? model.postingSlot[feature]! - 1 : -1;
}

/**
 * Whether two sentences are the same words once normalised (equal, non-empty norm sequences):
 * the scorer's verbatim, told without preparing either sentence.
 *
 * @example
 * if (sameNorms(modelA, 3, modelB, 7)) reportVerbatim(3, 7);
 */
export function sameNorms(docA: DocumentModel, a: number, docB: DocumentModel, b: number): boolean {
  // Equal norms give equal stems, so stems (already integers) rule most pairs out cheaply.
  if (docA.sentenceStemHash[a] !== docB.sentenceStemHash[b]) return false;
  const fromA = docA.tokenOffset[a]!;
  const fromB = docB.tokenOffset[b]!;
  const length = docA.tokenOffset[a + 1]! - fromA;
  if (length === 0 || length !== docB.tokenOffset[b + 1]! - fromB) return false;
  for (let i = 0; i < length; i++) if (docA.tokenStem[fromA + i] !== docB.tokenStem[fromB + i]) return false;
  const tokensA = docA.sentences[a]!.tokens;
  const tokensB = docB.sentences[b]!.tokens;
  for (let i = 0; i < length; i++) if (tokensA[i]!.norm !== tokensB[i]!.norm) return false;
  return true;
}
