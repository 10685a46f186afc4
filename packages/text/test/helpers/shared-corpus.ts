import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWindows1252 } from '../../src/index.js';

/** /work/shared/datasets as seen from the repository (tests read it in place, never copy it). */
const DATASETS: string = fileURLToPath(new URL('../../../../../shared/datasets/', import.meta.url));

function tsvColumns(file: string, columns: number[]): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(join(DATASETS, file), 'utf8').split(/\r?\n/)) {
    const fields = line.split('\t');
    for (const column of columns) {
      const text = fields[column];
      if (text !== undefined && text !== '') texts.push(text);
    }
  }
  return texts;
}

function meterTexts(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) meterTexts(path, out);
    else if (entry.name.endsWith('.txt')) out.push(decodeWindows1252(readFileSync(path)));
  }
}

/**
 * Every English text of the shared datasets: MSRP train and STS-B train/dev sentences (both
 * sides of each pair), and all METER wire and newspaper files.
 */
export function readEnglishCorpus(): string[] {
  const texts = [
    ...tsvColumns('msrp/train.tsv', [3, 4]),
    ...tsvColumns('stsbenchmark/sts-train.tsv', [5, 6]),
    ...tsvColumns('stsbenchmark/sts-dev.tsv', [5, 6]),
  ];
  meterTexts(join(DATASETS, 'meter'), texts);
  return texts;
}
