// Rough timings of the public API on 1 MB inputs: `npx tsx scripts/measure-speed.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, normalize, segment, tokenize } from '../src/index.js';

const shared = join(import.meta.dirname, '../../../../shared');
const seeds = readdirSync(join(shared, 'fixtures/seeds')).map((f) => readFileSync(join(shared, 'fixtures/seeds', f), 'utf8'));
const MB = 1 << 20;
const repeat = (s: string): string => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);

const inputs: Record<string, string> = {
  'english news 100 KB': repeat(seeds.join('\n\n')).slice(0, MB / 10),
  'english news': repeat(seeds.join('\n\n')),
  'russian-like': repeat('Кремль заявил, что Россия и США обсуждают совместные проекты по добыче редкоземельных металлов. '),
  'no punctuation': repeat('word another thing then more '),
  '100k one-word lines': 'word\n'.repeat(100_000),
  'one word repeated': 'a'.repeat(MB),
};

/** Best of 5 runs in process CPU time (the machine is shared, wall time is noisy). */
function time(fn: () => unknown): number {
  const best: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t0);
    best.push((used.user + used.system) / 1000);
  }
  return Math.min(...best);
}

const wordRegex = /[\p{L}\p{N}]+/gu;
for (const [name, text] of Object.entries(inputs)) {
  const row = {
    regexWords: time(() => text.match(wordRegex)?.length),
    normalize: time(() => normalize(text)),
    segment: time(() => segment(text)),
    tokenize: time(() => tokenize(text)),
    analyze: time(() => analyzeDocument(text)),
  };
  process.stdout.write(`${name.padEnd(22)} ${Object.entries(row).map(([k, v]) => `${k} ${v.toFixed(1)}ms`).join('  ')}\n`);
}
