import type { MatchKind } from '@wirediff/match';

/** Every kind, closest first (a local copy: the browser imports only types from the engine). */
export const KINDS: readonly MatchKind[] = ['verbatim', 'edited', 'paraphrase', 'partial'];

/** What each kind means, in the words the page uses. */
export const KIND_INFO: Record<MatchKind, { label: string; explain: string }> = {
  verbatim: { label: 'Verbatim', explain: 'the same words, copied as they are' },
  edited: { label: 'Edited', explain: 'the same sentence with words added, cut or swapped' },
  paraphrase: { label: 'Paraphrase', explain: 'the same statement in different words' },
  partial: { label: 'Partial', explain: 'a passage lifted into an otherwise different sentence' },
};

/**
 * Position of a kind from closest (0) to loosest (3).
 * @example rankKind('edited') // 1
 */
export function rankKind(kind: MatchKind): number {
  return KINDS.indexOf(kind);
}

/**
 * The closer of two kinds; `null` counts as no kind at all.
 * @example closerKind('partial', 'edited') // 'edited'
 */
export function closerKind(a: MatchKind | null, b: MatchKind): MatchKind {
  return a === null || rankKind(b) < rankKind(a) ? b : a;
}
