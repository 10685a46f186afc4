import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ApiError, type ExtractedArticle } from '../api/api-client.js';
import { createDraft } from './article-draft.js';
import { useArticleDrafts } from './use-article-drafts.js';

afterEach(cleanup);

// The hook takes its file reader as a value; these readers answer at once so the tests can
// watch where each answer lands (the real /v1/extract is exercised in app-with-api.test.tsx).
const refuse = (file: File): Promise<ExtractedArticle> =>
  Promise.reject(new ApiError({ type: 'about:blank', title: 'Unreadable file', status: 422, detail: `${file.name} is not a document.` }));
const read = (file: File): Promise<ExtractedArticle> => Promise.resolve({ format: 'markdown', text: `Text of ${file.name}.`, characters: 20, title: 'From the file' });

function setup(extract = refuse) {
  const initial = () => [createDraft({ text: 'One.' }), createDraft(), createDraft()];
  return renderHook(() => useArticleDrafts({ extract, initial }));
}

describe('useArticleDrafts', () => {
  test('removing one article keeps the other articles their errors', () => {
    const { result } = setup();
    const [first, second, third] = result.current.drafts.map((d) => d.key);
    act(() => result.current.setErrors(new Map([[second!, ['empty']], [third!, ['also empty']]])));
    act(() => result.current.remove(second!));
    expect(result.current.drafts.map((d) => d.key)).toEqual([first, third]);
    expect([...result.current.errors]).toEqual([[third, ['also empty']]]);
  });

  test('editing an article clears its own error only', () => {
    const { result } = setup();
    const [first, second] = result.current.drafts.map((d) => d.key);
    act(() => result.current.setErrors(new Map([[first!, ['a']], [second!, ['b']]])));
    act(() => result.current.update(first!, { outlet: 'Wire' }));
    expect(result.current.errors.get(first!)).toEqual(['a']);
    act(() => result.current.update(first!, { text: 'Changed.' }));
    expect(result.current.errors.has(first!)).toBe(false);
    expect(result.current.errors.get(second!)).toEqual(['b']);
  });

  test('a file that cannot be read puts the reason on its own article', async () => {
    const { result } = setup(refuse);
    const [first, second] = result.current.drafts.map((d) => d.key);
    act(() => result.current.setErrors(new Map([[first!, ['kept']]])));
    await act(() => result.current.readFile(second!, new File(['x'], 'photo.docx')));
    expect(result.current.errors.get(second!)).toEqual(['Could not read photo.docx: Unreadable file (422): photo.docx is not a document.']);
    expect(result.current.errors.get(first!)).toEqual(['kept']);
    expect(result.current.drafts[1]!.extracting).toBe(false);
  });

  test('a read file fills the text, and fields the reader typed win over the file', async () => {
    const { result } = setup(read);
    const second = result.current.drafts[1]!.key;
    act(() => result.current.update(second, { outlet: 'Typed outlet' }));
    await act(() => result.current.readFile(second, new File(['x'], 'story.md')));
    expect(result.current.drafts[1]).toMatchObject({ text: 'Text of story.md.', title: 'From the file', outlet: 'Typed outlet', source: { fileName: 'story.md' } });
  });

  test('never fewer than two articles', () => {
    const { result } = setup();
    const keys = result.current.drafts.map((d) => d.key);
    act(() => result.current.remove(keys[0]!));
    act(() => result.current.remove(keys[1]!));
    expect(result.current.drafts).toHaveLength(2);
  });
});
