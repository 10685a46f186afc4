import { analyzeDocument } from '@wirediff/text';
import { mirrorTokenDiff } from '../../src/diff/mirror-diff.js';
import { createMatchAnnotator } from '../../src/explain/annotate-match.js';
import { diffSentences, type Match } from '../../src/index.js';

/**
 * The match `compare` would build for two texts taken whole as one edited match (every
 * sentence of each), annotated as `compare` annotates it: for testing the change explainer and
 * the quote marks without depending on which pairs the scorer links.
 */
export function annotatePair(a: string, b: string, kind: Match['kind'] = 'edited'): Match {
  const documents = [a, b].map((text) => ({ text, sentences: analyzeDocument(text, { language: 'en' }).sentences }));
  const annotator = createMatchAnnotator(documents);
  const all = (d: number): number[] => documents[d]!.sentences.map((_sentence, index) => index);
  const flipped = annotator.isFlipped(0, all(0), 1, all(1));
  const canonical = flipped ? diffSentences(b, a, { language: 'en' }) : diffSentences(a, b, { language: 'en' });
  const { diff, spansA, spansB } = flipped ? mirrorTokenDiff(canonical) : canonical;
  const match: Match = {
    id: 0,
    kind,
    score: 1,
    sides: [
      { document: 0, sentences: all(0), spans: spansA },
      { document: 1, sentences: all(1), spans: spansB },
    ],
    diff,
  };
  annotator.annotate(match, canonical.diff, flipped);
  return match;
}
