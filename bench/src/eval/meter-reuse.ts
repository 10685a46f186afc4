import { compare, MATCH_KINDS, type MatchKind } from '@wirediff/match';
import { joinWireTakes, listMeterStories, loadMeterStory, sampleMeterStories, type MeterStory } from '../data/index.js';
import { percent, sideText } from './report-text.js';
import { pearson } from './statistics.js';

/** How much of one newspaper article wirediff finds reused from its story's wire takes. */
export interface ArticleReuse {
  story: string;
  newspaper: string;
  file: string;
  sentences: number;
  reusedSentences: number;
  /** wirediff: share of the article's characters in reused sentences. */
  reusedShare: number;
  /** Baseline: share of the article's word trigrams that occur in the wire (Clough et al.'s METER measure). */
  trigramContainment: number;
  byKind: Record<MatchKind, number>;
}

/** One match printed for reading. */
export interface MeterExample {
  story: string;
  newspaper: string;
  kind: MatchKind;
  score: number;
  wire: string;
  article: string;
}

/** Everything `evaluateMeterReuse` measured. */
export interface MeterReuseResult {
  stories: string[];
  articles: ArticleReuse[];
  examples: MeterExample[];
  elapsedMs: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function trigrams(text: string): string[] {
  const words = Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);
  const grams: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) grams.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

/**
 * Share of `text`'s word trigrams (lower-cased, with repeats) that also occur in `source`.
 * @example trigramContainment('the cat sat down', 'the cat sat up') // 0.5
 */
export function trigramContainment(text: string, source: string): number {
  const grams = trigrams(text);
  if (grams.length === 0) return 0;
  const known = new Set(trigrams(source));
  return grams.filter((gram) => known.has(gram)).length / grams.length;
}


/**
 * For a deterministic sample of METER story folders, compares each newspaper article with
 * its folder's wire takes (concatenated) and keeps the article's reuse figures, plus up to
 * `examplesPerKind` matches of each kind for reading.
 * @example evaluateMeterReuse({ count: 20 }).articles.length // ~70
 */
export function evaluateMeterReuse({ count = 20, examplesPerKind = 2, stories }: { count?: number; examplesPerKind?: number; stories?: readonly MeterStory[] } = {}): MeterReuseResult {
  const started = performance.now();
  const sample = stories ?? sampleMeterStories(listMeterStories(), count).map((ref) => loadMeterStory(ref));
  const articles: ArticleReuse[] = [];
  const examples: MeterExample[] = [];
  for (const story of sample) {
    const wire = joinWireTakes(story);
    for (const article of story.newspapers) {
      const texts = [wire, article.text];
      const report = compare([{ id: 'wire', outlet: 'PA', text: wire }, { id: article.file, outlet: article.newspaper, text: article.text }]);
      const stats = report.documents[1]!.stats;
      articles.push({
        story: story.key,
        newspaper: article.newspaper,
        file: article.file,
        sentences: stats.sentences,
        reusedSentences: stats.reusedSentences,
        reusedShare: stats.reusedShare,
        trigramContainment: trigramContainment(article.text, wire),
        byKind: { ...stats.byKind },
      });
      for (const match of report.matches) {
        if (examples.filter((example) => example.kind === match.kind).length >= examplesPerKind) continue;
        // One example per article, so the printed ones come from different papers and stories.
        if (examples.some((example) => example.story === story.key && example.newspaper === article.newspaper)) continue;
        const wireSide = match.sides.find((side) => side.document === 0) ?? match.sides[0];
        const articleSide = match.sides.find((side) => side.document === 1) ?? match.sides[1];
        examples.push({ story: story.key, newspaper: article.newspaper, kind: match.kind, score: match.score, wire: sideText(report, texts, wireSide), article: sideText(report, texts, articleSide) });
      }
    }
  }
  examples.sort((a, b) => MATCH_KINDS.indexOf(a.kind) - MATCH_KINDS.indexOf(b.kind));
  return { stories: sample.map((story) => story.key), articles, examples, elapsedMs: performance.now() - started };
}

/** One newspaper's line in the summary. */
export interface NewspaperSummary {
  newspaper: string;
  articles: number;
  meanReusedShare: number;
  meanTrigramContainment: number;
  byKind: Record<MatchKind, number>;
}

/**
 * Per-newspaper means over its articles, most reuse first (ties by name).
 * @example summariseByNewspaper(result.articles)[0]?.newspaper // 'star'
 */
export function summariseByNewspaper(articles: readonly ArticleReuse[]): NewspaperSummary[] {
  const groups = new Map<string, ArticleReuse[]>();
  for (const article of articles) groups.set(article.newspaper, [...(groups.get(article.newspaper) ?? []), article]);
  return [...groups.entries()]
    .map(([newspaper, group]) => {
      const byKind: Record<MatchKind, number> = { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 };
      for (const article of group) for (const kind of MATCH_KINDS) byKind[kind] += article.byKind[kind];
      return {
        newspaper,
        articles: group.length,
        meanReusedShare: group.reduce((sum, article) => sum + article.reusedShare, 0) / group.length,
        meanTrigramContainment: group.reduce((sum, article) => sum + article.trigramContainment, 0) / group.length,
        byKind,
      };
    })
    .sort((a, b) => b.meanReusedShare - a.meanReusedShare || a.newspaper.localeCompare(b.newspaper));
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`);
}

/**
 * The METER section of `npm run eval`: per-article figures, the per-newspaper summary beside
 * the trigram-containment baseline, and the example matches.
 * @example formatMeterReuse(evaluateMeterReuse())
 */
export function formatMeterReuse(result: MeterReuseResult): string {
  const { articles } = result;
  const lines = [`METER (../shared/datasets/meter): ${articles.length} newspaper articles from ${result.stories.length} sampled story folders, each against its folder's wire takes`];
  lines.push(`  stories: ${result.stories.join(', ')}`, '');
  lines.push('  Per article (reused = wirediff share of characters in reused sentences; 3-gram = baseline word-trigram containment)');
  lines.push(
    ...table([
      ['story', 'newspaper', 'sentences', 'reused sent.', 'reused', '3-gram', ...MATCH_KINDS],
      ...articles.map((article) => [article.story, article.newspaper, String(article.sentences), String(article.reusedSentences), percent(article.reusedShare), percent(article.trigramContainment), ...MATCH_KINDS.map((kind) => String(article.byKind[kind]))]),
    ]),
  );
  lines.push('', '  Per newspaper (means over its articles)');
  const summary = summariseByNewspaper(articles);
  const all = summariseByNewspaper(articles.map((article) => ({ ...article, newspaper: 'all' })))[0];
  lines.push(
    ...table([
      ['newspaper', 'articles', 'reused', '3-gram', ...MATCH_KINDS],
      ...[...summary, ...(all ? [all] : [])].map((row) => [row.newspaper, String(row.articles), percent(row.meanReusedShare), percent(row.meanTrigramContainment), ...MATCH_KINDS.map((kind) => String(row.byKind[kind]))]),
    ]),
  );
  const r = pearson(articles.map((article) => article.reusedShare), articles.map((article) => article.trigramContainment));
  lines.push(`  Pearson(wirediff reused share, 3-gram containment) over articles: ${r.toFixed(3)}; ${(result.elapsedMs / 1000).toFixed(1)} s for ${articles.length} comparisons`);
  lines.push('', '  Example matches (wire -> newspaper)');
  for (const example of result.examples) {
    lines.push(`  ${example.kind} ${example.score.toFixed(3)}  ${example.story}, ${example.newspaper}`);
    lines.push(`    wire:  ${example.wire}`);
    lines.push(`    paper: ${example.article}`);
  }
  return lines.join('\n');
}
