import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_FINGERPRINT, RARE_TERMS, countCandidatePairs, fingerprint, fingerprintWords, formatDedup, gramHashes, rareTermKeys, winnow } from '../src/index.js';
import { WIRE } from './helpers/articles.js';

describe('fingerprint', () => {
  const SAME_WORDING: Array<[string, string, string]> = [
    ['curly quotes and dashes', 'He said "no documents have been signed" - not yet.', 'He said \u201cno documents have been signed\u201d \u2014 not yet.'],
    ['case and hard line wraps', 'The Council approved the plan\non Tuesday after a long debate.', 'the council approved the plan on tuesday after a long debate.'],
    ['U.S. and per cent', 'U.S. output rose 5 per cent in the first quarter of the year.', 'US output rose 5% in the first quarter of the year.'],
    ['British spelling', 'The organisation will defend the programme in the centre of town.', 'The organization will defend the program in the center of town.'],
  ];
  test.each(SAME_WORDING)('typography does not change the anchors: %s', (_name, a, b) => {
    expect(fingerprint(a)).toEqual(fingerprint(b));
  });

  test('wording does: a changed word changes exactly the n-grams that hold it', () => {
    const grams = (text: string) => gramHashes(fingerprintWords(text), DEFAULT_FINGERPRINT.gram);
    const before = grams('The council approved the plan on Tuesday after a long debate.');
    const after = grams('The council rejected the plan on Tuesday after a long debate.');
    // 'approved' is word 3: it sits in grams 0..2 (a gram starting at 0, 1 or 2 holds it).
    expect(before.map((hash, i) => hash === after[i])).toEqual([false, false, false, true, true, true, true, true]);
  });

  test('norms, not stems', () => {
    expect(fingerprintWords('Talks were talked about')).toEqual(['talks', 'were', 'talked', 'about']);
  });

  test('about 130 anchors per 600 words with the defaults, distinct and ascending', () => {
    const text = Array.from({ length: 6 }, () => WIRE).join('\n\n').replace(/\d+/gu, (n) => `${n}x`);
    const words = Array.from({ length: 4 }, (_, i) => fingerprintWords(WIRE).map((w) => `${w}${i}`)).flat();
    const anchors = new Set(winnow(gramHashes(words, DEFAULT_FINGERPRINT.gram), DEFAULT_FINGERPRINT.window));
    const perSixHundred = (anchors.size / words.length) * 600;
    expect(perSixHundred).toBeGreaterThan(110);
    expect(perSixHundred).toBeLessThan(155);
    const print = fingerprint(text);
    expect(print.anchors).toEqual([...new Set(print.anchors)].sort((a, b) => a - b));
    for (const anchor of print.anchors) expect(Number.isSafeInteger(anchor) && anchor >= 0).toBe(true);
  });

  test('short texts still get an anchor; empty text gets none', () => {
    expect(fingerprint('Police closed the road.').anchors).toHaveLength(1);
    expect(fingerprint('Hi').anchors).toHaveLength(1);
    expect(fingerprint('').anchors).toEqual([]);
    expect(fingerprint('  \n ').words).toBe(0);
  });

  test('winnow picks each window minimum once, rightmost on ties', () => {
    expect(winnow([5, 3, 9, 3, 7], 2)).toEqual([3, 3]);
    expect(winnow([4, 4, 4], 2)).toEqual([4, 4]);
    expect(winnow([9, 8, 7], 5)).toEqual([7]);
    expect(winnow([], 4)).toEqual([]);
  });

  test('any shared run of gram + window - 1 words gives a shared anchor (property)', () => {
    const word = fc.stringMatching(/^[a-z]{2,7}$/u);
    const run = DEFAULT_FINGERPRINT.gram + DEFAULT_FINGERPRINT.window - 1;
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 40 }), fc.array(word, { minLength: 0, maxLength: 40 }), fc.array(word, { minLength: run, maxLength: run + 20 }), (left, right, shared) => {
        const a = fingerprint([...left, ...shared, 'alpha'].join(' ')).anchors;
        const b = new Set(fingerprint(['omega', ...shared, ...right].join(' ')).anchors);
        return a.some((anchor) => b.has(anchor));
      }),
      { numRuns: 300 },
    );
  });

  test('misuse throws', () => {
    expect(() => fingerprint(3 as never)).toThrow('fingerprint: text must be a string, got number');
    expect(() => fingerprint('x', { gram: 0 })).toThrow('fingerprint: options.gram must be an integer from 1 to 64, got 0');
    expect(() => fingerprint('x', { window: 2.5 })).toThrow('fingerprint: options.window must be an integer from 1 to 64, got 2.5');
  });
});

describe('countCandidatePairs', () => {
  function bruteForce(docs: Array<{ key: number; anchors: number[] }>, dfCap: number, minShared: number) {
    const holders = new Map<number, number[]>();
    for (const doc of docs) for (const h of doc.anchors) holders.set(h, [...(holders.get(h) ?? []), doc.key]);
    const counts = new Map<string, number>();
    for (const keys of holders.values()) {
      const sorted = [...keys].sort((x, y) => x - y);
      const pairs = sorted.length <= dfCap ? sorted.flatMap((x, i) => sorted.slice(i + 1).map((y) => [x, y])) : sorted.slice(1).map((y) => [sorted[0]!, y]);
      for (const [x, y] of pairs) counts.set(`${x},${y}`, (counts.get(`${x},${y}`) ?? 0) + 1);
    }
    return [...counts]
      .filter(([, n]) => n >= minShared)
      .map(([k, shared]) => ({ a: Number(k.split(',')[0]), b: Number(k.split(',')[1]), shared }))
      .sort((p, q) => p.a - q.a || p.b - q.b);
  }

  test('a boilerplate anchor (past the df cap) pairs each holder with the earliest only', () => {
    const docs = [1, 2, 3, 4].map((key) => ({ key, anchors: [42] }));
    expect(countCandidatePairs(docs, { dfCap: 3, minShared: 1 })).toEqual([
      { a: 1, b: 2, shared: 1 },
      { a: 1, b: 3, shared: 1 },
      { a: 1, b: 4, shared: 1 },
    ]);
    expect(countCandidatePairs(docs, { dfCap: 4, minShared: 1 })).toHaveLength(6);
  });

  test('agrees with a brute-force count (property)', () => {
    const anchor = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 ** 53 - 1 }));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 0, maxLength: 12 }),
        fc.array(fc.uniqueArray(anchor, { maxLength: 15 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        (keys, anchorLists, dfCap, minShared) => {
          const docs = keys.map((key, i) => ({ key, anchors: anchorLists[i]! }));
          expect(countCandidatePairs(docs, { dfCap, minShared })).toEqual(bruteForce(docs, dfCap, minShared));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formatDedup', () => {
  const result = {
    documents: 3,
    candidatePairs: 1,
    verifiedPairs: 0,
    clusters: [
      {
        origin: 'w,1',
        members: [
          { id: 'w,1', outlet: 'Wire "PA"', reusedShare: 1, containedInOrigin: 1 },
          { id: 'c-2', title: '=HYPERLINK("x")', publishedAt: '2026-03-02', reusedShare: 0.5, containedInOrigin: 0.25 },
        ],
      },
    ],
  };
  test('CSV: one row per member, quoted where needed, formulas defused', () => {
    expect([...formatDedup(result, 'csv')]).toEqual([
      'cluster,size,origin,is_origin,id,outlet,published_at,reused_share,contained_in_origin,title\n',
      '1,2,"w,1",true,"w,1","Wire ""PA""",,1,1,\n',
      `1,2,"w,1",false,c-2,,2026-03-02,0.5,0.25,"'=HYPERLINK(""x"")"\n`,
    ]);
  });
  test('JSONL: one cluster per line', () => {
    const lines = [...formatDedup(result, 'jsonl')];
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ cluster: 1, size: 2, origin: 'w,1', members: result.clusters[0]!.members });
    expect(() => [...formatDedup(result, 'xml' as never)]).toThrow("formatDedup: format must be 'jsonl' or 'csv', got \"xml\"");
  });
});

describe('rareTermKeys', () => {
  const words = (text: string): string[] => fingerprintWords(text);

  test('keys are negative (never an anchor), distinct, ascending, at most RARE_TERMS, and the same for the same words', () => {
    const text = 'The skipper of the Porthleven trawler Morwenna Star was ordered to pay £4,200 by Truro magistrates today for landing undersized hake.';
    const keys = rareTermKeys(words(text));
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.length).toBeLessThanOrEqual(RARE_TERMS);
    expect(keys.every((key) => Number.isSafeInteger(key) && key < 0)).toBe(true);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rareTermKeys(words(text.toUpperCase()))).toEqual(keys);
  });

  test('the rarest words are kept: names before the words every story uses', () => {
    const common = 'the police said on Monday that the court would hear the case again next week and that the people involved were told there have been more reports from this area about them after they came into town with all their friends';
    const keys = new Set(rareTermKeys(words(`${common} Kittow Porthleven`)));
    expect(keys.size).toBe(RARE_TERMS);
    for (const name of ['kittow', 'porthleven']) expect(keys.has(rareTermKeys([name])[0]!)).toBe(true);
    expect(keys.has(rareTermKeys(['the'])[0]!)).toBe(false);
    expect(keys.has(rareTermKeys(['said'])[0]!)).toBe(false);
  });

  test('a text in another language than English gets none: the English table cannot rank its words', () => {
    const russian = 'Суд в Москве приговорил бывшего директора завода к пяти годам лишения свободы за растрату бюджетных средств, сообщили в прокуратуре.';
    expect(fingerprint(russian).terms).toEqual([]);
    expect(fingerprint(russian).anchors.length).toBeGreaterThan(0);
    const english = 'A Moscow court jailed the former director of the Uralmash plant for five years for embezzling budget funds, prosecutors said.';
    expect(fingerprint(english).terms.length).toBeGreaterThan(5);
  });

  test('short words and empty texts give no keys', () => {
    expect(rareTermKeys(words('It is up to us.'))).toEqual([]);
    expect(rareTermKeys([])).toEqual([]);
  });
});

