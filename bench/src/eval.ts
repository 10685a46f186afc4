// `npm run eval` (node dist/eval.js [--stories N]): wirediff's matching quality on the shared
// data, each figure beside a word-overlap baseline computed in the same run, then a summary
// table (Markdown, for the README).
import { parseArgs } from 'node:util';
import { evalRows, formatEvalTable } from './eval/eval-summary.js';
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
const meter = evaluateMeterReuse({ count: storyCount });
print(formatMeterReuse(meter));

const rows = evalRows({ msrp, sts, seeds, meter });
print(`Summary (${((performance.now() - started) / 1000).toFixed(0)} s, node ${process.version})\n\n${formatEvalTable(rows)}`);
