import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, MATCH_KINDS, type ComparisonReport } from '@wirediff/match';
import { sharedPath } from '../data/shared-path.js';
import { percent, sideText } from './report-text.js';

/** The canonical example: two outlets' articles on the same story, from ../shared/fixtures/seeds. */
export interface SeedPairResult {
  files: string[];
  texts: string[];
  report: ComparisonReport;
}

/**
 * Compares the seed articles (every `.txt` in the seeds folder, in name order).
 * @example evaluateSeedPair().report.matches.length // 9
 */
export function evaluateSeedPair({ folder = sharedPath('fixtures/seeds') }: { folder?: string } = {}): SeedPairResult {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const texts = files.map((name) => readFileSync(join(folder, name), 'utf8'));
  const report = compare(files.map((name, index) => ({ id: name, outlet: name, text: texts[index]! })));
  return { files, texts, report };
}

/**
 * Every match of the seed pair for a person to read: kind, score and both sentences, after
 * each document's shares.
 * @example formatSeedPair(evaluateSeedPair()) // 'Seed pair\n  000_….txt: 14 sentences, 52.1% reused …'
 */
export function formatSeedPair({ files, texts, report }: SeedPairResult): string {
  const lines = ['Seed pair (../shared/fixtures/seeds): every match'];
  for (const [index, document] of report.documents.entries()) {
    const { stats } = document;
    const kinds = MATCH_KINDS.map((kind) => `${kind} ${stats.byKind[kind]}`).join(', ');
    lines.push(`  ${files[index]}: ${stats.sentences} sentences, ${stats.reusedSentences} reused (${kinds}), ${percent(stats.reusedShare)} of characters reused`);
  }
  lines.push('');
  for (const match of report.matches) {
    const [a, b] = match.sides;
    lines.push(`  #${match.id} ${match.kind} ${match.score.toFixed(3)}  (s${a.sentences.map((i) => i + 1).join('+')} <> s${b.sentences.map((i) => i + 1).join('+')})`);
    lines.push(`    A: ${sideText(report, texts, a)}`);
    lines.push(`    B: ${sideText(report, texts, b)}`);
  }
  if (report.matches.length === 0) lines.push('  (no matches)');
  return lines.join('\n');
}
