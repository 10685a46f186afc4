import type { ArchiveDocumentInput } from '@wirediff/archive';

/**
 * A word chain over the shared texts that writes news-like distractor articles: order-1
 * Markov over the texts' own tokens, with a jump to a random token (by frequency) at each step
 * with probability `jump`, so that no long run of any text is copied (a run of k copied words
 * needs k - 1 steps without a jump and down a path the source took). Articles written by it
 * share 4-grams by chance, as real news does ("said in a statement"), and almost never 11
 * words in a row; `npm run bench:archive` measures both.
 */
export interface DistractorModel {
  vocabulary: string[];
  /** For each token id, the ids that follow it in the texts (repeated by frequency). */
  successors: Int32Array[];
  /** Token ids in text order: drawing one at random draws by frequency. */
  unigram: Int32Array;
  /** Ids of tokens that open a sentence. */
  openers: Int32Array;
}

const SENTENCE_END = /[.!?]["')\u2019\u201d]*$/u;
const TOKEN = /\S+/gu;

/**
 * The word chain of some texts.
 * @example buildDistractorModel(feed.items.map((item) => item.text)).vocabulary.length // ~30,000
 */
export function buildDistractorModel(texts: readonly string[]): DistractorModel {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const idOf = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) {
      id = vocabulary.length;
      ids.set(token, id);
      vocabulary.push(token);
    }
    return id;
  };
  const follow: number[][] = [];
  const unigram: number[] = [];
  const openers: number[] = [];
  for (const text of texts) {
    const tokens = (text.match(TOKEN) ?? []).map(idOf);
    tokens.forEach((id, i) => {
      unigram.push(id);
      if (i === 0 || SENTENCE_END.test(vocabulary[tokens[i - 1]!]!)) openers.push(id);
      if (i + 1 < tokens.length) (follow[id] ??= []).push(tokens[i + 1]!);
    });
  }
  return {
    vocabulary,
    successors: vocabulary.map((_, id) => Int32Array.from(follow[id] ?? [])),
    unigram: Int32Array.from(unigram),
    openers: Int32Array.from(openers),
  };
}

/**
 * A small fast seeded generator (mulberry32): the same seed gives the same distractors.
 * @example const next = seededRandom(7); next() // 0..1
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Options of `writeDistractor`. */
export interface DistractorOptions {
  /** Words in the article, about (default 600: it stops at the first sentence end past it). */
  words?: number;
  /** Chance of jumping to a random token at each step (default 0.3). */
  jump?: number;
}

/**
 * One distractor article: sentences from the chain, paragraphs of three sentences.
 * @example writeDistractor(model, seededRandom(1)).split(/\s+/).length // ~600
 */
export function writeDistractor(model: DistractorModel, random: () => number, options: DistractorOptions = {}): string {
  const target = options.words ?? 600;
  const jump = options.jump ?? 0.3;
  const pick = (from: Int32Array): number => from[Math.floor(random() * from.length)]!;
  const paragraphs: string[] = [];
  let sentence: string[] = [];
  let paragraph: string[] = [];
  let words = 0;
  let current = pick(model.openers);
  for (;;) {
    const token = model.vocabulary[current]!;
    sentence.push(token);
    words += 1;
    const ends = SENTENCE_END.test(token) || sentence.length >= 45;
    if (ends) {
      paragraph.push(SENTENCE_END.test(token) ? sentence.join(' ') : `${sentence.join(' ')}.`);
      sentence = [];
      if (paragraph.length === 3) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
      if (words >= target) break;
      current = pick(model.openers);
      continue;
    }
    const next = model.successors[current]!;
    current = next.length === 0 || random() < jump ? pick(model.unigram) : pick(next);
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}

/**
 * `count` distractors spread over the given days (round robin), ids `dx/<n>`, starting at `from`.
 * @example [...distractors(model, { count: 2, days: ['2000-01-27'], seed: 1 })].length // 2
 */
export function* distractors(model: DistractorModel, options: { count: number; days: readonly string[]; seed: number; from?: number; words?: number }): Generator<ArchiveDocumentInput> {
  const from = options.from ?? 0;
  for (let n = from; n < from + options.count; n += 1) {
    // One generator per article, so that article n is the same however the run is batched.
    const random = seededRandom(options.seed * 1_000_003 + n);
    const day = options.days[n % options.days.length]!;
    const minute = n % 1440;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const words = Math.round((options.words ?? 600) * (0.75 + 0.5 * random()));
    yield { id: `dx/${n}`, text: writeDistractor(model, random, { words }), outlet: `outlet-${n % 97}`, publishedAt: `${day}T${time}:00Z` };
  }
}
