import type { ArchiveStats, DedupResult, SourceHit, SourcesResult } from '@wirediff/archive';
import { MATCH_KINDS } from '@wirediff/match';
import { formatTable, type Align } from './text-table.js';

/** A share as a whole percentage, as the compare report prints them. */
function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** An archived article's outlet and title in one cell, shortened so the table fits a terminal. */
function describeHit(hit: { outlet?: string; title?: string }, width = 40): string {
  const text = [hit.outlet, hit.title].filter((part) => part !== undefined && part !== '').join(': ');
  if (text === '') return '-';
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

const EMPTY_CELLS = new Set(['-', '?']);

/** Leaves out the optional columns nobody has a value for (an archive of plain files has no outlets or dates). */
function dropEmptyColumns(rows: string[][], align: Align[], optional: readonly number[]): [string[][], { align: Align[] }] {
  const [, ...body] = rows;
  const drop = new Set(optional.filter((column) => body.every((row) => EMPTY_CELLS.has(row[column] ?? '-'))));
  const keep = (_: unknown, column: number): boolean => !drop.has(column);
  return [rows.map((row) => row.filter(keep)), { align: align.filter(keep) }];
}

const FIRST_WORDS: Record<SourceHit['first'], string> = { source: 'source', article: 'article', same: 'same time', unknown: '?' };

function kinds(hit: SourceHit): string {
  const byKind = hit.verification?.matchesByKind;
  if (byKind === undefined) return '-';
  const parts = MATCH_KINDS.filter((kind) => byKind[kind] > 0).map((kind) => `${byKind[kind]} ${kind}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/**
 * `wirediff archive sources`: the ranked hits in a table. Verified hits show compare()'s
 * reused shares; the rest the anchor estimate in parentheses. Below it, how to open one.
 * @example renderSourcesTable(result, { article: 'sun.txt' }).split('\n')[0] // '3 candidate sources of sun.txt (…)'
 */
export function renderSourcesTable(result: SourcesResult, context: { article: string; excluded?: string }): string {
  if (result.hits.length === 0) {
    return `No archived article shares text with ${context.article} (${result.anchors} anchors looked up${result.boilerplateAnchors > 0 ? `, ${result.boilerplateAnchors} of them boilerplate` : ''}).\n`;
  }
  const verified = result.hits.filter((hit) => hit.verification !== undefined).length;
  const header = ['#', 'id', 'outlet: title', 'published', 'article reused', 'source reused', 'matches', 'first', 'shared anchors', 'rare words'];
  const rows = result.hits.map((hit, index) => {
    const shares = hit.verification === undefined ? [`(${percent(hit.articleContainment)})`, `(${percent(hit.sourceContainment)})`] : [percent(hit.verification.articleReusedShare), percent(hit.verification.sourceReusedShare)];
    return [String(index + 1), hit.id, describeHit(hit), hit.publishedAt ?? '-', ...shares, kinds(hit), FIRST_WORDS[hit.first], String(hit.sharedAnchors), String(hit.sharedRareWords)];
  });
  const lines = [
    `${result.hits.length} candidate source${result.hits.length === 1 ? '' : 's'} of ${context.article}, best first (${verified} verified with compare; ${result.anchors} anchors${result.boilerplateAnchors > 0 ? `, ${result.boilerplateAnchors} boilerplate` : ''})`,
    '',
    formatTable(...dropEmptyColumns([header, ...rows], ['right', 'left', 'left', 'left', 'right', 'right', 'left', 'left', 'right', 'right'], [2, 3, 7])),
    '',
    'article reused: the share of the article found in the source; source reused: the share of the source found in the article.',
  ];
  if (verified < result.hits.length) lines.push('(In parentheses: estimated from shared anchors, not verified; --verify N checks more.)');
  if (context.excluded !== undefined) lines.push(`The article itself (${context.excluded}) is archived and left out.`);
  lines.push('', `Side by side: wirediff archive sources ${context.article} --open 1   (the compare report against hit 1)`, `Its text:     wirediff archive show '${result.hits[0]!.id}'`);
  return `${lines.join('\n')}\n`;
}

/**
 * `wirediff archive dedup`'s text: the window in figures, then every cluster (largest first)
 * with its origin and each member's reused share.
 * @example renderDedup(result).split('\n')[0] // '1718 articles, 2301 candidate pairs (655 verified with compare), 227 clusters of 2 or more'
 */
export function renderDedup(result: DedupResult): string {
  const clustered = result.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0);
  const lines = [
    `${result.documents} article${result.documents === 1 ? '' : 's'}, ${result.candidatePairs} candidate pairs (${result.verifiedPairs} verified with compare), ${result.clusters.length} cluster${result.clusters.length === 1 ? '' : 's'} of 2 or more holding ${clustered} articles`,
  ];
  for (const [index, cluster] of result.clusters.entries()) {
    lines.push('', `Cluster ${index + 1}: ${cluster.members.length} articles, origin ${cluster.origin}`);
    const rows = cluster.members.map((member) => [member.id === cluster.origin ? 'origin' : '', member.id, describeHit(member), member.publishedAt ?? '-', percent(member.reusedShare), member.id === cluster.origin ? '' : percent(member.containedInOrigin)]);
    const [kept, options] = dropEmptyColumns([['', 'id', 'outlet: title', 'published', 'reused', 'in origin'], ...rows], ['left', 'left', 'left', 'left', 'right', 'right'], [2, 3]);
    lines.push(formatTable(kept, { ...options, indent: '  ' }));
  }
  if (result.clusters.length > 0) lines.push('', 'reused: the share of the article found in the other members (from shared anchors); in origin: the share found in the origin.');
  return `${lines.join('\n')}\n`;
}

/**
 * `wirediff archive stats`' text.
 * @example renderStats({ documents: 2, anchors: 90, firstDay: '2000-01-27', lastDay: '2000-01-28', days: [...] }).split('\n')[0] // '2 articles, 90 anchors, 2000-01-27 to 2000-01-28'
 */
export function renderStats(stats: ArchiveStats, where: string): string {
  if (stats.documents === 0) return `The archive at ${where} is empty.\n`;
  const lines = [`${stats.documents} article${stats.documents === 1 ? '' : 's'}, ${stats.anchors} anchors, filed from ${stats.firstDay} to ${stats.lastDay} (${where})`, ''];
  lines.push(formatTable([['day', 'articles'], ...stats.days.map((day) => [day.day, String(day.documents)])], { align: ['left', 'right'] }));
  return `${lines.join('\n')}\n`;
}
