import { diffArrays } from 'diff';
import type { DiffOp } from '../types.js';

/** A run of tokens from one document: comparable ids plus original offsets. */
export interface TokenRun {
  /** Ids compared for equality (stem ids, or any integer per word form). */
  ids: ArrayLike<number>;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Optional group per token (e.g. which sentence); shared spans never cross a group change. */
  groups?: ArrayLike<number>;
}

/** The word diff between two token runs and the shared text on each side. */
export interface TokenDiff {
  diff: DiffOp[];
  spansA: Array<[number, number]>;
  spansB: Array<[number, number]>;
}

// Myers' diff costs about (n + m) * d; past this budget the runs are too different for a
// word diff to help a reader, so a cheaper prefix/suffix diff is used instead.
const DIFF_WORK_BUDGET = 2_000_000;
const MIN_EDIT_LENGTH = 32;

function toArray(values: ArrayLike<number>): number[] {
  return Array.prototype.slice.call(values) as number[];
}

/** Equal prefix and suffix with one delete and one insert between: linear, used for huge runs. */
function prefixSuffixChanges(a: number[], b: number[]): Array<{ count: number; added: boolean; removed: boolean }> {
  let prefix = 0;
  const limit = Math.min(a.length, b.length);
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const changes = [
    { count: prefix, added: false, removed: false },
    { count: a.length - prefix - suffix, added: false, removed: true },
    { count: b.length - prefix - suffix, added: true, removed: false },
    { count: suffix, added: false, removed: false },
  ];
  return changes.filter((change) => change.count > 0);
}

type Change = { count: number; added: boolean; removed: boolean };

// Sentence-sized runs (up to 256 x 256 words) use a longest-common-subsequence table instead
// of jsdiff: for two sentences that share little (paraphrases, lifted quotes) jsdiff's Myers
// walk allocates a path object per step and takes ~300 us for 30 words a side, the table
// ~3 us. Both give a shortest edit script; longer runs still go to jsdiff.
const MAX_TABLE_CELLS = 65_536;
let lcsTable = new Int32Array(0);

function lcsChanges(a: number[], b: number[]): Change[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  if (lcsTable.length < (n + 1) * width) lcsTable = new Int32Array((n + 1) * width);
  const table = lcsTable;
  // table[i * width + j] = LCS length of a[i..] and b[j..].
  for (let j = 0; j <= m; j++) table[n * width + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = i * width;
    const next = row + width;
    table[row + m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      table[row + j] = a[i] === b[j] ? table[next + j + 1]! + 1 : Math.max(table[next + j]!, table[row + j + 1]!);
    }
  }
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  let equal = 0;
  let removed = 0;
  let added = 0;
  const flushEdits = (): void => {
    if (removed > 0) changes.push({ count: removed, added: false, removed: true });
    if (added > 0) changes.push({ count: added, added: true, removed: false });
    removed = 0;
    added = 0;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j] && table[i * width + j] === table[(i + 1) * width + j + 1]! + 1) {
      flushEdits();
      equal++;
      i++;
      j++;
      continue;
    }
    if (equal > 0) changes.push({ count: equal, added: false, removed: false });
    equal = 0;
    // Delete first on ties, so the result is the same every time.
    if (j >= m || (i < n && table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) {
      removed++;
      i++;
    } else {
      added++;
      j++;
    }
  }
  if (equal > 0) changes.push({ count: equal, added: false, removed: false });
  flushEdits();
  return changes;
}

/**
 * jsdiff on the part between the common prefix and suffix only: most matched sentences differ
 * in a few words, and Myers' cost grows with the length it has to walk.
 */
function diffIds(a: number[], b: number[]): Change[] {
  let prefix = 0;
  const limit = Math.min(a.length, b.length);
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  let middle: Change[];
  if (middleA.length === 0 || middleB.length === 0) {
    middle = [
      { count: middleA.length, added: false, removed: true },
      { count: middleB.length, added: true, removed: false },
    ];
  } else if (middleA.length * middleB.length <= MAX_TABLE_CELLS) {
    middle = lcsChanges(middleA, middleB);
  } else {
    const maxEditLength = Math.max(MIN_EDIT_LENGTH, Math.floor(DIFF_WORK_BUDGET / (middleA.length + middleB.length)));
    middle = diffArrays(middleA, middleB, { maxEditLength }) ?? prefixSuffixChanges(middleA, middleB);
  }
  return [{ count: prefix, added: false, removed: false }, ...middle, { count: suffix, added: false, removed: false }];
}

function collectSpans(run: TokenRun, shared: Uint8Array): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i <= shared.length; i++) {
    const continues = i < shared.length && shared[i] === 1 && (open < 0 || !run.groups || run.groups[i] === run.groups[open]);
    if (continues && open < 0) open = i;
    if (!continues && open >= 0) {
      spans.push([run.starts[open]!, run.ends[i - 1]!]);
      open = i < shared.length && shared[i] === 1 ? i : -1;
    }
  }
  return spans;
}

/**
 * Word-level diff of two token runs with jsdiff's `diffArrays`, each step mapped back to
 * original offsets (`a` for equal/delete, `b` for equal/insert), plus the shared text on each
 * side as spans: consecutive shared tokens merge into one span covering the text between them.
 *
 * @example
 * const { diff, spansA } = diffTokenRuns(
 *   { ids: [1, 2, 3], starts: [0, 4, 8], ends: [3, 7, 11] },
 *   { ids: [1, 3], starts: [0, 4], ends: [3, 7] },
 * );
 * // diff: equal a[0,3] b[0,3]; delete a[4,7]; equal a[8,11] b[4,7]
 */
export function diffTokenRuns(runA: TokenRun, runB: TokenRun): TokenDiff {
  const a = toArray(runA.ids);
  const b = toArray(runB.ids);
  const changes = diffIds(a, b);
  const sharedA = new Uint8Array(a.length);
  const sharedB = new Uint8Array(b.length);
  const diff: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count;
    if (count === 0) continue;
    if (change.added) {
      diff.push({ op: 'insert', b: [runB.starts[j]!, runB.ends[j + count - 1]!] });
      j += count;
    } else if (change.removed) {
      diff.push({ op: 'delete', a: [runA.starts[i]!, runA.ends[i + count - 1]!] });
      i += count;
    } else {
      diff.push({
        op: 'equal',
        a: [runA.starts[i]!, runA.ends[i + count - 1]!],
        b: [runB.starts[j]!, runB.ends[j + count - 1]!],
      });
      sharedA.fill(1, i, i + count);
      sharedB.fill(1, j, j + count);
      i += count;
      j += count;
    }
  }
  return { diff, spansA: collectSpans(runA, sharedA), spansB: collectSpans(runB, sharedB) };
}
