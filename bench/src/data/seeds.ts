import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './shared-path.js';

/** The seed articles: file names (in name order) and their UTF-8 texts. */
export interface SeedArticles {
  files: string[];
  texts: string[];
}

/** Where the seed pair lives unless told: `../shared/fixtures/seeds`. */
export const DEFAULT_SEEDS_FOLDER: string = sharedPath('fixtures/seeds');

/**
 * The canonical example: every `.txt` in the seeds folder (two outlets' articles on the
 * Russia-US rare-earth talks), in file-name order, read as UTF-8.
 * @example loadSeedArticles().files // ['000_4bf3bf0817c35ed3.txt', '003_6a87240fa1ac7739.txt']
 */
export function loadSeedArticles({ folder = DEFAULT_SEEDS_FOLDER }: { folder?: string } = {}): SeedArticles {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return { files, texts: files.map((name) => readFileSync(join(folder, name), 'utf8')) };
}
