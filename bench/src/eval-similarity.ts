// Prints the sentence-scorer part of the evaluation (MSRP train CV, STS-B news Pearson).
// Run: cd bench && npx tsx --conditions=@wirediff/source src/eval-similarity.ts
import { evaluateMsrp, formatMsrp } from './eval/msrp.js';
import { evaluateSts, formatSts } from './eval/sts.js';

process.stdout.write(formatMsrp(await evaluateMsrp()));
process.stdout.write(formatSts(await evaluateSts()));
