// Articles written by a seeded generator (the same text on every machine): what the server
// times at start to learn its machine's speed, and what the load tests send. Words follow
// Zipf's law over a few function words and thousands of made-up ones, as news text does; a
// small vocabulary drawn uniformly would make every sentence look like every other and cost
// the engine many times what real copy of the same length does.

const COMMON_WORDS = (
  'the of to and a in said on for that was with is by at from as it has have be were will ' +
  'after not but are their an they this who its been which had more over two also would new'
).split(' ');
const SYLLABLES = 'ba ce di fo gu ka le mi no pu ra se ti vo wu za ber cal dom fen gor han jul kis lom mar nel'.split(' ');
const INVENTED_WORDS = 3000;

// A small deterministic PRNG (an LCG): the same seed gives the same text on every machine.
function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function buildVocabulary(): string[] {
  const invented: string[] = [];
  const random = lcg(97);
  const seen = new Set<string>(COMMON_WORDS);
  while (invented.length < INVENTED_WORDS) {
    const length = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    if (!seen.has(word)) {
      seen.add(word);
      invented.push(word);
    }
  }
  return [...COMMON_WORDS, ...invented];
}

const VOCABULARY = buildVocabulary();
// Cumulative Zipf weights (rank^-1) for sampling by binary search.
const CUMULATIVE = ((): number[] => {
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((weight) => (sum += weight / total));
})();

function word(random: () => number): string {
  const target = random();
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (CUMULATIVE[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low]!;
}

function sentence(random: () => number): string {
  const length = 10 + Math.floor(random() * 16);
  const text = Array.from({ length }, () => word(random)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * Two articles of about `chars` characters each: the second reuses most of the first's
 * sentences (some with a word changed) and adds its own, as an outlet running wire copy does.
 * @example const [wire, outlet] = syntheticPair(100_000, 7)
 */
export function syntheticPair(chars: number, seed: number): [string, string] {
  const random = lcg(seed);
  const first: string[] = [];
  const second: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = sentence(random);
    first.push(s);
    length += s.length + 1;
    const roll = random();
    if (roll < 0.6) second.push(s);
    else if (roll < 0.85) second.push(s.replace(/ \w+\./, ` ${word(random)}.`));
    else second.push(sentence(random));
  }
  return [first.join(' ').slice(0, chars), second.join(' ').slice(0, chars)];
}

/**
 * The pair every worker times at start to learn the machine's speed (see the cost model's
 * `calibrationShare`, which the benchmark measures with this same pair).
 * @example const [a, b] = calibrationPair() // 20,000 characters each
 */
export function calibrationPair(): [string, string] {
  return syntheticPair(20_000, 1);
}
