import { listMeterStories, loadMeterStory, type MeterStory } from './meter.js';

/** Wire copy on one side, newspaper copy of the same stories on the other. */
export interface SizedPair {
  wire: string;
  newspaper: string;
}

const WHITESPACE = /\s/u;

/** Cuts at the last whitespace at or before `bytes` characters (METER is nearly all ASCII, so characters ~ bytes). */
function cutTo(text: string, bytes: number): string {
  if (text.length <= bytes) return text;
  let end = bytes;
  while (end > bytes * 0.9 && !WHITESPACE.test(text[end] ?? ' ')) end--;
  return text.slice(0, end).trimEnd();
}

function concatUntil(texts: Iterable<string>, bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const text of texts) {
    if (length >= bytes) break;
    parts.push(text);
    length += text.length + 2;
  }
  return cutTo(parts.join('\n\n'), bytes);
}

let cachedStories: MeterStory[] | undefined;

/**
 * Every METER story, read once per process (sorted by key, so inputs are the same every run).
 * @example loadAllMeterStories().length // 265
 */
export function loadAllMeterStories(): MeterStory[] {
  cachedStories ??= listMeterStories().map((ref) => loadMeterStory(ref));
  return cachedStories;
}

/**
 * The first stories (in key order) that hold `bytes` of both wire and newspaper text: the
 * same inputs `buildSizedPair` would take from all of them, without reading the rest (the
 * peak-memory child process should not carry the whole corpus).
 * @example buildSizedPair({ bytes: 10_000, stories: loadMeterStoriesFor({ bytes: 10_000 }) })
 */
export function loadMeterStoriesFor({ bytes }: { bytes: number }): MeterStory[] {
  const stories: MeterStory[] = [];
  let wire = 0;
  let newspaper = 0;
  for (const ref of listMeterStories()) {
    if (wire >= bytes && newspaper >= bytes) break;
    const story = loadMeterStory(ref);
    stories.push(story);
    wire += story.wire.reduce((n, take) => n + take.text.length + 2, 0);
    newspaper += story.newspapers.reduce((n, article) => n + article.text.length + 2, 0);
  }
  return stories;
}

/**
 * Inputs of about `bytes` per side: wire takes concatenated in story order on one side, the
 * newspapers' articles in the same order on the other, each cut at a word boundary.
 * @example buildSizedPair({ bytes: 100_000 }).wire.length // ~100000
 */
export function buildSizedPair({ bytes, stories = loadAllMeterStories() }: { bytes: number; stories?: readonly MeterStory[] }): SizedPair {
  const total = (pick: (story: MeterStory) => string[]): number => stories.reduce((n, story) => n + pick(story).join('').length, 0);
  const wireTexts = (story: MeterStory): string[] => story.wire.map((take) => take.text);
  const paperTexts = (story: MeterStory): string[] => story.newspapers.map((article) => article.text);
  if (total(wireTexts) < bytes || total(paperTexts) < bytes) throw new Error(`METER holds less than ${bytes} bytes of wire or newspaper text`);
  return {
    wire: concatUntil(stories.flatMap(wireTexts), bytes),
    newspaper: concatUntil(stories.flatMap(paperTexts), bytes),
  };
}

/**
 * Two articles of about `bytes` each on the same story: the first story (in key order) whose
 * wire takes and one of whose newspaper articles both reach that size, each cut to size.
 * @example buildArticlePair({ bytes: 5_000 }).wire.length // ~5000
 */
export function buildArticlePair({ bytes, stories = loadAllMeterStories() }: { bytes: number; stories?: readonly MeterStory[] }): SizedPair {
  for (const story of stories) {
    const wire = story.wire.map((take) => take.text).join('\n\n');
    const article = story.newspapers.find((candidate) => candidate.text.length >= bytes);
    if (wire.length >= bytes && article) return { wire: cutTo(wire, bytes), newspaper: cutTo(article.text, bytes) };
  }
  throw new Error(`no METER story has ${bytes} bytes of both wire and newspaper text`);
}
