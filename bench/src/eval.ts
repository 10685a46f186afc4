// `npm run eval` (node dist/eval.js): wirediff's matching quality on the shared data, each
// figure beside a word-overlap baseline computed in the same run.
import { parseArgs } from 'node:util';
import { evaluateMeterReuse, formatMeterReuse } from './eval/meter-reuse.js';
import { evaluateSeedPair, formatSeedPair } from './eval/seed-pair.js';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '20' } } });
const storyCount = Number(values.stories);
if (!Number.isInteger(storyCount) || storyCount < 1) {
  process.stderr.write(`eval: --stories must be a positive integer, got '${values.stories}'\n`);
  process.exit(2);
}

const sections: string[] = [];
sections.push(formatSeedPair(evaluateSeedPair()));
sections.push(formatMeterReuse(evaluateMeterReuse({ count: storyCount })));
process.stdout.write(`${sections.join('\n\n')}\n`);
