import { describe, expect, test } from 'vitest';
import { collectPayloads, createDraft, fromLocalInput, toLocalInput } from './article-draft.js';

describe('article drafts', () => {
  test('blank articles are not sent, and sent ones remember their place in the form', () => {
    const drafts = [createDraft({ text: 'One.', outlet: ' Wire ' }), createDraft({ text: '   ' }), createDraft({ text: 'Two.', title: 'T', publishedAt: '2026-03-04T09:12' })];
    const { documents, sentToForm } = collectPayloads(drafts);
    expect(sentToForm).toEqual([0, 2]);
    expect(documents[0]).toEqual({ text: 'One.', outlet: 'Wire' });
    expect(documents[1]!.title).toBe('T');
    expect(documents[1]!.publishedAt).toBe(new Date('2026-03-04T09:12').toISOString());
  });

  test.each(['2026-03-04T09:12', '1999-12-31T23:59'])('local time %s survives a round trip', (value) => {
    expect(toLocalInput(fromLocalInput(value))).toBe(value);
  });

  test('unreadable dates become empty', () => {
    expect(toLocalInput('yesterday')).toBe('');
    expect(fromLocalInput('')).toBeUndefined();
  });
});
