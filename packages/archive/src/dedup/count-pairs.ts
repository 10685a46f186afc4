import type { CandidatePair, CandidatePairOptions } from '../store/archive-store.js';

/** One document's key and anchors, as a window pass reads them. */
export interface KeyedAnchors {
  key: number;
  anchors: ArrayLike<number>;
}

// Buckets on the anchors' low bits (about eight anchors per bucket, at most 2^20 buckets): a
// counting sort groups equal anchors in linear time without a comparator call per element
// (sorting the 13 M anchors of a 100k window with Array.prototype.sort takes many seconds).
const MAX_BUCKET_BITS = 20;

function bucketMask(total: number): number {
  const bits = Math.min(MAX_BUCKET_BITS, Math.max(4, Math.ceil(Math.log2(Math.max(1, total) / 8))));
  return (1 << bits) - 1;
}

/**
 * Candidate pairs of a window computed in memory, exactly as the PostgreSQL store's SQL does:
 * anchors held by 2..dfCap documents pair all of them; an anchor held by more pairs each
 * document with the earliest key only (its hub); pairs sharing fewer than `minShared` anchors
 * are dropped. Pairs come out with `a < b`, sorted.
 * @example countCandidatePairs([{ key: 1, anchors: [7, 9] }, { key: 2, anchors: [7, 9] }], { dfCap: 100, minShared: 2 }) // [{ a: 1, b: 2, shared: 2 }]
 */
export function countCandidatePairs(documents: readonly KeyedAnchors[], options: CandidatePairOptions): CandidatePair[] {
  const order = [...documents].sort((x, y) => x.key - y.key);
  let total = 0;
  for (const doc of order) total += doc.anchors.length;
  const BUCKET_MASK = bucketMask(total);
  const counts = new Int32Array(BUCKET_MASK + 2);
  for (const doc of order) {
    for (let i = 0; i < doc.anchors.length; i += 1) counts[((doc.anchors[i]! >>> 0) & BUCKET_MASK) + 1]! += 1;
  }
  for (let b = 1; b < counts.length; b += 1) counts[b]! += counts[b - 1]!;
  const starts = counts.slice(0, BUCKET_MASK + 1);
  const hashes = new Float64Array(total);
  const owners = new Int32Array(total);
  const fill = counts.slice(0, BUCKET_MASK + 1);
  for (let d = 0; d < order.length; d += 1) {
    const anchors = order[d]!.anchors;
    for (let i = 0; i < anchors.length; i += 1) {
      const bucket = (anchors[i]! >>> 0) & BUCKET_MASK;
      const at = fill[bucket]!;
      hashes[at] = anchors[i]!;
      owners[at] = d;
      fill[bucket] = at + 1;
    }
  }
  // Each pair occurrence goes into a flat array of pair codes, sorted and counted at the end:
  // 8 bytes an occurrence, where a Map of counts took about 80 per distinct pair (1.6 GB peak
  // RSS on a 100k window, most of it pairs sharing one chance n-gram).
  const n = order.length;
  let codes = new Float64Array(1024);
  let used = 0;
  const bump = (x: number, y: number): void => {
    if (used === codes.length) {
      const grown = new Float64Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    codes[used++] = x * n + y;
  };
  const group: number[] = [];
  for (let bucket = 0; bucket <= BUCKET_MASK; bucket += 1) {
    const from = starts[bucket]!;
    const to = bucket === BUCKET_MASK ? total : starts[bucket + 1]!;
    if (to - from < 2) continue;
    // Within a bucket (about nine entries on a 100k window) sort by hash then owner, by insertion.
    for (let i = from + 1; i < to; i += 1) {
      const h = hashes[i]!;
      const o = owners[i]!;
      let j = i - 1;
      while (j >= from && (hashes[j]! > h || (hashes[j] === h && owners[j]! > o))) {
        hashes[j + 1] = hashes[j]!;
        owners[j + 1] = owners[j]!;
        j -= 1;
      }
      hashes[j + 1] = h;
      owners[j + 1] = o;
    }
    for (let i = from; i < to; ) {
      let end = i + 1;
      while (end < to && hashes[end] === hashes[i]) end += 1;
      if (end - i >= 2) {
        group.length = 0;
        for (let k = i; k < end; k += 1) group.push(owners[k]!);
        if (group.length <= options.dfCap) {
          for (let x = 0; x < group.length; x += 1) for (let y = x + 1; y < group.length; y += 1) bump(group[x]!, group[y]!);
        } else {
          for (let y = 1; y < group.length; y += 1) bump(group[0]!, group[y]!);
        }
      }
      i = end;
    }
  }
  const sorted = codes.subarray(0, used).sort();
  const pairs: CandidatePair[] = [];
  for (let i = 0; i < sorted.length; ) {
    let end = i + 1;
    while (end < sorted.length && sorted[end] === sorted[i]) end += 1;
    if (end - i >= options.minShared) {
      const code = sorted[i]!;
      const x = Math.floor(code / n);
      pairs.push({ a: order[x]!.key, b: order[code - x * n]!.key, shared: end - i });
    }
    i = end;
  }
  // Codes ascend by (x, y), and keys ascend with x and y: the pairs come out sorted.
  return pairs;
}
