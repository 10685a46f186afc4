// The METER dev gold evaluation: which newspaper sentences the engine links to the PA
// sentences a careful reader says they came from, beside the word-overlap baseline.
//
// Input. Each gold article is compared with the PA takes its gold lists (`pa`), each take a
// separate document, all as the raw decoded files (what a user pasting them gives, and what the
// gold's offsets index): compare([article, take1, take2, …]). Matches between two takes are
// ignored. `takes: 'joined'` instead gives the takes as one document (joined by a blank line),
// for checking how much that changes; ranges are mapped back to their take.
//
// A link and its judging are defined in gold-links.ts: a match's newspaper sentences belong to
// the gold sentences they overlap most; a link is correct when its gold sentence is not `new`
// and its PA side covers one of that sentence's source spans (or the same normalised text in
// another take); a gold sentence is found when one of its links is correct.
//
// Figures (`scoreMeterGold`):
// - recall per label: found / sentences of that label ("found" as above);
// - precision over all links: correct judged links / judged links, a judged link being one
//   (gold sentence, match) pair, so a match spanning two gold sentences counts twice and a
//   sentence matched in two takes counts twice; a link to a `new` sentence is a false link;
// - sentence precision: linked sentences that are found / linked sentences;
// - the looser count (`touched`, see gold-links.ts): recall = touched sentences of a
//   label, precision = touched sentences labelled reuse / touched sentences;
// - F1 over reuse: recall over every non-`new` sentence with the link precision;
// - per engine kind: its links by the gold label of their sentence, and how many are correct.
// Every figure comes with and without the `doubtful` sentences (and their links).
import { compare as compareDocuments, MATCH_KINDS, type ComparisonReport, type DocumentInput, type MatchKind, type MatchSide } from '@wirediff/match';
import type { CompareFunction } from './compare-function.js';

export type { CompareFunction } from './compare-function.js';
import { GOLD_LABELS, loadMeterGold, type GoldArticle, type GoldLabel, type GoldSentence } from '../data/index.js';
import { judgeLinks, type JudgedLink, type ProposedLink, type TextRange } from './gold-links.js';
import { linkByWordOverlap, msrpJaccardThreshold } from './word-overlap-linker.js';

/** How the PA takes are given to the engine. */
export type TakesLayout = 'separate' | 'joined';

/** One gold sentence with the links that bear on it. */
export interface GoldSentenceResult {
  /** The gold article's id (`plane270_sun`). */
  article: string;
  story: string;
  sentence: GoldSentence;
  links: JudgedLink[];
  found: boolean;
  /** Some link's newspaper sentence overlaps it (the looser count). */
  touched: boolean;
}

/** Everything one linker (engine or baseline) did on the gold. */
export interface LinkerRun {
  sentences: GoldSentenceResult[];
  /** Links whose newspaper side overlaps no gold sentence (not judged). */
  unplaced: number;
  elapsedMs: number;
}

/** What `evaluateMeterGold` measured: per-sentence results of the engine and of the baseline. */
export interface MeterGoldResult {
  articles: GoldArticle[];
  takes: TakesLayout;
  engine: LinkerRun;
  baseline: LinkerRun;
  /** The baseline's Jaccard link threshold (accuracy-optimal on MSRP train). */
  baselineThreshold: number;
}

/** Sentences of one label: how many, how many found, linked at all, touched by a link. */
export interface LabelCount {
  total: number;
  found: number;
  linked: number;
  touched: number;
}

/** One engine kind's links, by the gold label of their sentence. */
export interface KindCount {
  links: number;
  correct: number;
  onLabel: Record<GoldLabel, number>;
}

/** The gold figures of one linker over a set of sentences. */
export interface GoldScores {
  sentences: number;
  byLabel: Record<GoldLabel, LabelCount>;
  /** Every non-`new` sentence. */
  reuse: LabelCount;
  links: number;
  correctLinks: number;
  /** correctLinks / links (1 when there are no links). */
  precision: number;
  linkedSentences: number;
  /** Found / linked sentences (1 when none is linked). */
  sentencePrecision: number;
  /** Of reuse recall and link precision. */
  f1: number;
  touchedSentences: number;
  /** Touched sentences labelled reuse / touched sentences: the precision (1 when none). */
  touchedPrecision: number;
  byKind: Record<MatchKind, KindCount>;
}

/**
 * The links of one gold article in the engine's report: every match between the article
 * (document 0) and a take, its PA side's ranges mapped to the take they lie in.
 */
function reportLinks(report: ComparisonReport, takeOf: (document: number, range: TextRange) => { take: number; range: TextRange }): ProposedLink[] {
  const ranges = (side: MatchSide): TextRange[] =>
    side.sentences.map((index) => report.documents[side.document]!.sentences[index]!).map((sentence): TextRange => [sentence.start, sentence.end]);
  const links: ProposedLink[] = [];
  for (const match of report.matches) {
    const paperSide = match.sides.find((side) => side.document === 0);
    const paSide = match.sides.find((side) => side.document !== 0);
    if (paperSide === undefined || paSide === undefined) continue;
    const pa = ranges(paSide).map((range) => takeOf(paSide.document, range));
    const take = pa[0]?.take ?? 0;
    links.push({ kind: match.kind, score: match.score, paper: ranges(paperSide), take, pa: pa.filter((part) => part.take === take).map((part) => part.range) });
  }
  return links;
}

const TAKE_SEPARATOR = '\n\n';

/**
 * The engine's links for one gold article: compare() on the raw article and its takes.
 * @example engineLinks(loadMeterGold()[0]!, compare, 'separate').length
 */
export function engineLinks(article: GoldArticle, compare: CompareFunction, takes: TakesLayout = 'separate'): ProposedLink[] {
  const paper: DocumentInput = { id: article.id, text: article.text };
  if (takes === 'separate') {
    const report = compare([paper, ...article.takes.map((take) => ({ id: take.file, text: take.text }))]);
    return reportLinks(report, (document, range) => ({ take: document - 1, range }));
  }
  const starts: number[] = [];
  let offset = 0;
  for (const take of article.takes) {
    starts.push(offset);
    offset += take.text.length + TAKE_SEPARATOR.length;
  }
  const report = compare([paper, { id: 'takes', text: article.takes.map((take) => take.text).join(TAKE_SEPARATOR) }]);
  return reportLinks(report, (_, [start, end]) => {
    let take = starts.length - 1;
    while (take > 0 && starts[take]! > start) take--;
    const base = starts[take]!;
    return { take, range: [start - base, Math.min(end, base + article.takes[take]!.text.length) - base] };
  });
}

function runLinker(articles: readonly GoldArticle[], linksOf: (article: GoldArticle) => ProposedLink[]): LinkerRun {
  const started = performance.now();
  const sentences: GoldSentenceResult[] = [];
  let unplaced = 0;
  for (const article of articles) {
    const judged = judgeLinks(article, linksOf(article));
    unplaced += judged.unplaced.length;
    for (const judgement of judged.sentences) {
      sentences.push({ article: article.id, story: article.story, sentence: article.sentences[judgement.sentence]!, links: judgement.links, found: judgement.found, touched: judgement.touched });
    }
  }
  return { sentences, unplaced, elapsedMs: performance.now() - started };
}

/**
 * Runs the engine (or `compare`, any engine with its signature) and the word-overlap baseline
 * on the METER dev gold, keeping every sentence's links and verdicts. `stories` keeps those
 * story keys only, so a weight fit can be judged on the stories it did not see.
 * @example const { engine } = evaluateMeterGold(); scoreMeterGold(engine.sentences).byLabel.paraphrase.found
 * @example evaluateMeterGold({ stories: ['showbiz/21.06.00/madeley'], compare: (documents) => compare(documents, { minScore: 0.5 }) })
 */
export function evaluateMeterGold({
  stories,
  articles = loadMeterGold(stories === undefined ? {} : { stories }),
  compare = compareDocuments,
  takes = 'separate',
  baselineThreshold = msrpJaccardThreshold(),
}: { stories?: readonly string[]; articles?: readonly GoldArticle[]; compare?: CompareFunction; takes?: TakesLayout; baselineThreshold?: number } = {}): MeterGoldResult {
  const kept = stories === undefined ? articles : articles.filter((article) => stories.includes(article.story));
  return {
    articles: [...kept],
    takes,
    engine: runLinker(kept, (article) => engineLinks(article, compare, takes)),
    baseline: runLinker(kept, (article) => linkByWordOverlap(article.text, article.takes.map((take) => take.text), baselineThreshold)),
    baselineThreshold,
  };
}

const emptyLabelCount = (): LabelCount => ({ total: 0, found: 0, linked: 0, touched: 0 });
const byLabel = <T>(make: () => T): Record<GoldLabel, T> => Object.fromEntries(GOLD_LABELS.map((label) => [label, make()])) as Record<GoldLabel, T>;

/**
 * The gold figures (see the head of this module) over a set of sentence results; `doubtful:
 * false` leaves out the doubtful sentences and their links.
 * @example scoreMeterGold(result.engine.sentences, { doubtful: false }).precision
 */
export function scoreMeterGold(results: readonly GoldSentenceResult[], { doubtful = true }: { doubtful?: boolean } = {}): GoldScores {
  const kept = doubtful ? results : results.filter((result) => !result.sentence.doubtful);
  const counts = byLabel(emptyLabelCount);
  const reuse = emptyLabelCount();
  const byKind = Object.fromEntries(MATCH_KINDS.map((kind) => [kind, { links: 0, correct: 0, onLabel: byLabel(() => 0) }])) as Record<MatchKind, KindCount>;
  let links = 0;
  let correctLinks = 0;
  let linkedSentences = 0;
  let foundSentences = 0;
  let touchedSentences = 0;
  for (const { sentence, links: judged, found, touched } of kept) {
    const count = counts[sentence.label];
    const isReuse = sentence.label !== 'new';
    count.total++;
    if (isReuse) reuse.total++;
    if (found) {
      count.found++;
      reuse.found++;
      foundSentences++;
    }
    if (touched) {
      count.touched++;
      if (isReuse) reuse.touched++;
      touchedSentences++;
    }
    if (judged.length > 0) {
      count.linked++;
      if (isReuse) reuse.linked++;
      linkedSentences++;
    }
    for (const { link, correct } of judged) {
      links++;
      const kind = byKind[link.kind];
      kind.links++;
      kind.onLabel[sentence.label]++;
      if (correct) {
        correctLinks++;
        kind.correct++;
      }
    }
  }
  const precision = links === 0 ? 1 : correctLinks / links;
  const recall = reuse.total === 0 ? 0 : reuse.found / reuse.total;
  return {
    sentences: kept.length,
    byLabel: counts,
    reuse,
    links,
    correctLinks,
    precision,
    linkedSentences,
    sentencePrecision: linkedSentences === 0 ? 1 : foundSentences / linkedSentences,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    touchedSentences,
    touchedPrecision: touchedSentences === 0 ? 1 : reuse.touched / touchedSentences,
    byKind,
  };
}

/**
 * The results grouped by story (in the gold's order), for a per-story breakdown.
 * @example [...byStory(result.engine.sentences).keys()] // ['courts/02.11.99/plane', …]
 */
export function byStory(results: readonly GoldSentenceResult[]): Map<string, GoldSentenceResult[]> {
  const groups = new Map<string, GoldSentenceResult[]>();
  for (const result of results) groups.set(result.story, [...(groups.get(result.story) ?? []), result]);
  return groups;
}
