export { createWordVectors, cosineOfSums, type WordVectors } from './word-vectors.js';
export { defaultWordVectors } from './default-word-vectors.js';
export { encodeWordVectors, type WordVectorSource } from './word-vector-format.js';
