import type { MatchKind } from '../types.js';
import type { PairEvidence } from './pair-evidence.js';

/**
 * `edited` (vs paraphrase/partial), first way: token edit similarity >= 0.6, i.e. at most 40% of
 * the longer sentence's tokens were added, cut or swapped, so most words stay where they were
 * (an updated figure, a changed attribution, a few words trimmed).
 */
export const EDITED_MIN_EDIT_SIMILARITY = 0.6;
/**
 * `edited`, second way (a trimmed or extended sentence): at least 90% of the shorter sentence
 * appears in the same order in the longer one...
 */
export const EDITED_MIN_KEPT_IN_ORDER = 0.9;
/** ...and the shorter keeps at least half of the longer's length (less is a lifted passage: partial). */
export const EDITED_MIN_LENGTH_RATIO = 0.5;
/**
 * `edited`, third way (words moved): each side's words are on the other side, by exact stem
 * (weighted containment of the less-contained side, function words counting little), and no
 * content word is left over. "On Tuesday the council approved the plan" is the same sentence
 * as "The council approved the plan on Tuesday" with a phrase moved: the long shared run in it
 * is not a passage lifted into an otherwise different sentence.
 */
export const EDITED_MIN_MOVED_CONTAINMENT = 0.9;
/** `partial`: a shared run of this many content-bearing tokens is a lifted clause or quote... */
export const PARTIAL_MIN_CONTENT_RUN = 6;
/** ...as is a run of this many tokens with PARTIAL_MIN_CLAUSE_CONTENT content tokens in it... */
export const PARTIAL_MIN_CLAUSE_RUN = 8;
export const PARTIAL_MIN_CLAUSE_CONTENT = 4;
/** ...or a run covering this share of the shorter sentence... */
export const PARTIAL_MIN_SHORTER_SHARE = 0.5;
/** ...provided it holds this many content tokens (so "he said on Monday" lifts nothing). */
export const PARTIAL_MIN_SHARED_CONTENT = 3;

/**
 * A shared run is a lifted passage only inside sentences that otherwise differ. When each side's
 * words (synonyms counted, weighted) are at least this much on the other side and the pair scores
 * as reuse, the two say the same thing and the run is just part of it: a restructured or split
 * sentence is a paraphrase, not a partial. Measured on our cases: restructured pairs sit at
 * 0.92-0.96, re-framed quotes and lifted clauses at 0.37-0.49.
 */
export const SAME_STATEMENT_MIN_CONTAINMENT = 0.8;

/**
 * Whether the pair shares a lifted passage, whatever the rest of the sentences say.
 * @example hasPartialRun(evidence)
 */
export function hasPartialRun(evidence: PairEvidence): boolean {
  if (evidence.longestContentRun >= PARTIAL_MIN_CONTENT_RUN) return true;
  if (evidence.longestRun >= PARTIAL_MIN_CLAUSE_RUN && evidence.longestContentRun >= PARTIAL_MIN_CLAUSE_CONTENT) return true;
  return (
    evidence.longestContentRun >= PARTIAL_MIN_SHARED_CONTENT &&
    evidence.longestRun >= PARTIAL_MIN_SHORTER_SHARE * evidence.shorterLength
  );
}

/**
 * Whether the pair is one sentence with words added, cut or swapped.
 * @example isEdited(evidence)
 */
export function isEdited(evidence: PairEvidence): boolean {
  if (evidence.editSimilarity >= EDITED_MIN_EDIT_SIMILARITY) return true;
  if (evidence.extraContentMax === 0 && evidence.minContainment >= EDITED_MIN_MOVED_CONTAINMENT) return true;
  return (
    evidence.shorterLength > 0 &&
    evidence.commonSubsequence >= EDITED_MIN_KEPT_IN_ORDER * evidence.shorterLength &&
    evidence.shorterLength >= EDITED_MIN_LENGTH_RATIO * evidence.longerLength
  );
}

/**
 * The kind of a non-verbatim pair from its evidence and score; null when it is not reuse.
 * Edited first (the same sentence changed in place). Otherwise a shared verbatim run makes it
 * partial (unless the rest of both sentences says the same thing too): copying a passage is not
 * rewording. Otherwise, above the threshold, the same
 * statement in other words: paraphrase. Below the threshold, only an edit or a lifted run is
 * reuse (an edited pair can score low when, say, its figures changed).
 * @example classifyKind(evidence, 0.9, REUSE_THRESHOLD) // 'edited'
 */
export function classifyKind(evidence: PairEvidence, score: number, threshold: number): MatchKind | null {
  const partialRun = hasPartialRun(evidence);
  if (isEdited(evidence) && (score >= threshold || partialRun)) return 'edited';
  const sameStatement = score >= threshold && evidence.synonymMinContainment >= SAME_STATEMENT_MIN_CONTAINMENT;
  if (partialRun && !sameStatement) return 'partial';
  return score >= threshold ? 'paraphrase' : null;
}
