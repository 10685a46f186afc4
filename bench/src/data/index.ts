// The one entry point to the shared data (../shared) for bench's tests, `npm run eval`,
// `npm run bench` and the API benchmark: MSRP and STS-B pairs, the seed pair, the METER raw
// texts (one cleaning rule, see meter.ts), the METER dev gold, and METER inputs of a given size.
export * from './meter.js';
export * from './meter-gold.js';
export * from './seeds.js';
export * from './sentence-pairs.js';
export * from './shared-path.js';
export * from './sized-inputs.js';
