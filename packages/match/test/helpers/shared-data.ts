import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWindows1252 } from '@wirediff/text';

/** /work/shared as seen from the repository (tests read it in place, never copy it). */
export const SHARED: string = fileURLToPath(new URL('../../../../../shared/', import.meta.url));

/** The two seed articles (UTF-8). */
export function readSeeds(): [string, string] {
  const dir = join(SHARED, 'fixtures/seeds');
  const [first, second] = readdirSync(dir).sort();
  return [readFileSync(join(dir, first!), 'utf8'), readFileSync(join(dir, second!), 'utf8')];
}

/** One METER story: its Press Association wire takes and the newspapers' versions. */
export interface MeterStory {
  name: string;
  wire: string[];
  newspapers: string[];
}

function readCp1252Files(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => decodeWindows1252(readFileSync(join(dir, file))));
}

/** METER stories (domain 'courts' or 'showbiz') that have both wire copy and newspaper versions, sorted by path. */
export function readMeterStories(domain: 'courts' | 'showbiz', limit: number): MeterStory[] {
  const stories: MeterStory[] = [];
  const wireRoot = join(SHARED, 'datasets/meter/PA/rawtexts', domain);
  const paperRoot = join(SHARED, 'datasets/meter/newspapers/rawtexts', domain);
  for (const date of readdirSync(wireRoot).sort()) {
    for (const story of readdirSync(join(wireRoot, date)).sort()) {
      if (stories.length >= limit) return stories;
      const paperDir = join(paperRoot, date, story);
      let hasPapers = false;
      try {
        hasPapers = statSync(paperDir).isDirectory();
      } catch {
        hasPapers = false;
      }
      if (!hasPapers) continue;
      const wire = readCp1252Files(join(wireRoot, date, story));
      const newspapers = readCp1252Files(paperDir);
      if (wire.length > 0 && newspapers.length > 0) stories.push({ name: `${domain}/${date}/${story}`, wire, newspapers });
    }
  }
  return stories;
}
