/**
 * The binary layout of a word-vector table, written by `encodeWordVectors` (the build script
 * and tests) and read by `createWordVectors`. All integers little-endian:
 *
 * | offset              | size        | what                                                      |
 * | ------------------- | ----------- | --------------------------------------------------------- |
 * | 0                   | 4           | magic `WDWV`                                              |
 * | 4                   | 2           | format version (1)                                        |
 * | 6                   | 2           | dimensions `d`                                            |
 * | 8                   | 4           | word count `n`                                            |
 * | 12                  | 4           | byte length `w` of the word list                          |
 * | 16                  | 4n          | float32 per row: 1 / Euclidean norm of its int8 row       |
 * | 16 + 4n             | n·d         | int8 rows, in frequency order (row 0 = most frequent)     |
 * | 16 + 4n + n·d       | w           | UTF-8 words in row order, joined by `\n`                  |
 *
 * The scales come first so that they sit 4-byte aligned after the 16-byte header; the word
 * list goes last because it is the only part of variable length.
 */

/** `WDWV` in ASCII. @example WORD_VECTOR_MAGIC === 0x56574457 */
export const WORD_VECTOR_MAGIC = 0x56574457;
/** Version of the layout above. @example WORD_VECTOR_FORMAT_VERSION === 1 */
export const WORD_VECTOR_FORMAT_VERSION = 1;
/** Bytes before the per-row scales. @example WORD_VECTOR_HEADER_BYTES === 16 */
export const WORD_VECTOR_HEADER_BYTES = 16;
/**
 * The largest int8 component of a row: each row is scaled so that its largest |component| is
 * this, which spends all 8 bits on every row whatever its spread (a fixed x127 of unit vectors
 * would leave typical GloVe components at about +-13).
 * @example WORD_VECTOR_QUANTUM === 127
 */
export const WORD_VECTOR_QUANTUM = 127;

/**
 * Words in frequency order with one float vector each: what `encodeWordVectors` distils.
 * @example const source: WordVectorSource = { dimensions: 2, words: ['talks'], vectors: [[0.6, 0.8]] };
 */
export interface WordVectorSource {
  readonly dimensions: number;
  /** Distinct, non-empty, without `\n`; the first is the most frequent. */
  readonly words: readonly string[];
  /** One per word, `dimensions` long, any length (rows are normalised); all zero is allowed. */
  readonly vectors: ReadonlyArray<ArrayLike<number>>;
}

const utf8 = new TextEncoder();

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
  for (const word of words) {
    if (typeof word !== 'string' || word === '' || word.includes('\n')) {
      throw new TypeError(`encodeWordVectors: a word must be a non-empty string without a line break, got ${JSON.stringify(word)}`);
    }
    if (seen.has(word)) throw new RangeError(`encodeWordVectors: duplicate word ${JSON.stringify(word)}`);
    seen.add(word);
  }
  const wordBytes = utf8.encode(words.join('\n'));
  const scalesAt = WORD_VECTOR_HEADER_BYTES;
  const rowsAt = scalesAt + 4 * count;
  const wordsAt = rowsAt + count * dimensions;
  const out = new Uint8Array(wordsAt + wordBytes.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, WORD_VECTOR_MAGIC, true);
  view.setUint16(4, WORD_VECTOR_FORMAT_VERSION, true);
  view.setUint16(6, dimensions, true);
  view.setUint32(8, count, true);
  view.setUint32(12, wordBytes.length, true);
  const rows = new Int8Array(out.buffer, rowsAt, count * dimensions);
  for (let i = 0; i < count; i++) {
    const vector = vectors[i]!;
    if (vector.length !== dimensions) {
      throw new RangeError(`encodeWordVectors: vector of ${JSON.stringify(words[i])} has ${vector.length} components, expected ${dimensions}`);
    }
    view.setFloat32(scalesAt + 4 * i, quantiseRow(vector, rows, i * dimensions, dimensions, words[i]!), true);
  }
  out.set(wordBytes, wordsAt);
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
