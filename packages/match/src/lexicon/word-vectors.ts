import { hashWord, WORD_VECTOR_FORMAT_VERSION, WORD_VECTOR_HEADER_BYTES, WORD_VECTOR_MAGIC } from './word-vector-format.js';

/**
 * A read-only table of quantised word vectors in frequency order, looked up by a token's
 * `norm` (see `@wirediff/text`'s `tokenize`). Row indexes are frequency ranks: row 0 is the
 * most frequent word.
 *
 * @example
 * const vectors = defaultWordVectors();
 * const a = vectors.indexOf('talks');
 * const b = vectors.indexOf('discussions');
 * if (a >= 0 && b >= 0) vectors.cosine(a, b); // ~0.8
 */
export interface WordVectors {
  /** Components per row. */
  readonly dimensions: number;
  /** Number of words (rows). */
  readonly size: number;
  /** Row of `word` (a token norm: lower case, American spelling), or -1 when absent. */
  indexOf(word: string): number;
  /** The word of a row. */
  word(index: number): string;
  /** Frequency rank of a row, 0 = most frequent (rows are stored in rank order). */
  rank(index: number): number;
  /**
   * How rare `word` is in English, 0 (the most frequent word) .. 1 (absent from the table):
   * `log(1 + rank) / log(1 + size)`, an absent word counting as rank `size`.
   */
  rarity(word: string): number;
  /** The int8 row itself (a view into the table, not a copy): the direction, not the length, counts. */
  vector(index: number): Int8Array;
  /** Cosine of two rows, -1..1 (0 when either row is all zero). */
  cosine(i: number, j: number): number;
  /** Adds `weight` times the unit vector of a row to `sum` (`dimensions` long), for a sentence vector. */
  addTo(sum: Float32Array, index: number, weight: number): void;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A `WordVectors` over table bytes in the layout of `word-vector-format.ts` (made by
 * `encodeWordVectors` or the build script). Everything is used in place, including the stored
 * word index, so creating one costs no per-word work. Throws an `Error` when the bytes are
 * not such a table.
 *
 * @example
 * const bytes = encodeWordVectors({ dimensions: 2, words: ['talks', 'discussions'], vectors: [[1, 0.1], [0.9, 0.2]] });
 * const vectors = createWordVectors(bytes);
 * vectors.cosine(vectors.indexOf('talks'), vectors.indexOf('discussions')); // ~0.99
 */
export function createWordVectors(bytes: Uint8Array): WordVectors {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('createWordVectors: bytes must be a Uint8Array');
  if (bytes.byteLength < WORD_VECTOR_HEADER_BYTES) {
    throw new Error(`createWordVectors: ${bytes.byteLength} bytes is too short for a word-vector table`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== WORD_VECTOR_MAGIC) throw new Error('createWordVectors: not a word-vector table (bad magic)');
  const version = view.getUint16(4, true);
  if (version !== WORD_VECTOR_FORMAT_VERSION) {
    throw new Error(`createWordVectors: table format version ${version}, this reader knows ${WORD_VECTOR_FORMAT_VERSION}; rebuild the table`);
  }
  const dimensions = view.getUint16(6, true);
  const size = view.getUint32(8, true);
  const slotCount = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  const endsAt = WORD_VECTOR_HEADER_BYTES + 4 * size;
  const slotsAt = endsAt + 4 * size;
  const rowsAt = slotsAt + 4 * slotCount;
  const wordsAt = rowsAt + size * dimensions;
  if (dimensions === 0 || wordsAt + wordBytes !== bytes.byteLength) {
    throw new Error(`createWordVectors: a table of ${size} x ${dimensions} with ${slotCount} slots and ${wordBytes} word bytes cannot be ${bytes.byteLength} bytes long`);
  }
  // A power of two with a free slot, so that probing is a mask and always ends.
  if (slotCount <= size || (slotCount & (slotCount - 1)) !== 0) {
    throw new Error(`createWordVectors: ${slotCount} hash slots for ${size} words (expected a power of two above the count)`);
  }
  const scales = float32s(view, WORD_VECTOR_HEADER_BYTES, size);
  const ends = uint32s(view, endsAt, size);
  const slots = uint32s(view, slotsAt, slotCount);
  // Checked once (a few hundred microseconds) so that no lookup can index outside the table.
  let previous = 0;
  for (let i = 0; i < size; i++) {
    if (ends[i]! <= previous) throw new Error(`createWordVectors: word ${i} is empty or out of order`);
    previous = ends[i]!;
  }
  if (previous !== wordBytes) throw new Error(`createWordVectors: the words end at ${previous}, not at ${wordBytes}`);
  let filled = 0;
  for (let slot = 0; slot < slotCount; slot++) {
    const entry = slots[slot]!;
    if (entry > size) throw new Error(`createWordVectors: hash slot ${slot} names row ${entry - 1} of ${size}`);
    if (entry !== 0) filled++;
  }
  if (filled !== size) throw new Error(`createWordVectors: ${filled} hash slots filled for ${size} words`);
  const rows = new Int8Array(bytes.buffer, bytes.byteOffset + rowsAt, size * dimensions);
  const words = bytes.subarray(wordsAt);
  return new QuantisedWordVectors(dimensions, size, scales, ends, slots, rows, words);
}

/** The stored little-endian floats in place when the host and the alignment allow, else a copy. */
function float32s(view: DataView, at: number, count: number): Float32Array {
  if (LITTLE_ENDIAN && (view.byteOffset + at) % 4 === 0) return new Float32Array(view.buffer, view.byteOffset + at, count);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getFloat32(at + 4 * i, true);
  return out;
}

function uint32s(view: DataView, at: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN && (view.byteOffset + at) % 4 === 0) return new Uint32Array(view.buffer, view.byteOffset + at, count);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(at + 4 * i, true);
  return out;
}

class QuantisedWordVectors implements WordVectors {
  readonly dimensions: number;
  readonly size: number;
  readonly #scales: Float32Array;
  readonly #ends: Uint32Array;
  readonly #slots: Uint32Array;
  readonly #mask: number;
  readonly #rows: Int8Array;
  readonly #words: Uint8Array;
  readonly #logSpan: number;

  constructor(dimensions: number, size: number, scales: Float32Array, ends: Uint32Array, slots: Uint32Array, rows: Int8Array, words: Uint8Array) {
    this.dimensions = dimensions;
    this.size = size;
    this.#scales = scales;
    this.#ends = ends;
    this.#slots = slots;
    this.#mask = slots.length - 1;
    this.#rows = rows;
    this.#words = words;
    this.#logSpan = Math.log1p(size);
  }

  indexOf(word: string): number {
    if (typeof word !== 'string') return -1;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hashWord(word) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      if (this.#holds(entry - 1, word)) return entry - 1;
    }
  }

  word(index: number): string {
    const row = this.#checked(index, 'word');
    return utf8Decoder.decode(this.#words.subarray(row === 0 ? 0 : this.#ends[row - 1]!, this.#ends[row]!));
  }

  rank(index: number): number {
    return this.#checked(index, 'rank');
  }

  rarity(word: string): number {
    // An empty table knows no word: everything is as rare as can be.
    if (this.size === 0) return 1;
    const index = this.indexOf(word);
    return index < 0 ? 1 : Math.log1p(index) / this.#logSpan;
  }

  vector(index: number): Int8Array {
    const at = this.#checked(index, 'vector') * this.dimensions;
    return this.#rows.subarray(at, at + this.dimensions);
  }

  cosine(i: number, j: number): number {
    const d = this.dimensions;
    const a = this.#checked(i, 'cosine') * d;
    const b = this.#checked(j, 'cosine') * d;
    const rows = this.#rows;
    // Unrolled by four: about twice the speed of the plain loop in a micro-benchmark (V8 does not vectorise it).
    const end = a + d;
    const whole = a + (d & ~3);
    let dot = 0;
    let x = a;
    let y = b;
    for (; x < whole; x += 4, y += 4) {
      dot += rows[x]! * rows[y]! + rows[x + 1]! * rows[y + 1]! + rows[x + 2]! * rows[y + 2]! + rows[x + 3]! * rows[y + 3]!;
    }
    for (; x < end; x++, y++) dot += rows[x]! * rows[y]!;
    // The float32 scales can put a word's cosine with itself a hair above 1.
    const cosine = dot * this.#scales[i]! * this.#scales[j]!;
    return cosine > 1 ? 1 : cosine < -1 ? -1 : cosine;
  }

  addTo(sum: Float32Array, index: number, weight: number): void {
    const d = this.dimensions;
    if (sum.length !== d) throw new RangeError(`WordVectors.addTo: sum has ${sum.length} components, the table ${d}`);
    const at = this.#checked(index, 'addTo') * d;
    const factor = weight * this.#scales[index]!;
    const rows = this.#rows;
    for (let k = 0; k < d; k++) sum[k]! += rows[at + k]! * factor;
  }

  /** Whether row `row`'s stored UTF-8 word is `word`, without decoding it. */
  #holds(row: number, word: string): boolean {
    const start = row === 0 ? 0 : this.#ends[row - 1]!;
    const length = this.#ends[row]! - start;
    // UTF-8 is never shorter than UTF-16, and equally long only when all ASCII.
    if (length < word.length) return false;
    const bytes = this.#words;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      // Rare in English: compared as strings, which also keeps a lone surrogate from matching U+FFFD.
      if (c >= 0x80) return utf8Decoder.decode(bytes.subarray(start, start + length)) === word;
      if (bytes[start + k] !== c) return false;
    }
    return length === word.length;
  }

  #checked(index: number, method: string): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) {
      throw new RangeError(`WordVectors.${method}: index must be an integer in 0..${this.size - 1}, got ${String(index)}`);
    }
    return index;
  }
}

/**
 * Cosine of two dense vectors of the same length (sentence vectors summed with
 * `WordVectors.addTo`), 0 when either is all zero.
 *
 * @example
 * const a = new Float32Array(vectors.dimensions);
 * const b = new Float32Array(vectors.dimensions);
 * vectors.addTo(a, vectors.indexOf('talks'), 1);
 * vectors.addTo(b, vectors.indexOf('discussions'), 1);
 * cosineOfSums(a, b); // same as vectors.cosine(...) of the two words
 */
export function cosineOfSums(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new RangeError(`cosineOfSums: lengths differ (${a.length} and ${b.length})`);
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa === 0 || bb === 0 ? 0 : dot / Math.sqrt(aa * bb);
}

