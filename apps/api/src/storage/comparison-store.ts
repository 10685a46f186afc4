import type { CompareOptions } from '@wirediff/match';
import type { ComparisonSummaryDocument, StoredDocument } from '../api-types.js';
import type { Scope } from '../scope.js';

export type { StoredDocument } from '../api-types.js';

/** What `save` takes: the input and the report, already serialised to JSON. */
export interface NewComparison {
  documents: StoredDocument[];
  options: CompareOptions;
  reportJson: string;
  /** Short per-document facts shown in listings (no text). */
  summary: ComparisonSummaryFacts;
}

/** Facts about a saved comparison that listings show without loading the texts. */
export interface ComparisonSummaryFacts {
  documents: ComparisonSummaryDocument[];
  matches: number;
  incomplete: boolean;
}

/** A listed comparison. */
export interface ComparisonSummary extends ComparisonSummaryFacts {
  id: string;
  createdAt: string;
}

/** A saved comparison read back in full. */
export interface SavedComparison {
  id: string;
  createdAt: string;
  documents: StoredDocument[];
  options: CompareOptions;
  reportJson: string;
}

/** One page of a listing, newest first; pass `nextCursor` back to get the next page. */
export interface ComparisonPage {
  items: ComparisonSummary[];
  nextCursor: string | null;
}

/**
 * Where saved comparisons live. Async so a server database can take over from SQLite
 * without changing the routes. Every call takes the request's scope (see scope.ts): a
 * comparison belongs to the key that saved it, and under another key it does not exist.
 */
export interface ComparisonStore {
  /** Save atomically under the scope's key; resolves once the write is durable. */
  save(comparison: NewComparison, scope: Scope): Promise<{ id: string; createdAt: string }>;
  /** The comparison, or null when there is none with this id in this scope. */
  get(id: string, scope: Scope): Promise<SavedComparison | null>;
  /** Newest first, this scope's only. `cursor` comes from a previous page; an unknown cursor throws an ApiError (400). */
  list(options: { limit: number; cursor?: string | undefined }, scope: Scope): Promise<ComparisonPage>;
  /** Whether something was deleted (nothing is, outside the scope). */
  delete(id: string, scope: Scope): Promise<boolean>;
  close(): void;
}
