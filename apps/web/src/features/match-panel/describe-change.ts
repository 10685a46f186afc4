import type { Change, ChangeKind } from '@wirediff/match';

/** A change in words: a head ("number changed") and the words before and after, in order. */
export interface ChangeWords {
  head: string;
  /** One part (words added or cut) or two (before -> after). */
  parts: string[];
}

/** What the page calls each change kind when the report gives no summary. */
export const CHANGE_HEADS: Record<ChangeKind, string> = {
  number: 'number changed',
  name: 'name changed',
  date: 'date changed',
  attribution: 'attribution changed',
  quote: 'quote reworded',
  reworded: 'reworded',
  added: 'words added',
  cut: 'words cut',
  reordered: 'moved',
};

// The engine writes "head: before -> after"; the page draws the arrow itself.
const HEAD = /^([^:]{1,40}):\s+(.+)$/s;
const ARROW = /\s+(?:->|→)\s+/;

/**
 * Read a change as the panel shows it: the engine's one-line summary split into its head and
 * its words, or, for a change without a usable summary, the kind and the words at each side.
 * @example describeChange({ kind: 'number', summary: 'number changed: 25 -> 50 per cent' }) // { head: 'number changed', parts: ['25', '50 per cent'] }
 */
export function describeChange(change: Change): ChangeWords {
  const found = HEAD.exec(change.summary?.trim() ?? '');
  if (found) return { head: found[1]!.trim(), parts: found[2]!.split(ARROW).filter((p) => p !== '') };
  const summary = change.summary?.trim();
  if (summary) return { head: summary, parts: [] };
  const parts = [change.from, change.to].filter((p): p is string => typeof p === 'string' && p !== '');
  return { head: CHANGE_HEADS[change.kind] ?? 'changed', parts };
}
