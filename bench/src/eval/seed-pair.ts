import { compare as compareDocuments, MATCH_KINDS, type ComparisonReport, type Match } from '@wirediff/match';
import { loadSeedArticles } from '../data/index.js';
import type { CompareFunction } from './compare-function.js';
import { percent, sideText } from './report-text.js';

/** The canonical example: two outlets' articles on the same story, from ../shared/fixtures/seeds. */
export interface SeedPairResult {
  files: string[];
  texts: string[];
  report: ComparisonReport;
}

/**
 * Compares the seed articles (every `.txt` in the seeds folder, in name order) with the
 * engine, or with `compare` (an engine under test).
 * @example evaluateSeedPair().report.matches.length // 3
 */
export function evaluateSeedPair({ folder, compare = compareDocuments }: { folder?: string; compare?: CompareFunction } = {}): SeedPairResult {
  const { files, texts } = loadSeedArticles(folder === undefined ? {} : { folder });
  const report = compare(files.map((name, index) => ({ id: name, outlet: name, text: texts[index]! })));
  return { files, texts, report };
}

function changeLines(match: Match): string[] {
  const lines = (match.changes ?? []).map((change) => `    change: ${change.summary}`);
  // The report promises changes on these two kinds: say so when there are none.
  if (lines.length === 0 && (match.kind === 'edited' || match.kind === 'paraphrase')) lines.push('    (no changes reported)');
  if (match.quote === true) lines.unshift('    (the shared text is a quote on both sides)');
  return lines;
}

/**
 * Every match of the seed pair for a person to read: kind, score, both sentences and what
 * changed (`changes`, and whether the shared text is a quote), after each document's shares.
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
    lines.push(...changeLines(match));
  }
  if (report.matches.length === 0) lines.push('  (no matches)');
  return lines.join('\n');
}
