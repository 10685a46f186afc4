// Articles written by a seeded generator (the same text on every machine): what the server
// times at start to learn its machine's speed, and what the load tests send.

const WORDS = (
  'officials ministers talks agreement trade border council harbour railway bridge budget tax ' +
  'farmers workers union strike court judge jury verdict police station report inquiry hospital ' +
  'school teachers pupils parents mayor city village river flood storm power grid company shares ' +
  'market price oil gas wheat export import deal summit leaders spokesman statement week month ' +
  'monday tuesday wednesday thursday friday morning evening night new old first second final ' +
  'said told added warned agreed rejected announced confirmed denied expected planned opened ' +
  'closed raised cut signed met visited left returned called asked answered waited moved built'
).split(' ');

// A small deterministic PRNG (an LCG): the same seed gives the same text on every machine.
function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 12);
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
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
    else if (roll < 0.85) second.push(s.replace(/ \w+\./, ` ${WORDS[Math.floor(random() * WORDS.length)]!}.`));
    else second.push(sentence(random));
  }
  return [first.join(' ').slice(0, chars), second.join(' ').slice(0, chars)];
}
