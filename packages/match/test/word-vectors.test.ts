import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cosineOfSums, createWordVectors, defaultWordVectors, encodeWordVectors, type WordVectors } from '../src/lexicon/index.js';
import { loadWordVectors } from '../src/lexicon/default-word-vectors.js';
import { hashWord, slotCountFor, WORD_VECTOR_HEADER_BYTES, WORD_VECTOR_MAGIC } from '../src/lexicon/word-vector-format.js';
import { distilWordVectors, readWinkEmbeddings, tableWordFor, type WinkEntry } from '../scripts/distil-word-vectors.js';

const scratch = mkdtempSync(join(tmpdir(), 'wirediff-word-vectors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function floatCosine(rawA: ArrayLike<number>, rawB: ArrayLike<number>): number {
  // Scaled by the largest component first, so that tiny (subnormal) vectors keep a direction.
  const scaled = (v: ArrayLike<number>): number[] => {
    const largest = Math.max(...Array.from(v, Math.abs));
    return Array.from(v, (x) => (largest === 0 ? 0 : x / largest));
  };
  const a = scaled(rawA);
  const b = scaled(rawB);
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    dot += a[k]! * b[k]!;
    aa += a[k]! * a[k]!;
    bb += b[k]! * b[k]!;
  }
  return aa === 0 || bb === 0 ? 0 : dot / Math.sqrt(aa * bb);
}

function withUint32(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
}

function emptySlot(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let slot = 0; ; slot++) if (view.getUint32(WORD_VECTOR_HEADER_BYTES + 40 + 4 * slot, true) === 0) return slot;
}

// Hand-made 4-d vectors: two near-synonyms, one word at right angles, one opposite, one zero.
const TINY = {
  dimensions: 4,
  words: ['said', 'told', 'banana', 'unsaid', 'void'],
  vectors: [
    [0.9, 0.3, 0.1, 0],
    [0.8, 0.4, 0.05, 0.1],
    [0, 0, 0, 2.5],
    [-0.9, -0.3, -0.1, 0],
    [0, 0, 0, 0],
  ],
};

describe('a table built from hand-made vectors', () => {
  const bytes = encodeWordVectors(TINY);
  const vectors = createWordVectors(bytes);

  test('has the layout of word-vector-format.ts', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('WDWV');
    expect(view.getUint32(0, true)).toBe(WORD_VECTOR_MAGIC);
    expect(view.getUint16(4, true)).toBe(2);
    expect(view.getUint16(6, true)).toBe(4);
    expect(view.getUint32(8, true)).toBe(5);
    expect(view.getUint32(12, true)).toBe(16);
    const wordBytes = new TextEncoder().encode(TINY.words.join(''));
    expect(view.getUint32(16, true)).toBe(wordBytes.length);
    expect(bytes.length).toBe(WORD_VECTOR_HEADER_BYTES + 5 * 4 + 5 * 4 + 16 * 4 + 5 * 4 + wordBytes.length);
    const ends = Array.from({ length: 5 }, (_, i) => view.getUint32(WORD_VECTOR_HEADER_BYTES + 20 + 4 * i, true));
    expect(ends).toEqual([4, 8, 14, 20, 24]);
    const slots = Array.from({ length: 16 }, (_, i) => view.getUint32(WORD_VECTOR_HEADER_BYTES + 40 + 4 * i, true));
    expect(slots.filter((entry) => entry !== 0).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(slots[hashWord('said') & 15]).toBe(1);
    expect(bytes.subarray(bytes.length - wordBytes.length)).toEqual(wordBytes);
  });

  test('finds words by norm and gives their rank', () => {
    expect(vectors.size).toBe(5);
    expect(vectors.dimensions).toBe(4);
    TINY.words.forEach((word, index) => {
      expect(vectors.indexOf(word)).toBe(index);
      expect(vectors.word(index)).toBe(word);
      expect(vectors.rank(index)).toBe(index);
    });
    expect(vectors.indexOf('Said')).toBe(-1);
    expect(vectors.indexOf('')).toBe(-1);
    expect(vectors.indexOf('toString')).toBe(-1);
    expect(vectors.indexOf('\ufffd')).toBe(-1);
  });

  test('cosines of the int8 rows follow the float vectors', () => {
    const [said, told, banana, unsaid, empty] = [0, 1, 2, 3, 4];
    expect(vectors.cosine(said, said)).toBeCloseTo(1, 6);
    expect(vectors.cosine(said, told)).toBeCloseTo(floatCosine(TINY.vectors[0]!, TINY.vectors[1]!), 2);
    expect(vectors.cosine(said, told)).toBe(vectors.cosine(told, said));
    expect(vectors.cosine(said, banana)).toBe(0);
    expect(vectors.cosine(said, unsaid)).toBeCloseTo(-1, 6);
    expect(vectors.cosine(empty, said)).toBe(0);
    expect(vectors.cosine(empty, empty)).toBe(0);
  });

  test('a row is the stored int8 view, scaled so its largest component is 127', () => {
    const row = vectors.vector(0);
    expect(row).toBeInstanceOf(Int8Array);
    expect([...row]).toEqual([127, 42, 14, 0]);
    expect(row.buffer).toBe(bytes.buffer);
    expect([...vectors.vector(2)]).toEqual([0, 0, 0, 127]);
  });

  test('rarity follows the rank, absent words are the rarest', () => {
    expect(vectors.rarity('said')).toBe(0);
    const rarities = TINY.words.map((word) => vectors.rarity(word));
    for (let i = 1; i < rarities.length; i++) expect(rarities[i]!).toBeGreaterThan(rarities[i - 1]!);
    expect(rarities[4]!).toBeLessThan(1);
    expect(vectors.rarity('absent')).toBe(1);
    expect(vectors.rarity('told')).toBeCloseTo(Math.log(2) / Math.log(6), 12);
  });

  test('addTo sums weighted unit vectors: one word makes the sentence vector of that word', () => {
    const a = new Float32Array(4);
    const b = new Float32Array(4);
    vectors.addTo(a, 0, 3);
    vectors.addTo(b, 1, 0.5);
    expect(cosineOfSums(a, b)).toBeCloseTo(vectors.cosine(0, 1), 6);
    expect(Math.hypot(...a)).toBeCloseTo(3, 5);
    vectors.addTo(b, 3, 0.5);
    vectors.addTo(b, 4, 10);
    // told + unsaid, equally weighted, leaves what told has that said has not.
    expect(cosineOfSums(a, b)).toBeLessThan(0.3);
    expect(cosineOfSums(new Float32Array(4), a)).toBe(0);
  });

  test('misuse throws with the method in the message', () => {
    expect(() => vectors.cosine(-1, 0)).toThrow(/WordVectors\.cosine: index must be an integer in 0\.\.4, got -1/);
    expect(() => vectors.vector(5)).toThrow(RangeError);
    expect(() => vectors.word(1.5)).toThrow(RangeError);
    expect(() => vectors.addTo(new Float32Array(3), 0, 1)).toThrow(/sum has 3 components, the table 4/);
    expect(() => cosineOfSums(new Float32Array(3), new Float32Array(4))).toThrow(RangeError);
  });

  test.each([
    ['duplicate words', { dimensions: 2, words: ['a', 'a'], vectors: [[1, 0], [0, 1]] }, /duplicate word "a"/],
    ['an empty word', { dimensions: 2, words: [''], vectors: [[1, 0]] }, /non-empty/],
    ['half a surrogate pair', { dimensions: 2, words: ['a\ud800'], vectors: [[1, 0]] }, /well-formed/],
    ['a short vector', { dimensions: 2, words: ['a'], vectors: [[1]] }, /has 1 components, expected 2/],
    ['NaN', { dimensions: 2, words: ['a'], vectors: [[1, Number.NaN]] }, /holds NaN/],
    ['more words than vectors', { dimensions: 2, words: ['a', 'b'], vectors: [[1, 0]] }, /2 words but 1 vectors/],
    ['zero dimensions', { dimensions: 0, words: [], vectors: [] }, /dimensions must be an integer/],
  ])('encodeWordVectors refuses %s', (_name, source, message) => {
    expect(() => encodeWordVectors(source)).toThrow(message);
  });

  test('an empty table knows no word', () => {
    const empty = createWordVectors(encodeWordVectors({ dimensions: 3, words: [], vectors: [] }));
    expect(empty.size).toBe(0);
    expect(empty.indexOf('the')).toBe(-1);
    expect(empty.rarity('the')).toBe(1);
  });

  test.each([
    ['too short', bytes.subarray(0, 10), /too short/],
    ['bad magic', Uint8Array.from([0, ...bytes.subarray(1)]), /bad magic/],
    ['truncated', bytes.subarray(0, bytes.length - 1), /cannot be \d+ bytes long/],
    ['another version', Uint8Array.from(bytes, (b, i) => (i === 4 ? 1 : b)), /version 1, this reader knows 2; rebuild the table/],
    ['a slot naming a missing row', withUint32(bytes, WORD_VECTOR_HEADER_BYTES + 40 + 4 * emptySlot(bytes), 9), /hash slot \d+ names row 8 of 5/],
    ['a lost slot', withUint32(bytes, WORD_VECTOR_HEADER_BYTES + 40 + 4 * (hashWord('said') & 15), 0), /4 hash slots filled for 5 words/],
    ['words out of order', withUint32(bytes, WORD_VECTOR_HEADER_BYTES + 20 + 4, 3), /word 1 is empty or out of order/],
    ['too few slots', withUint32(bytes, 12, 4), /cannot be \d+ bytes long/],
  ])('createWordVectors refuses %s bytes', (_name, broken, message) => {
    expect(() => createWordVectors(broken)).toThrow(message);
  });

  test('reads a table from unaligned bytes', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const copy = createWordVectors(shifted.subarray(1));
    expect(copy.cosine(0, 1)).toBe(vectors.cosine(0, 1));
  });
});

describe('the stored word index (property)', () => {
  test('finds every word at its row and no other word, whatever the script', () => {
    // One- to four-byte UTF-8 characters (fast-check's 'grapheme' unit takes seconds to set up).
    const letters = ['a', 'b', 's', "'", 'é', 'ï', 'ж', 'ё', '中', '😀', '\ufffd'];
    const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 5 });
    // Lookups may be ill-formed (a lone surrogate) and must then find nothing.
    const query = fc.oneof(word, fc.string({ unit: fc.constantFrom(...letters, '\ud800', '\ude00'), minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 0, maxLength: 40 }), fc.array(query, { maxLength: 20 }), (words, others) => {
        const vectors = createWordVectors(encodeWordVectors({ dimensions: 1, words, vectors: words.map(() => [1]) }));
        return words.every((w, i) => vectors.indexOf(w) === i && vectors.word(i) === w) && others.every((other) => vectors.indexOf(other) === words.indexOf(other));
      }),
      { numRuns: 100 },
    );
  });

  test('has at least twice as many slots as words', () => {
    expect([0, 1, 2, 3, 100_000].map(slotCountFor)).toEqual([2, 2, 4, 8, 262_144]);
  });
});

describe('quantisation (property)', () => {
  const table = fc
    .integer({ min: 1, max: 24 })
    .chain((dimensions) =>
      fc.record({
        dimensions: fc.constant(dimensions),
        vectors: fc.array(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: dimensions, maxLength: dimensions }), {
          minLength: 2,
          maxLength: 8,
        }),
      }),
    )
    .map(({ dimensions, vectors }) => ({ dimensions, vectors, words: vectors.map((_, i) => `w${i}`) }));

  test('int8 cosines stay within 0.05 of the float cosines, and encoding is deterministic', () => {
    fc.assert(
      fc.property(table, (source) => {
        const bytes = encodeWordVectors(source);
        expect(encodeWordVectors(source)).toEqual(bytes);
        const vectors = createWordVectors(bytes);
        let worst = 0;
        for (let i = 0; i < source.vectors.length; i++) {
          for (let j = 0; j < source.vectors.length; j++) {
            const quantised = vectors.cosine(i, j);
            if (!(quantised >= -1 && quantised <= 1)) return false;
            worst = Math.max(worst, Math.abs(quantised - floatCosine(source.vectors[i]!, source.vectors[j]!)));
          }
        }
        // Each component moves by at most half a step, 1/254 of the row's largest component, so
        // a direction of d <= 24 components moves by at most sqrt(24)/254 < 0.02, a cosine by twice that.
        expect(worst).toBeLessThan(0.05);
        return true;
      }),
      { numRuns: 100 },
    );
  });
});

// A file in the wink-embeddings layout, written for this test: escapes, a bracket inside a word,
// punctuation, a hyphenated word, a British spelling after the American one, a multi-byte word.
const WINK_SAMPLE = `{"precision":8,"l2NormIndex":3,"wordIndex":4,"size":9,"dimensions":3,
"words":["the",",","well-known","color","colour","caf\\u00e9","]x","naïve","q\\"uote"],
"vectors":{"the":[0.1,0.2,0.3,0.374,0],",":[1,1,1,1.732,1],"well-known":[0.5,0,0,0.5,2],
"color":[0,0.6,0.8,1,3],"colour":[0,0.8,0.6,1,4],"caf\\u00e9":[0.3,-0.3,0.1,0.436,5],
"]x":[1,0,0,1,6] , "naïve":[-0.2,0.9,0.1,0.93,7],"q\\"uote":[0,0,1,1,8]},"unkVector":[0,0,0,0,-1]}`;

describe('distilling a wink-embeddings file', () => {
  const path = join(scratch, 'sample.json');
  writeFileSync(path, WINK_SAMPLE);

  test('streams every entry in order, whatever the chunk size', () => {
    const whole: WinkEntry[] = [];
    const header = readWinkEmbeddings(path, (entry) => (whole.push(entry), true));
    expect(header).toEqual({ dimensions: 3, wordIndex: 4 });
    expect(whole.map((entry) => entry.word)).toEqual(['the', ',', 'well-known', 'color', 'colour', 'café', ']x', 'naïve', 'q"uote']);
    expect(whole.map((entry) => entry.rank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(whole[5]!.values).toEqual([0.3, -0.3, 0.1]);
    for (const chunkBytes of [1, 2, 3, 5, 7, 16, 61]) {
      const chunked: WinkEntry[] = [];
      readWinkEmbeddings(path, (entry) => (chunked.push(entry), true), chunkBytes);
      expect(chunked).toEqual(whole);
    }
  });

  test('stops when told to', () => {
    const seen: string[] = [];
    readWinkEmbeddings(path, (entry) => (seen.push(entry.word), seen.length < 2), 4);
    expect(seen).toEqual(['the', ',']);
  });

  test('keeps tokeniser words under their norms, the most frequent first, and is byte-for-byte deterministic', () => {
    const distilled = distilWordVectors(path, { maxWords: 100 });
    // "," is no word, "well-known" two, "colour" folds to "color" (already taken), "]x" becomes "x".
    expect(distilled.words).toEqual(['the', 'color', 'café', 'naïve']);
    expect(distilled.notWords).toBe(4);
    expect(distilled.duplicates).toBe(1);
    const bytes = encodeWordVectors(distilled);
    expect(encodeWordVectors(distilWordVectors(path, { maxWords: 100, chunkBytes: 3 }))).toEqual(bytes);
    const vectors = createWordVectors(bytes);
    expect(vectors.indexOf('naïve')).toBe(3);
    expect([...vectors.vector(vectors.indexOf('color'))]).toEqual([0, 95, 127]);
  });

  test('keeps at most maxWords and reads no further than it needs', () => {
    const distilled = distilWordVectors(path, { maxWords: 2 });
    expect(distilled.words).toEqual(['the', 'color']);
    expect(distilled.read).toBe(4);
  });

  test.each([
    ['entries out of rank order', WINK_SAMPLE.replace('"color":[0,0.6,0.8,1,3]', '"color":[0,0.6,0.8,1,1]'), /not in rank order at "color" \(rank 1 after 2\)/],
    ['no vectors object', '{"dimensions":3,"wordIndex":4,"words":[]}', /no "vectors" object/],
    ['the header after the vectors', '{"vectors":{},"dimensions":3,"wordIndex":4}', /expected numeric "dimensions" and "wordIndex" before "vectors"/],
    ['a cut file', WINK_SAMPLE.slice(0, 300), /unterminated|unexpected end|expected/],
  ])('refuses a file with %s', (_name, text, message) => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, text);
    expect(() => readWinkEmbeddings(broken, () => true)).toThrow(message);
  });

  test.each([
    ['Talks', 'talks'],
    ['colour', 'color'],
    ['co-founder', 'cofounder'],
    ["o'neill", "o'neill"],
    ['well-known', undefined],
    ['mr.', undefined],
    ["'s", undefined],
    ['1990', undefined],
    [',', undefined],
  ])('tableWordFor(%j) is %j', (word, norm) => {
    expect(tableWordFor(word)).toBe(norm);
  });
});

describe('the default English table', () => {
  let vectors: WordVectors;
  beforeAll(() => {
    vectors = defaultWordVectors();
  });
  const cosine = (a: string, b: string): number => {
    const i = vectors.indexOf(a);
    const j = vectors.indexOf(b);
    expect(i, a).toBeGreaterThanOrEqual(0);
    expect(j, b).toBeGreaterThanOrEqual(0);
    return vectors.cosine(i, j);
  };

  test('is loaded once and shared', () => {
    expect(defaultWordVectors()).toBe(vectors);
    expect(vectors.dimensions).toBe(100);
    expect(vectors.size).toBeGreaterThanOrEqual(100_000);
    expect(vectors.word(0)).toBe('the');
  });

  test.each([
    ['talks', 'discussions', 'banana'],
    ['begun', 'initiated', 'banana'],
    ['killed', 'died', 'spreadsheet'],
    ['said', 'told', 'volcano'],
    ['court', 'judge', 'strawberry'],
    ['minister', 'official', 'giraffe'],
    ['rose', 'increased', 'pillow'],
  ])('%s is closer to %s than to %s', (word, near, far) => {
    expect(cosine(word, near)).toBeGreaterThan(cosine(word, far) + 0.3);
  });

  test('words are stored under token norms', () => {
    // "colour" is looked up as its token norm "color"; "U.S." tokenises to "us".
    expect(vectors.indexOf('colour')).toBe(-1);
    expect(vectors.indexOf('color')).toBeGreaterThan(0);
    expect(vectors.indexOf('u.s.')).toBe(-1);
    expect(vectors.indexOf('well-known')).toBe(-1);
    expect(vectors.indexOf('Talks')).toBe(-1);
  });

  test('absent words have no row and the highest rarity', () => {
    expect(vectors.indexOf('qzxvbnmw')).toBe(-1);
    expect(vectors.rarity('qzxvbnmw')).toBe(1);
  });

  test('rarity ranks function words below news words below names', () => {
    const ordered = ['the', 'said', 'court', 'sanctions', 'defendant', 'qzxvbnmw'].map((word) => vectors.rarity(word));
    for (let i = 1; i < ordered.length; i++) expect(ordered[i]!).toBeGreaterThan(ordered[i - 1]!);
    expect(ordered[0]).toBe(0);
  });

  test('a missing table file is a broken install, with the way to build it', () => {
    const missing = join(scratch, 'no-such-dir', 'word-vectors.bin');
    expect(() => loadWordVectors(missing)).toThrow(/word-vector table .*no-such-dir.* is missing: build it with `pnpm --filter @wirediff\/match run build`/);
    expect(() => loadWordVectors(new URL(`file://${missing}`))).toThrow(/is missing/);
  });
});
