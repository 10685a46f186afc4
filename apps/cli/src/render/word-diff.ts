import type { DiffOp } from '@wirediff/match';
import type { Style } from './style.js';

/** What `renderWordDiff` needs: the match's diff and both documents' texts. */
export interface WordDiffInput {
  diff: readonly DiffOp[];
  /** Text of the document on side 0 (`a` offsets point into it). */
  textA: string;
  /** Text of the document on side 1 (`b` offsets point into it). */
  textB: string;
  /**
   * The matched sentences' extent in text a, so text the diff leaves out at either end
   * (a closing quote, the final full stop) still shows.
   */
  boundsA?: readonly [number, number];
  style: Style;
}

const WHITESPACE_RUN = /\s+/gu;

/** Wire copy is hard-wrapped: a line break inside a sentence is just a space to the reader. */
function collapseSpace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

interface OpRun {
  op: DiffOp['op'];
  ops: DiffOp[];
}

function groupRuns(diff: readonly DiffOp[]): OpRun[] {
  const runs: OpRun[] = [];
  for (const op of diff) {
    const last = runs.at(-1);
    if (last && last.op === op.op) last.ops.push(op);
    else runs.push({ op: op.op, ops: [op] });
  }
  return runs;
}

function extentOf(ops: readonly DiffOp[], side: 'a' | 'b'): [number, number] | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const op of ops) {
    const range = op[side];
    if (!range) continue;
    start = Math.min(start, range[0]);
    end = Math.max(end, range[1]);
  }
  return start <= end ? [start, end] : undefined;
}

/**
 * One line showing how side a became side b: unchanged words as they are, deleted words
 * through `style.deleted`, inserted words through `style.inserted`. Consecutive changes of
 * one kind are marked once (`[-two words-]`), as git's word diff does.
 * @example renderWordDiff({ diff, textA: 'the big dog', textB: 'the large dog', style: PLAIN_STYLE }) // 'the [-big-]{+large+} dog'
 */
export function renderWordDiff({ diff, textA, textB, boundsA, style }: WordDiffInput): string {
  const runs = groupRuns(diff);
  let out = '';
  let posA: number | undefined = boundsA?.[0];
  let posB: number | undefined;
  let previous: DiffOp['op'] | undefined;
  let emittedA = false;
  for (const [index, run] of runs.entries()) {
    if (run.op === 'insert') {
      const range = extentOf(run.ops, 'b');
      if (!range) continue;
      let gap = '';
      // Before any word of a is shown, a's leading text (an opening quote) belongs after the insertion.
      if (previous !== 'delete' && emittedA) {
        // The insertion sits in text a's gap before its next word: show that gap (punctuation
        // included) once, here, rather than b's copy of it here and a's again after.
        const nextA = runs.slice(index + 1).map((next) => (next.op === 'insert' ? undefined : extentOf(next.ops, 'a'))).find((extent) => extent !== undefined);
        if (posA !== undefined && nextA && nextA[0] >= posA) {
          gap = collapseSpace(textA.slice(posA, nextA[0]));
          posA = nextA[0];
        } else if (posB !== undefined) {
          gap = collapseSpace(textB.slice(posB, range[0]));
        }
      }
      out += (out === '' ? gap.trimStart() : gap) + style.inserted(collapseSpace(textB.slice(range[0], range[1])));
      posB = range[1];
    } else {
      const range = extentOf(run.ops, 'a');
      if (!range) continue;
      let gap = posA === undefined || posA > range[0] ? '' : collapseSpace(textA.slice(posA, range[0]));
      if (previous === 'insert' && (gap === '' || !emittedA)) {
        // Text a's gap went before the insertion (or the insertion opened the sentence): what
        // separates the insertion from this run is b's text.
        const startB = run.op === 'equal' ? extentOf(run.ops, 'b')?.[0] : undefined;
        gap = startB !== undefined && posB !== undefined ? collapseSpace(textB.slice(posB, startB)) : ' ';
      }
      emittedA = true;
      const words = collapseSpace(textA.slice(range[0], range[1]));
      out += (out === '' ? gap.trimStart() : gap) + (run.op === 'delete' ? style.deleted(words) : words);
      posA = range[1];
      if (run.op === 'equal') posB = extentOf(run.ops, 'b')?.[1] ?? posB;
    }
    previous = run.op;
  }
  if (boundsA && posA !== undefined && posA < boundsA[1]) out += collapseSpace(textA.slice(posA, boundsA[1]));
  return out.trimEnd();
}
