import type { CompareOptions } from '@wirediff/match';

/** One input document as saved: the text the report's offsets point into, and its metadata. */
export interface StoredDocument {
  id?: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  text: string;
}

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
  documents: Array<{ id: string; title?: string; outlet?: string; characters: number; reusedShare: number }>;
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
 * without changing the routes.
 */
export interface ComparisonStore {
  /** Save atomically; resolves once the write is durable. */
  save(comparison: NewComparison): Promise<{ id: string; createdAt: string }>;
  get(id: string): Promise<SavedComparison | null>;
  /** Newest first. `cursor` comes from a previous page; an unknown cursor throws an ApiError (400). */
  list(options: { limit: number; cursor?: string | undefined }): Promise<ComparisonPage>;
  /** Whether something was deleted. */
  delete(id: string): Promise<boolean>;
  close(): void;
}
