import { dayText } from '../days.js';
import type { ArchiveStats } from '../types.js';
import type { DocumentMeta } from './archive-store.js';

/** A document's metadata columns as both stores name them. */
export interface MetaRow {
  doc: number;
  id: string;
  day: number;
  published_at: string | null;
  title: string | null;
  outlet: string | null;
  words: number;
  anchor_count: number;
  added_at: string;
}

/** The columns of `MetaRow`, for SELECT lists. */
export const META_COLUMNS: readonly string[] = ['doc', 'id', 'day', 'published_at', 'title', 'outlet', 'words', 'anchor_count', 'added_at'];

/**
 * A metadata row as `DocumentMeta` (absent columns left out, not null).
 * @example toMeta(row).key // row.doc
 */
export function toMeta(row: MetaRow): DocumentMeta {
  return {
    key: row.doc,
    id: row.id,
    day: row.day,
    words: row.words,
    anchorCount: row.anchor_count,
    addedAt: row.added_at,
    ...(row.title === null ? {} : { title: row.title }),
    ...(row.outlet === null ? {} : { outlet: row.outlet }),
    ...(row.published_at === null ? {} : { publishedAt: row.published_at }),
  };
}

/**
 * Stats from per-day counts, oldest day first.
 * @example statsFromDays([{ day: 10983, documents: 2, anchors: 180 }]).firstDay // '2000-01-27'
 */
export function statsFromDays(days: ReadonlyArray<{ day: number; documents: number; anchors: number }>): ArchiveStats {
  return {
    documents: days.reduce((sum, d) => sum + d.documents, 0),
    anchors: days.reduce((sum, d) => sum + d.anchors, 0),
    firstDay: days.length === 0 ? null : dayText(days[0]!.day),
    lastDay: days.length === 0 ? null : dayText(days.at(-1)!.day),
    days: days.map((d) => ({ day: dayText(d.day), documents: d.documents })),
  };
}
