import type { DiffOp } from '../types.js';
import type { TokenDiff } from './token-diff.js';

function mirrorOp(op: DiffOp): DiffOp {
  if (op.op === 'equal') return { op: 'equal', a: op.b!, b: op.a! };
  return op.op === 'delete' ? { op: 'insert', b: op.a! } : { op: 'delete', a: op.b! };
}

/**
 * The same word diff read the other way, from b to a: equal steps swap their offsets,
 * deletions become insertions and back. Within a stretch of changed words deletions still come
 * first, as `diffTokenRuns` writes them, so a mirrored diff looks like any other.
 *
 * @example
 * mirrorTokenDiff(diffTokenRuns(runB, runA)); // a diff from runA to runB, with spansA and spansB
 */
export function mirrorTokenDiff({ diff, spansA, spansB }: TokenDiff): TokenDiff {
  const mirrored: DiffOp[] = [];
  let k = 0;
  while (k < diff.length) {
    if (diff[k]!.op === 'equal') {
      mirrored.push(mirrorOp(diff[k]!));
      k++;
      continue;
    }
    let end = k;
    while (end < diff.length && diff[end]!.op !== 'equal') end++;
    const stretch = diff.slice(k, end).map(mirrorOp);
    for (const op of stretch) if (op.op === 'delete') mirrored.push(op);
    for (const op of stretch) if (op.op === 'insert') mirrored.push(op);
    k = end;
  }
  return { diff: mirrored, spansA: spansB, spansB: spansA };
}
