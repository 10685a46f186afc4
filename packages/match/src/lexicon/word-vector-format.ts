/**
 * The binary layout of a word-vector table, written by `encodeWordVectors` (the build script
 * and tests) and read in place by `createWordVectors`. All integers little-endian; `n` words,
 * `d` dimensions, `s` hash slots (a power of two, at least 2n):
 *
 * | offset               | size  | what                                                          |
 * | -------------------- | ----- | ------------------------------------------------------------- |
 * | 0                    | 4     | magic `WDWV`                                                  |
 * | 4                    | 2     | format version (2; 1 had no stored word index)                |
 * | 6                    | 2     | dimensions `d`                                                |
 * | 8                    | 4     | word count `n`                                                |
 * | 12                   | 4     | hash slot count `s`                                           |
 * | 16                   | 4     | byte length `w` of the words                                  |
 * | 20                   | 4n    | float32 per row: 1 / Euclidean norm of its int8 row           |
 * | 20 + 4n              | 4n    | uint32 per row: end of its word in the words (start: previous end) |
 * | 20 + 8n              | 4s    | uint32 hash slots: row + 1, or 0 for an empty slot            |
 * | 20 + 8n + 4s         | n·d   | int8 rows, in frequency order (row 0 = most frequent)         |
 * | 20 + 8n + 4s + n·d   | w     | the words, UTF-8, concatenated in row order                   |
 *
 * The word index is stored rather than built on load: building a Map of 100k words took
 * 60-120 ms of the load, reading the slots takes none. Slots use linear probing from
 * `hashWord(word) & (s - 1)`, filled in row order, so the same words give the same bytes. The
 * 4-byte sections come first so that they sit aligned after the 20-byte header.
 */

/** `WDWV` in ASCII. @example WORD_VECTOR_MAGIC === 0x56574457 */
export const WORD_VECTOR_MAGIC = 0x56574457;
/** Version of the layout above. @example WORD_VECTOR_FORMAT_VERSION === 2 */
export const WORD_VECTOR_FORMAT_VERSION = 2;
/** Bytes before the per-row scales. @example WORD_VECTOR_HEADER_BYTES === 20 */
export const WORD_VECTOR_HEADER_BYTES = 20;
/**
 * The largest int8 component of a row: each row is scaled so that its largest |component| is
 * this, which spends all 8 bits on every row whatever its spread (a fixed x127 of unit vectors
 * leaves typical GloVe components at about ±13 and triples the cosine error).
 * @example WORD_VECTOR_QUANTUM === 127
 */
export const WORD_VECTOR_QUANTUM = 127;

/**
 * FNV-1a over a word's UTF-16 code units: the hash of the stored word index, computed from the
 * JavaScript string both when the table is written and when a word is looked up.
 * @example hashWord('talks') === hashWord('talks')
 */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Hash slots for `count` words: the smallest power of two at least twice the count, so that
 * linear probing stays short (half full at most).
 * @example slotCountFor(100_000) // 262144
 */
export function slotCountFor(count: number): number {
  let slots = 2;
  while (slots < 2 * count) slots *= 2;
  return slots;
}

/**
 * Words in frequency order with one float vector each: what `encodeWordVectors` distils.
 * @example const source: WordVectorSource = { dimensions: 2, words: ['talks'], vectors: [[0.6, 0.8]] };
 */
export interface WordVectorSource {
  readonly dimensions: number;
  /** Distinct, non-empty, well-formed UTF-16; the first is the most frequent. */
  readonly words: readonly string[];
  /** One per word, `dimensions` long, any length (rows are normalised); all zero is allowed. */
  readonly vectors: ReadonlyArray<ArrayLike<number>>;
}

const utf8 = new TextEncoder();
/** UTF-8 cannot hold half a surrogate pair: the stored word would read back as U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Quantise `source` into the table layout described in this module: each row is normalised,
 * scaled so that its largest component is ±127, rounded to int8, and stored with the inverse
 * norm of the rounded row so that cosines of quantised rows are exact. Deterministic: the same
 * source gives the same bytes on every platform (IEEE arithmetic, no maps or clocks).
 *
 * @example
 * const bytes = encodeWordVectors({ dimensions: 2, words: ['a', 'b'], vectors: [[1, 0], [0, 2]] });
 * createWordVectors(bytes).cosine(0, 1); // 0
 */
export function encodeWordVectors(source: WordVectorSource): Uint8Array {
  const { dimensions, words, vectors } = source;
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 0xffff) {
    throw new RangeError(`encodeWordVectors: dimensions must be an integer in 1..65535, got ${String(dimensions)}`);
  }
  if (words.length !== vectors.length) {
    throw new RangeError(`encodeWordVectors: ${words.length} words but ${vectors.length} vectors`);
  }
  const count = words.length;
  const seen = new Set<string>();
  const encoded: Uint8Array[] = [];
  let wordBytes = 0;
  for (const word of words) {
    if (typeof word !== 'string' || word === '' || LONE_SURROGATE.test(word)) {
      throw new TypeError(`encodeWordVectors: a word must be a non-empty, well-formed string, got ${JSON.stringify(word)}`);
    }
    if (seen.has(word)) throw new RangeError(`encodeWordVectors: duplicate word ${JSON.stringify(word)}`);
    seen.add(word);
    const bytes = utf8.encode(word);
    encoded.push(bytes);
    wordBytes += bytes.length;
  }
  const slotCount = slotCountFor(count);
  const scalesAt = WORD_VECTOR_HEADER_BYTES;
  const endsAt = scalesAt + 4 * count;
  const slotsAt = endsAt + 4 * count;
  const rowsAt = slotsAt + 4 * slotCount;
  const wordsAt = rowsAt + count * dimensions;
  const out = new Uint8Array(wordsAt + wordBytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, WORD_VECTOR_MAGIC, true);
  view.setUint16(4, WORD_VECTOR_FORMAT_VERSION, true);
  view.setUint16(6, dimensions, true);
  view.setUint32(8, count, true);
  view.setUint32(12, slotCount, true);
  view.setUint32(16, wordBytes, true);
  const rows = new Int8Array(out.buffer, rowsAt, count * dimensions);
  const mask = slotCount - 1;
  let end = 0;
  for (let i = 0; i < count; i++) {
    const vector = vectors[i]!;
    if (vector.length !== dimensions) {
      throw new RangeError(`encodeWordVectors: vector of ${JSON.stringify(words[i])} has ${vector.length} components, expected ${dimensions}`);
    }
    view.setFloat32(scalesAt + 4 * i, quantiseRow(vector, rows, i * dimensions, dimensions, words[i]!), true);
    out.set(encoded[i]!, wordsAt + end);
    end += encoded[i]!.length;
    view.setUint32(endsAt + 4 * i, end, true);
    let slot = hashWord(words[i]!) & mask;
    while (view.getUint32(slotsAt + 4 * slot, true) !== 0) slot = (slot + 1) & mask;
    view.setUint32(slotsAt + 4 * slot, i + 1, true);
  }
  return out;
}

/** Writes the int8 row and returns 1 / its norm (0 for an all-zero row). */
function quantiseRow(vector: ArrayLike<number>, rows: Int8Array, at: number, dimensions: number, word: string): number {
  let largest = 0;
  for (let k = 0; k < dimensions; k++) {
    const value = vector[k]!;
    if (!Number.isFinite(value)) throw new RangeError(`encodeWordVectors: vector of ${JSON.stringify(word)} holds ${String(value)}`);
    const magnitude = Math.abs(value);
    if (magnitude > largest) largest = magnitude;
  }
  if (largest === 0) return 0;
  // Scaling by the largest component is the same as normalising first: only the direction
  // counts. Divided before multiplying so that a subnormal largest component cannot overflow.
  let squares = 0;
  for (let k = 0; k < dimensions; k++) {
    const q = Math.round((vector[k]! / largest) * WORD_VECTOR_QUANTUM);
    rows[at + k] = q;
    squares += q * q;
  }
  return 1 / Math.sqrt(squares);
}
