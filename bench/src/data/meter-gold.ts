// The METER dev gold (../shared/datasets/meter-dev-gold.json): 19 newspaper articles labelled
// sentence by sentence against the PA takes of their story. Its offsets index each file as
// decoded from cp1252 byte for byte, without newline translation (`decodeMeterFile`): the
// newspapers keep their CRLF, the PA takes their `<` markers, ^Y codes and hard wraps. The
// loader checks `text === decoded.slice(start, end)` for every sentence and source span, so a
// decoding or path mistake fails loudly instead of shifting every figure.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { decodeMeterFile, DEFAULT_METER_ROOT, meterPath, newspaperOf } from './meter.js';
import { sharedPath } from './shared-path.js';

/** A gold label, from closest to loosest; `new` = the main proposition is in no PA take. */
export type GoldLabel = 'verbatim' | 'edited' | 'paraphrase' | 'new';

/** Every gold label, in that order. */
export const GOLD_LABELS: readonly GoldLabel[] = ['verbatim', 'edited', 'paraphrase', 'new'];

/** A PA sentence a newspaper sentence was taken from: offsets into one take of `GoldArticle.takes`. */
export interface GoldSource {
  /** Index into the article's `takes`. */
  take: number;
  start: number;
  end: number;
  text: string;
}

/** One newspaper sentence as the annotator split and labelled it. */
export interface GoldSentence {
  /** Position in the article (0-based). */
  index: number;
  /** Offsets into `GoldArticle.text` (UTF-16 = bytes of the file). */
  start: number;
  end: number;
  text: string;
  label: GoldLabel;
  /** A borderline call (edited vs paraphrase, paraphrase vs new…), with the reason in `note`. */
  doubtful: boolean;
  note?: string;
  /** The PA sentences it uses, in the order it uses them; empty for `new`. */
  sources: GoldSource[];
}

/** One PA take of a gold article's story. */
export interface GoldTake {
  /** Path relative to the METER root, as the gold writes it. */
  file: string;
  /** The take's raw decoded text (what the offsets index). */
  text: string;
}

/** One labelled newspaper article with the raw texts of itself and its story's PA takes. */
export interface GoldArticle {
  /** The file's base name without `.txt`: `plane270_sun`. */
  id: string;
  /** `domain/date/story`, the story key of `listMeterStories`. */
  story: string;
  newspaper: string;
  /** Path relative to the METER root. */
  file: string;
  /** The article's raw decoded text (what the offsets index). */
  text: string;
  takes: GoldTake[];
  sentences: GoldSentence[];
}

/** Where the dev gold lives unless told. */
export const DEFAULT_METER_GOLD: string = sharedPath('datasets/meter-dev-gold.json');

interface RawSpan {
  start: number;
  end: number;
  text: string;
}
interface RawSentence extends RawSpan {
  label: string;
  doubtful?: boolean;
  note?: string;
  sources?: Array<RawSpan & { pa_file: string }>;
}
interface RawArticle {
  paper: string;
  pa: string[];
  sentences: RawSentence[];
}

// `newspapers/rawtexts/courts/02.11.99/plane/plane270_sun.txt` -> `courts/02.11.99/plane`
function storyKeyOf(file: string): string {
  return file.split('/').slice(2, 5).join('/');
}

function isGoldLabel(label: string): label is GoldLabel {
  return (GOLD_LABELS as readonly string[]).includes(label);
}

function checkSpan(where: string, text: string, span: RawSpan): void {
  const found = text.slice(span.start, span.end);
  if (found !== span.text) throw new Error(`METER gold: ${where} [${span.start}, ${span.end}) reads ${JSON.stringify(found.slice(0, 60))}, the gold says ${JSON.stringify(span.text.slice(0, 60))}`);
}

/**
 * The gold's articles from its parsed JSON, reading each file through `read` (a path relative
 * to the METER root -> raw decoded text). Throws when a span does not slice its own text.
 * @example parseMeterGold(JSON.parse(json), (file) => decodeMeterFile(meterPath(file)))
 */
export function parseMeterGold(gold: { articles: RawArticle[] }, read: (file: string) => string): GoldArticle[] {
  return gold.articles.map((article) => {
    const text = read(article.paper);
    const takes = article.pa.map((file) => ({ file, text: read(file) }));
    const takeByName = new Map(takes.map((take, index) => [posix.basename(take.file), index]));
    const sentences = article.sentences.map((sentence, index): GoldSentence => {
      checkSpan(`${article.paper} sentence ${index}`, text, sentence);
      if (!isGoldLabel(sentence.label)) throw new Error(`METER gold: ${article.paper} sentence ${index} has label '${sentence.label}'`);
      const sources = (sentence.sources ?? []).map((source): GoldSource => {
        const take = takeByName.get(source.pa_file);
        if (take === undefined) throw new Error(`METER gold: ${article.paper} sentence ${index} cites ${source.pa_file}, not among its takes`);
        checkSpan(`${source.pa_file} (source of ${article.paper} sentence ${index})`, takes[take]!.text, source);
        return { take, start: source.start, end: source.end, text: source.text };
      });
      return {
        index,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        label: sentence.label,
        doubtful: sentence.doubtful === true,
        ...(sentence.note === undefined ? {} : { note: sentence.note }),
        sources,
      };
    });
    return {
      id: posix.basename(article.paper, '.txt'),
      story: storyKeyOf(article.paper),
      newspaper: newspaperOf(article.paper),
      file: article.paper,
      text,
      takes,
      sentences,
    };
  });
}

/**
 * The METER dev gold with every text it indexes, in the gold's order; `stories` keeps the
 * articles of those story keys only (for leave-one-story-out).
 * @example loadMeterGold().length // 19
 * @example loadMeterGold({ stories: ['courts/02.11.99/plane'] }).map((a) => a.id) // ['plane270_sun', 'plane280_star', 'plane298_telegraph']
 */
export function loadMeterGold({ path = DEFAULT_METER_GOLD, meterRoot = DEFAULT_METER_ROOT, stories }: { path?: string; meterRoot?: string; stories?: readonly string[] } = {}): GoldArticle[] {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { articles: RawArticle[] };
  const keep = stories === undefined ? gold.articles : gold.articles.filter((article) => stories.includes(storyKeyOf(article.paper)));
  return parseMeterGold({ articles: keep }, (file) => decodeMeterFile(meterPath(file, meterRoot)));
}

/**
 * The story keys of the gold, in the gold's order (each once).
 * @example meterGoldStories(loadMeterGold()) // ['courts/02.11.99/plane', 'courts/26.01.00/rage', …]
 */
export function meterGoldStories(articles: readonly Pick<GoldArticle, 'story'>[]): string[] {
  return [...new Set(articles.map((article) => article.story))];
}
