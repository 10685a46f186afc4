import { readFileSync } from 'node:fs';
import { sharedPath } from './shared-path.js';

/** One labelled sentence pair from MSRP (label 1 = paraphrase) or STS-B (label = gold 0..5). */
export interface SentencePair {
  id: string;
  a: string;
  b: string;
  label: number;
}

/** STS-B pair with the genre column, so callers can keep `main-news` rows only. */
export interface StsPair extends SentencePair {
  genre: string;
}

// Lines end in CRLF in MSRP; the first line of MSRP carries a UTF-8 BOM.
const LINE_BREAK = /\r?\n/;
const BOM = /^\uFEFF/;

/**
 * Absolute path of a file under the shared datasets folder.
 * @example datasetPath('msrp/train.tsv')
 */
export function datasetPath(relative: string): string {
  return sharedPath(`datasets/${relative}`);
}

/**
 * Parse MSRP's tab-separated text (BOM, CRLF, header; split on tabs only because strings
 * hold unbalanced quotes).
 * @example parseMsrp('Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\r\n1\t1\t2\tA.\tA!\r\n')
 */
export function parseMsrp(text: string): SentencePair[] {
  const lines = text.replace(BOM, '').split(LINE_BREAK);
  const pairs: SentencePair[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const [quality, id1, id2, a, b] = cols;
    if (quality === undefined || a === undefined || b === undefined) {
      throw new Error(`MSRP row has ${cols.length} columns, expected 5: ${line.slice(0, 80)}`);
    }
    pairs.push({ id: `${id1}-${id2}`, a, b, label: Number(quality) });
  }
  return pairs;
}

/**
 * Parse STS-B's tab-separated text (no header; some rows carry two extra columns, ignored).
 * @example parseSts('main-news\tfile\t2012\t0001\t4.2\tA.\tA!\n')
 */
export function parseSts(text: string): StsPair[] {
  const pairs: StsPair[] = [];
  for (const line of text.split(LINE_BREAK)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const [genre, file, year, id, score, a, b] = cols;
    if (genre === undefined || score === undefined || a === undefined || b === undefined) {
      throw new Error(`STS-B row has ${cols.length} columns, expected at least 7: ${line.slice(0, 80)}`);
    }
    pairs.push({ id: `${file}-${year}-${id}`, genre, a, b, label: Number(score) });
  }
  return pairs;
}

/**
 * MSRP training pairs from ../shared/datasets/msrp/train.tsv.
 * @example const pairs = loadMsrpTrain(); pairs.length // 4076
 */
export function loadMsrpTrain(): SentencePair[] {
  return parseMsrp(readFileSync(datasetPath('msrp/train.tsv'), 'utf8'));
}

/**
 * STS-B pairs of one split, optionally of one genre only.
 * @example loadSts({ split: 'dev', genre: 'main-news' })
 */
export function loadSts(options: { split: 'train' | 'dev'; genre?: string }): StsPair[] {
  const pairs = parseSts(readFileSync(datasetPath(`stsbenchmark/sts-${options.split}.tsv`), 'utf8'));
  return options.genre === undefined ? pairs : pairs.filter((pair) => pair.genre === options.genre);
}

/**
 * STS-B news pairs (genre `main-news`) of train and dev, the evaluation set of DESIGN.md.
 * @example loadStsNews().length
 */
export function loadStsNews(): StsPair[] {
  return [...loadSts({ split: 'train', genre: 'main-news' }), ...loadSts({ split: 'dev', genre: 'main-news' })];
}
