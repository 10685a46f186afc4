import type { MatchKind } from '../types.js';
import type { PairEvidence } from './pair-evidence.js';

/**
 * `edited` vs `paraphrase`: at least half of the longer sentence's tokens stay in place (token
 * edit similarity >= 0.5), i.e. fewer words were added, cut or swapped than kept. Trimmed wire
 * copy, a changed attribution or an updated figure stay above it; rewording (synonyms plus
 * reordering) falls below it.
 */
export const EDITED_MIN_EDIT_SIMILARITY = 0.5;
/** `partial`: a shared run of this many content-bearing tokens is a lifted clause or quote... */
export const PARTIAL_MIN_CONTENT_RUN = 6;
/** ...or a run covering this share of the shorter sentence... */
export const PARTIAL_MIN_SHORTER_SHARE = 0.5;
/** ...provided it holds this many content tokens (so "he said on Monday" lifts nothing). */
export const PARTIAL_MIN_SHARED_CONTENT = 3;

/**
 * Whether the pair shares a lifted passage, whatever the rest of the sentences say.
 * @example hasPartialRun(evidence)
 */
export function hasPartialRun(evidence: PairEvidence): boolean {
  if (evidence.longestContentRun >= PARTIAL_MIN_CONTENT_RUN) return true;
  return (
    evidence.longestContentRun >= PARTIAL_MIN_SHARED_CONTENT &&
    evidence.longestRun >= PARTIAL_MIN_SHORTER_SHARE * evidence.shorterLength
  );
}

/**
 * The kind of a non-verbatim pair from its evidence and score; null when it is not reuse.
 * Above the threshold the pair states the same thing: edited when mostly kept in place, else
 * paraphrase. Below it, a lifted run still makes it reuse: edited when the sentences are the
 * same sentence with a detail changed (e.g. an updated number), otherwise partial.
 * @example classifyKind(evidence, 0.9, REUSE_THRESHOLD) // 'edited'
 */
export function classifyKind(evidence: PairEvidence, score: number, threshold: number): MatchKind | null {
  const keptInPlace = evidence.editSimilarity >= EDITED_MIN_EDIT_SIMILARITY;
  if (score >= threshold) return keptInPlace ? 'edited' : 'paraphrase';
  if (!hasPartialRun(evidence)) return null;
  return keptInPlace ? 'edited' : 'partial';
}
