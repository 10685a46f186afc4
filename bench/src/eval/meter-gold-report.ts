import { MATCH_KINDS, similarity as similarityOf, type SimilarityResult } from '@wirediff/match';
import { segment } from '@wirediff/text';
import { GOLD_LABELS, type GoldArticle, type GoldLabel } from '../data/index.js';
import type { JudgedLink, TextRange } from './gold-links.js';
import { byStory, scoreMeterGold, type GoldScores, type GoldSentenceResult, type MeterGoldResult } from './meter-gold.js';
import { jaccardWords } from './msrp.js';

/** Any sentence scorer with `similarity`'s signature, for the misses' "how close was it". */
export type SimilarityFunction = (a: string, b: string) => SimilarityResult;

const WIRE_LINE_MARKER = /<[ \t]*(?=\r?\n|$)/gu;
const CONTROL = /[\u0000-\u001f\u007f]/gu;
const SPACE_RUN = /\s+/gu;
// A false link's PA sentence counts as another take's restatement of a gold source above this
// word Jaccard: informational only, the link stays false.
const RESTATEMENT_JACCARD = 0.5;

/**
 * Raw METER text on one line for reading: `<` markers, ^Y codes and hard wraps gone.
 * @example readable('Body\r\ntext.<\r\n\u0019') // 'Body text.'
 */
export function readable(text: string): string {
  return text.replace(WIRE_LINE_MARKER, ' ').replace(CONTROL, ' ').replace(SPACE_RUN, ' ').trim();
}

const slice = (text: string, [start, end]: TextRange): string => readable(text.slice(start, end));
const of = (count: { found: number; total: number }): string => `${count.found} of ${count.total}`;
const f3 = (value: number): string => value.toFixed(3);

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`);
}

function scoreColumns(scores: GoldScores): string[] {
  const label = (name: GoldLabel): string => {
    const count = scores.byLabel[name];
    return `${of(count)} (${count.linked}; ${count.touched})`;
  };
  return [
    label('verbatim'),
    label('edited'),
    label('paraphrase'),
    `${of(scores.reuse)} (${scores.reuse.linked}; ${scores.reuse.touched})`,
    `${scores.byLabel.new.linked} of ${scores.byLabel.new.total} (${scores.byLabel.new.touched})`,
    `${f3(scores.precision)} (${scores.correctLinks}/${scores.links})`,
    f3(scores.sentencePrecision),
    f3(scores.f1),
    `${f3(scores.touchedPrecision)} (${scores.reuse.touched}/${scores.touchedSentences})`,
  ];
}

const SCORE_ROWS = [
  'verbatim found (linked; touched)',
  'edited found (linked; touched)',
  'paraphrase found (linked; touched)',
  'all reuse found (linked; touched)',
  'new sentences linked (touched)',
  'precision over links',
  'sentence precision (found / linked)',
  'F1 over reuse',
  "issue's precision (touched reuse / touched)",
];

function kindRows(scores: GoldScores): string[][] {
  return MATCH_KINDS.map((kind) => {
    const count = scores.byKind[kind];
    const reuse = count.links - count.onLabel.new;
    return [
      kind,
      String(count.links),
      String(count.correct),
      ...GOLD_LABELS.map((label) => String(count.onLabel[label])),
      count.links === 0 ? '-' : f3(reuse / count.links),
      count.links === 0 ? '-' : f3(count.correct / count.links),
    ];
  });
}

/**
 * The METER dev gold section of `npm run eval`: engine beside baseline, with and without the
 * doubtful sentences, the engine's kinds against the labels, and a per-story breakdown.
 * @example formatMeterGold(evaluateMeterGold())
 */
export function formatMeterGold(result: MeterGoldResult, { detailsFile }: { detailsFile?: string } = {}): string {
  const stories = [...byStory(result.engine.sentences).keys()];
  const lines = [
    `METER dev gold (../shared/datasets/meter-dev-gold.json): ${result.articles.length} articles from ${stories.length} stories, ${result.engine.sentences.length} sentences; each article against its story's PA takes (${result.takes === 'separate' ? 'one document per take' : 'joined into one document'}), raw files`,
    `  baseline: each newspaper sentence linked to its PA sentence of highest word Jaccard when >= ${f3(result.baselineThreshold)} (accuracy-optimal on MSRP train)`,
    '  found = linked to one of its gold source PA sentences; linked = has a link; touched = overlapped by any linked sentence (the issue\'s count, PA side unchecked)',
    '',
  ];
  const columns = [true, false].map((doubtful) => ({
    doubtful,
    engine: scoreMeterGold(result.engine.sentences, { doubtful }),
    baseline: scoreMeterGold(result.baseline.sentences, { doubtful }),
  }));
  const [all, sure] = columns;
  const engineAll = scoreColumns(all!.engine);
  const baselineAll = scoreColumns(all!.baseline);
  const engineSure = scoreColumns(sure!.engine);
  const baselineSure = scoreColumns(sure!.baseline);
  lines.push(
    ...table([
      ['', `engine (all ${all!.engine.sentences})`, 'baseline (all)', `engine (not doubtful, ${sure!.engine.sentences})`, 'baseline (not doubtful)'],
      ...SCORE_ROWS.map((name, row) => [name, engineAll[row]!, baselineAll[row]!, engineSure[row]!, baselineSure[row]!]),
    ]),
  );
  lines.push('', '  Engine links by kind (all sentences): how many, how many correct, the gold label of their newspaper sentence');
  lines.push(...table([['kind', 'links', 'correct', ...GOLD_LABELS, 'on reuse', 'correct share'], ...kindRows(all!.engine)]));
  lines.push('', '  Per story (all sentences): reuse found, paraphrase found, precision over links; engine | baseline');
  const engineStories = byStory(result.engine.sentences);
  const baselineStories = byStory(result.baseline.sentences);
  lines.push(
    ...table([
      ['story', 'sentences', 'reuse', 'paraphrase', 'precision', '|', 'reuse', 'paraphrase', 'precision'],
      ...stories.map((story) => {
        const engine = scoreMeterGold(engineStories.get(story) ?? []);
        const baseline = scoreMeterGold(baselineStories.get(story) ?? []);
        return [story, String(engine.sentences), of(engine.reuse), of(engine.byLabel.paraphrase), f3(engine.precision), '|', of(baseline.reuse), of(baseline.byLabel.paraphrase), f3(baseline.precision)];
      }),
    ]),
  );
  const unplaced = result.engine.unplaced + result.baseline.unplaced;
  if (unplaced > 0) lines.push(`  ${unplaced} links overlapped no gold sentence and were not judged`);
  lines.push(`  engine ${(result.engine.elapsedMs / 1000).toFixed(1)} s, baseline ${(result.baseline.elapsedMs / 1000).toFixed(1)} s`);
  if (detailsFile !== undefined) lines.push(`  misses and false links, for reading: ${detailsFile}`);
  return lines.join('\n');
}

interface PaSentence {
  take: number;
  range: TextRange;
  text: string;
}

function paSentences(article: GoldArticle): PaSentence[] {
  return article.takes.flatMap((take, index) => segment(take.text).sentences.map((sentence) => ({ take: index, range: [sentence.start, sentence.end] as const, text: take.text.slice(sentence.start, sentence.end) })));
}

function takeName(article: GoldArticle, take: number): string {
  return article.takes[take]?.file.split('/').at(-1) ?? `take ${take}`;
}

function linkLine(article: GoldArticle, { link }: JudgedLink): string {
  const text = article.takes[link.take]?.text ?? '';
  return `${link.kind} ${f3(link.score)} -> ${takeName(article, link.take)}: ${link.pa.map((range) => slice(text, range)).join(' | ')}`;
}

function sentenceHeading(result: GoldSentenceResult): string {
  const { sentence } = result;
  return `### ${result.article} #${sentence.index + 1} (${sentence.label}${sentence.doubtful ? ', doubtful' : ''})`;
}

function missEntry(article: GoldArticle, result: GoldSentenceResult, candidates: readonly PaSentence[], similarity: SimilarityFunction): string[] {
  const { sentence } = result;
  const lines = [sentenceHeading(result), '', `- newspaper: ${readable(sentence.text)}`];
  if (sentence.note !== undefined) lines.push(`- note: ${sentence.note}`);
  const sourceTexts = sentence.sources.map((source) => readable(source.text));
  sentence.sources.forEach((source, index) => lines.push(`- source (${takeName(article, source.take)}): ${sourceTexts[index]}`));
  const pair = similarity(readable(sentence.text), sourceTexts.join(' '));
  lines.push(`- similarity() with the source${sourceTexts.length > 1 ? 's joined' : ''}: ${f3(pair.score)} (${pair.kind ?? 'no kind'})`);
  for (const link of result.links) lines.push(`- engine linked it to: ${linkLine(article, link)}`);
  if (result.links.length === 0) lines.push(`- engine: no link${result.touched ? ' (a neighbouring sentence of the engine\'s split was linked)' : ''}`);
  let best: { candidate: PaSentence; score: SimilarityResult } | undefined;
  for (const candidate of candidates) {
    const score = similarity(readable(sentence.text), readable(candidate.text));
    if (best === undefined || score.score > best.score.score) best = { candidate, score };
  }
  if (best !== undefined) {
    const isSource = sentence.sources.some((source) => source.take === best.candidate.take && source.start < best.candidate.range[1] && best.candidate.range[0] < source.end);
    lines.push(`- best PA sentence by similarity(): ${f3(best.score.score)} (${best.score.kind ?? 'no kind'}) ${isSource ? 'a gold source' : `${takeName(article, best.candidate.take)}: ${readable(best.candidate.text)}`}`);
  }
  lines.push('');
  return lines;
}

function falseLinkEntries(article: GoldArticle, result: GoldSentenceResult): string[] {
  const { sentence } = result;
  const lines: string[] = [];
  for (const judged of result.links.filter((link) => !link.correct)) {
    const linked = judged.link.pa.map((range) => slice(article.takes[judged.link.take]?.text ?? '', range)).join(' ');
    const restates = sentence.sources.some((source) => source.take !== judged.link.take && jaccardWords(linked, source.text) >= RESTATEMENT_JACCARD);
    lines.push(sentenceHeading(result), '', `- newspaper: ${judged.link.paper.map((range) => slice(article.text, range)).join(' | ')}`);
    lines.push(`- engine linked it to: ${linkLine(article, judged)}${restates ? '  (restates a gold source of another take)' : ''}`);
    sentence.sources.forEach((source) => lines.push(`- gold source (${takeName(article, source.take)}): ${readable(source.text)}`));
    if (sentence.label === 'new') lines.push(`- gold: new${sentence.note === undefined ? '' : ` (${sentence.note})`}`);
    lines.push('');
  }
  return lines;
}

/**
 * The engine's misses and false links on the METER dev gold, in Markdown for a person to read:
 * each missed sentence with its label, source, how close similarity() rates it, what the
 * engine linked it to and the best PA candidate; each false link with what it joined.
 * @example writeFileSync('results/meter-gold.md', formatMeterGoldDetails(evaluateMeterGold()))
 */
export function formatMeterGoldDetails(result: MeterGoldResult, { similarity = (a, b) => similarityOf(a, b, { language: 'en' }) }: { similarity?: SimilarityFunction } = {}): string {
  const articles = new Map(result.articles.map((article) => [article.id, article]));
  const candidates = new Map(result.articles.map((article) => [article.id, paSentences(article)]));
  const misses = result.engine.sentences.filter((entry) => entry.sentence.label !== 'new' && !entry.found);
  const falseLinks = result.engine.sentences.filter((entry) => entry.links.some((link) => !link.correct));
  const baselineFound = new Set(result.baseline.sentences.filter((entry) => entry.found).map((entry) => `${entry.article}#${entry.sentence.index}`));
  const lines = [
    '# METER dev gold: the engine\'s misses and false links',
    '',
    `${result.articles.length} articles, takes ${result.takes}. A miss is a verbatim, edited or paraphrase sentence not linked to one of its gold source PA sentences; a false link joins a newspaper sentence to a PA sentence that is not one of its sources (a \`new\` sentence's every link is false). Sentences are numbered from 1 in their article; text is shown with wire markers and line breaks removed.`,
    '',
    `## Misses (${misses.length})`,
    '',
  ];
  for (const label of GOLD_LABELS) {
    const ofLabel = misses.filter((entry) => entry.sentence.label === label);
    if (ofLabel.length === 0) continue;
    const alsoBaseline = ofLabel.filter((entry) => baselineFound.has(`${entry.article}#${entry.sentence.index}`)).length;
    lines.push(`### ${label}: ${ofLabel.length} missed, ${alsoBaseline} of them found by the baseline`, '');
    for (const entry of ofLabel) lines.push(...missEntry(articles.get(entry.article)!, entry, candidates.get(entry.article) ?? [], similarity).map((line) => line.replace(/^### /u, '#### ')));
  }
  lines.push(`## False links (${falseLinks.reduce((n, entry) => n + entry.links.filter((link) => !link.correct).length, 0)} on ${falseLinks.length} sentences)`, '');
  for (const entry of falseLinks) lines.push(...falseLinkEntries(articles.get(entry.article)!, entry));
  return `${lines.join('\n').trimEnd()}\n`;
}
