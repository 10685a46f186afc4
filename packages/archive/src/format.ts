import type { DedupResult } from './types.js';

/** Output formats of `formatDedup`. */
export type DedupFormat = 'jsonl' | 'csv';

const CSV_COLUMNS = ['cluster', 'size', 'origin', 'is_origin', 'id', 'outlet', 'published_at', 'reused_share', 'contained_in_origin', 'title'] as const;
const NEEDS_QUOTES = /[",\r\n]/u;
// A cell starting with one of these is run as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/u;

function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Dedup clusters as lines of text, each ending in `\n`, for a file or a streamed response
 * (the CLI and the API write the same bytes): `jsonl` gives one cluster per line
 * (`{ cluster, size, origin, members }`); `csv` one row per member under a header, clusters in
 * order, origin first. Kept in the package so the two surfaces cannot drift apart.
 * @example for (const line of formatDedup(result, 'csv')) process.stdout.write(line);
 */
export function* formatDedup(result: DedupResult, format: DedupFormat): Generator<string> {
  if (format !== 'jsonl' && format !== 'csv') throw new RangeError(`formatDedup: format must be 'jsonl' or 'csv', got ${JSON.stringify(format)}`);
  if (format === 'jsonl') {
    for (const [index, cluster] of result.clusters.entries()) {
      yield `${JSON.stringify({ cluster: index + 1, size: cluster.members.length, origin: cluster.origin, members: cluster.members })}\n`;
    }
    return;
  }
  yield `${CSV_COLUMNS.join(',')}\n`;
  for (const [index, cluster] of result.clusters.entries()) {
    for (const member of cluster.members) {
      const cells = [index + 1, cluster.members.length, cluster.origin, member.id === cluster.origin, member.id, member.outlet, member.publishedAt, member.reusedShare, member.containedInOrigin, member.title];
      yield `${cells.map(csvCell).join(',')}\n`;
    }
  }
}
