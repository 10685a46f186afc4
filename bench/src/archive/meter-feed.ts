import type { ArchiveDocumentInput } from '@wirediff/archive';
import { type MeterStory, listMeterStories, loadMeterStory } from '../data/meter.js';

/** One METER text as a feed item, with its labels. */
export interface MeterFeedItem extends ArchiveDocumentInput {
  publishedAt: string;
  /** The story folder (`domain/date/story`): the true cluster. */
  story: string;
  /** 'wire' for a PA take, 'newspaper' for a paper's version. */
  kind: 'wire' | 'newspaper';
}

/** METER's texts as a labelled feed, and each newspaper article's true sources. */
export interface MeterFeed {
  items: MeterFeedItem[];
  /** Newspaper article id -> its story's PA take ids. */
  sourcesOf: Map<string, string[]>;
  stories: number;
}

const FOLDER_DATE = /^(\d{2})\.(\d{2})\.(\d{2})$/u;

/**
 * `dd.mm.yy` of a METER folder as `YYYY-MM-DD` (METER runs from 1999 to 2000).
 * @example meterDay('27.01.00') // '2000-01-27'
 */
export function meterDay(folder: string): string {
  const m = FOLDER_DATE.exec(folder);
  if (m === null) throw new RangeError(`meterDay: not a METER folder date: ${folder}`);
  const year = Number(m[3]) >= 90 ? `19${m[3]}` : `20${m[3]}`;
  return `${year}-${m[2]}-${m[1]}`;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Every METER story as feed items: PA takes on the folder's day (12:00, a minute apart, in
 * take order), the newspapers' versions the next morning (06:00), as the papers printed them.
 * @example buildMeterFeed().items.length // 1715
 */
export function buildMeterFeed(stories: readonly MeterStory[] = listMeterStories().map((ref) => loadMeterStory(ref))): MeterFeed {
  const items: MeterFeedItem[] = [];
  const sourcesOf = new Map<string, string[]>();
  for (const story of stories) {
    const day = meterDay(story.date);
    const wireIds: string[] = [];
    story.wire.forEach((take, index) => {
      const id = `pa/${story.key}/${basename(take.file)}`;
      wireIds.push(id);
      const minute = String(index % 60).padStart(2, '0');
      items.push({ id, text: take.text, outlet: 'PA', publishedAt: `${day}T12:${minute}:00Z`, story: story.key, kind: 'wire' });
    });
    for (const article of story.newspapers) {
      const id = `np/${story.key}/${basename(article.file)}`;
      items.push({ id, text: article.text, outlet: article.newspaper, publishedAt: `${nextDay(day)}T06:00:00Z`, story: story.key, kind: 'newspaper' });
      sourcesOf.set(id, wireIds);
    }
  }
  return { items, sourcesOf, stories: stories.length };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
