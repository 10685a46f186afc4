// `npm run eval` (node dist/eval.js [--stories N]): wirediff's matching quality on the shared
// data, each figure beside a word-overlap baseline computed in the same run: MSRP, STS-B, the
// seed pair (every match with its changes), the METER dev gold (misses and false links written
// to bench/results/meter-gold.md), METER reuse over N sampled stories; then a summary table
// (Markdown, for the README).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evalRows, formatEvalTable } from './eval/eval-summary.js';
import { evaluateMeterGold } from './eval/meter-gold.js';
import { formatMeterGold, formatMeterGoldDetails } from './eval/meter-gold-report.js';
import { evaluateMeterReuse, formatMeterReuse } from './eval/meter-reuse.js';
import { evaluateMsrp, formatMsrp } from './eval/msrp.js';
import { evaluateSeedPair, formatSeedPair } from './eval/seed-pair.js';
import { evaluateSts, formatSts } from './eval/sts.js';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '20' } } });
const storyCount = Number(values.stories);
if (!Number.isInteger(storyCount) || storyCount < 1) {
  process.stderr.write(`eval: --stories must be a positive integer, got '${values.stories}'\n`);
  process.exit(2);
}

const started = performance.now();
const print = (section: string): void => {
  process.stdout.write(`${section.trimEnd()}\n\n`);
};

const msrp = await evaluateMsrp();
print(formatMsrp(msrp));
const sts = await evaluateSts();
print(formatSts(sts));
const seeds = evaluateSeedPair();
print(formatSeedPair(seeds));
// The misses and false links are long: they go to a file (bench/results/, not committed).
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
const detailsFile = `${resultsDir}meter-gold.md`;
const meterGold = evaluateMeterGold();
mkdirSync(resultsDir, { recursive: true });
writeFileSync(detailsFile, formatMeterGoldDetails(meterGold));
print(formatMeterGold(meterGold, { detailsFile }));
const meter = evaluateMeterReuse({ count: storyCount });
print(formatMeterReuse(meter));

const rows = evalRows({ msrp, sts, seeds, meter, meterGold });
print(`Summary (${((performance.now() - started) / 1000).toFixed(0)} s, node ${process.version})\n\n${formatEvalTable(rows)}`);
