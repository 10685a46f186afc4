// Child process for the word-vector table's cold load: reads and indexes the table the match
// package ships, once, and prints one JSON line. Run by speed/vector-table.ts.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { defaultWordVectors } from '@wirediff/match/internal/lexicon/default-word-vectors';
import type { VectorTableLoad } from './speed/vector-table.js';

const start = performance.now();
const vectors = defaultWordVectors();
const loadMs = performance.now() - start;
const file = fileURLToPath(import.meta.resolve('@wirediff/match/internal/lexicon/default-word-vectors')).replace(/(src|dist)[\\/]lexicon[\\/][^\\/]+$/u, 'generated/word-vectors.bin');
const result: VectorTableLoad = { loadMs, words: vectors.size, dimensions: vectors.dimensions, fileBytes: statSync(file).size };
process.stdout.write(`${JSON.stringify(result)}\n`);
