import { expect, test } from 'vitest';
import { EXAMPLE_ARTICLES } from './example-articles.js';

const sentences = (text: string): string[] => text.split(/(?<=[.!?"])\s+/).filter(Boolean);

test('the example is a wire story and a rewrite that shares some sentences verbatim and adds others', () => {
  const [wire, rewrite] = EXAMPLE_ARTICLES;
  expect(EXAMPLE_ARTICLES).toHaveLength(2);
  const wireSentences = sentences(wire!.text);
  const rewriteSentences = sentences(rewrite!.text);
  expect(wireSentences.length).toBeGreaterThanOrEqual(8);
  const shared = rewriteSentences.filter((s) => wireSentences.includes(s));
  expect(shared.length).toBeGreaterThanOrEqual(2);
  expect(shared.length).toBeLessThan(rewriteSentences.length - 3);
  expect(Date.parse(wire!.publishedAt)).toBeLessThan(Date.parse(rewrite!.publishedAt));
  expect(rewrite!.text).toContain('\n\n');
});
