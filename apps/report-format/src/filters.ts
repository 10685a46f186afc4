import type { MatchKind } from '@wirediff/match';

/** Which sentences to show. */
export type ShowMode = 'all' | 'reused' | 'added';

/** The filters a reader sets; every one applies on the client, without a new request. */
export interface Filters {
  show: ShowMode;
  kinds: Record<MatchKind, boolean>;
  /** Matches scoring below this are treated as absent (0..1). */
  minScore: number;
}

/** Everything visible. */
export const DEFAULT_FILTERS: Filters = {
  show: 'all',
  kinds: { verbatim: true, edited: true, paraphrase: true, partial: true },
  minScore: 0,
};
