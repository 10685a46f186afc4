import type { Archive, CompareFunction } from '@wirediff/archive';
import type { MeterFeed, MeterFeedItem } from './meter-feed.js';

/** A newspaper article that shares text with its wire takes, and where its sources ranked. */
export interface SourcesCase {
  id: string;
  /** compare()'s reused share of the article against its story's takes joined. */
  wireShare: number;
  /** 1-based rank of the first PA take of its own story among the hits, or null when none is in the top `limit`. */
  rank: number | null;
}

/** METER source search: how often a PA take of the article's own story is in the top 3. */
export interface SourcesEval {
  /** Newspaper articles that share text with their wire (compare's reused share >= `minShare`). */
  sharing: number;
  top1: number;
  top3: number;
  /** The sharing articles whose take was not in the top 3, for reading. */
  misses: SourcesCase[];
  /** Articles below `minShare`: written without the wire, or nearly. */
  notSharing: number;
}

/**
 * Which newspaper articles share text with their story's PA takes, by compare() against the
 * takes joined (independent of the fingerprints under test).
 * @example wireShares(feed, compare).get('np/courts/…') // 0.42
 */
export function wireShares(feed: MeterFeed, compare: CompareFunction): Map<string, number> {
  const byId = new Map(feed.items.map((item) => [item.id, item]));
  const shares = new Map<string, number>();
  for (const [id, sources] of feed.sourcesOf) {
    const article = byId.get(id)!;
    const wire = sources.map((source) => byId.get(source)!.text).join('\n\n');
    shares.set(id, compare([{ text: article.text }, { text: wire }]).documents[0]!.stats.reusedShare);
  }
  return shares;
}

/**
 * Asks the archive for each sharing article's sources published before it (its own story's
 * newspapers, printed the same morning, are not candidates) and ranks the first PA take.
 * @example await evaluateSources(archive, feed, shares, { minShare: 0.2 })
 */
export async function evaluateSources(archive: Archive, feed: MeterFeed, shares: Map<string, number>, options: { minShare: number; limit?: number; verify?: number }): Promise<SourcesEval> {
  const byId = new Map(feed.items.map((item) => [item.id, item]));
  const result: SourcesEval = { sharing: 0, top1: 0, top3: 0, misses: [], notSharing: 0 };
  for (const [id, sources] of feed.sourcesOf) {
    const wireShare = shares.get(id) ?? 0;
    if (wireShare < options.minShare) {
      result.notSharing += 1;
      continue;
    }
    result.sharing += 1;
    const article = byId.get(id)!;
    const { hits } = await archive.sources({ text: article.text, publishedAt: article.publishedAt }, { limit: options.limit ?? 10, ...(options.verify === undefined ? {} : { verify: options.verify }), before: article.publishedAt, excludeId: id });
    const own = new Set(sources);
    const at = hits.findIndex((hit) => own.has(hit.id));
    const rank = at < 0 ? null : at + 1;
    if (rank === 1) result.top1 += 1;
    if (rank !== null && rank <= 3) result.top3 += 1;
    else result.misses.push({ id, wireShare, rank });
  }
  return result;
}

/** Dedup against the story labels. */
export interface DedupEval {
  clusters: number;
  clusteredDocuments: number;
  /** Sum over clusters of the largest story's members, over all clustered METER members. */
  purity: number;
  /** Clusters holding more than one story, with their stories, for reading. */
  impure: Array<{ size: number; stories: Record<string, number> }>;
  /** Share of METER documents that share text with their story placed in that story's main cluster. */
  completeness: number;
  /** Clusters whose origin is a PA take, among clusters holding a take. */
  originIsWire: number;
  clustersWithWire: number;
  /** Distractors that ended up in a cluster (with METER texts or among themselves). */
  clusteredDistractors: number;
  distractorOnlyClusters: number;
}

/**
 * Per-story purity of dedup clusters: for each cluster the share of its METER members from its
 * largest story, weighted by size (distractors counted apart).
 * @example evaluateDedup(result, labels).purity // 0.97
 */
export function evaluateDedup(result: { clusters: ReadonlyArray<{ origin: string; members: ReadonlyArray<{ id: string }> }> }, labels: Map<string, MeterFeedItem>, sharing: Set<string>): DedupEval {
  let majority = 0;
  let members = 0;
  let clusteredDistractors = 0;
  let distractorOnlyClusters = 0;
  let originIsWire = 0;
  let clustersWithWire = 0;
  const impure: DedupEval['impure'] = [];
  const mainCluster = new Map<string, { index: number; size: number }>();
  const clusterOf = new Map<string, number>();
  result.clusters.forEach((cluster, index) => {
    const stories: Record<string, number> = {};
    let meter = 0;
    let hasWire = false;
    for (const member of cluster.members) {
      const label = labels.get(member.id);
      if (label === undefined) {
        clusteredDistractors += 1;
        continue;
      }
      meter += 1;
      stories[label.story] = (stories[label.story] ?? 0) + 1;
      if (label.kind === 'wire') hasWire = true;
      clusterOf.set(member.id, index);
    }
    if (meter === 0) {
      distractorOnlyClusters += 1;
      return;
    }
    const top = Math.max(...Object.values(stories));
    majority += top;
    members += meter;
    if (Object.keys(stories).length > 1) impure.push({ size: cluster.members.length, stories });
    for (const [story, count] of Object.entries(stories)) {
      if ((mainCluster.get(story)?.size ?? 0) < count) mainCluster.set(story, { index, size: count });
    }
    if (hasWire) {
      clustersWithWire += 1;
      if (labels.get(cluster.origin)?.kind === 'wire') originIsWire += 1;
    }
  });
  let placed = 0;
  for (const id of sharing) {
    const label = labels.get(id)!;
    if (clusterOf.get(id) === mainCluster.get(label.story)?.index && clusterOf.has(id)) placed += 1;
  }
  return {
    clusters: result.clusters.length,
    clusteredDocuments: members + clusteredDistractors,
    purity: members === 0 ? 0 : majority / members,
    impure: impure.sort((a, b) => b.size - a.size),
    completeness: sharing.size === 0 ? 0 : placed / sharing.size,
    originIsWire,
    clustersWithWire,
    clusteredDistractors,
    distractorOnlyClusters,
  };
}
