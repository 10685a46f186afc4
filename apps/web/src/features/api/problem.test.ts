import { describe, expect, test } from 'vitest';
import { describeProblem, isProblem, placeProblem, type Problem } from './problem.js';

const base: Problem = { type: 'https://wirediff.dev/problems/too-large', title: 'Too large', status: 413, detail: 'Document 2 has 60000 characters; the limit is 50000.' };

describe('placeProblem', () => {
  test.each([
    ['/documents/1/text', 1, 'Text: At most 50000 characters'],
    ['documents.0.title', 0, 'Title: At most 50000 characters'],
    ['documents[2].publishedAt', 2, 'Published: At most 50000 characters'],
    ['/documents/3', 3, 'At most 50000 characters'],
  ])('path %s goes to article %i', (path, article, message) => {
    const placed = placeProblem({ problem: { ...base, errors: [{ path, message: 'At most 50000 characters' }] } });
    expect(placed.byArticle.get(article)).toEqual([message]);
  });

  test('sent positions map back to form positions when blank articles were skipped', () => {
    const placed = placeProblem({ problem: { ...base, errors: [{ path: '/documents/1/text', message: 'too long' }] }, sentToForm: [0, 2] });
    expect([...placed.byArticle.keys()]).toEqual([2]);
  });

  test('a problem without field paths becomes one general message', () => {
    const placed = placeProblem({ problem: base });
    expect(placed.byArticle.size).toBe(0);
    expect(placed.general).toEqual(['Too large (413): Document 2 has 60000 characters; the limit is 50000.']);
  });

  test('paths outside documents stay general', () => {
    const placed = placeProblem({ problem: { ...base, errors: [{ path: '/options/minScore', message: 'Too big' }] } });
    expect(placed.general).toEqual(['Document 2 has 60000 characters; the limit is 50000.', '/options/minScore: Too big']);
  });
});

test('isProblem and describeProblem', () => {
  expect(isProblem(base)).toBe(true);
  expect(isProblem({ title: 'x' })).toBe(false);
  expect(isProblem(null)).toBe(false);
  expect(describeProblem({ ...base, detail: 'Too large' })).toBe('Too large (413)');
});
