import type { ArticlePayload } from '../api/api-client.js';

/** One article as it sits in the form. */
export interface ArticleDraft {
  /** Stable React key; not sent anywhere. */
  key: number;
  text: string;
  title: string;
  outlet: string;
  /** `YYYY-MM-DDTHH:mm` local time, as a datetime-local field holds it; '' when unknown. */
  publishedAt: string;
  /** Set when the text came from a file, so the reader knows to check it. */
  source?: { fileName: string; byline?: string };
  extracting?: boolean;
}

/** Fewest and most articles one comparison takes in the app. */
export const MIN_ARTICLES = 2;
export const MAX_ARTICLES = 6;

let nextKey = 1;

/**
 * A blank article.
 * @example createDraft({ text: 'One sentence.', outlet: 'Wire' })
 */
export function createDraft(fields: Partial<Omit<ArticleDraft, 'key'>> = {}): ArticleDraft {
  nextKey += 1;
  return { key: nextKey, text: '', title: '', outlet: '', publishedAt: '', ...fields };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An ISO date(-time) as the local `YYYY-MM-DDTHH:mm` a datetime-local field wants; '' if unreadable.
 * @example toLocalInput('2026-03-04T09:12:00Z')
 */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A datetime-local value as ISO 8601 (UTC); undefined when empty or unreadable.
 * @example fromLocalInput('2026-03-04T09:12') // '2026-03-04T09:12:00.000Z' in UTC
 */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The articles to send, skipping blank ones, and where each sent one sits in the form.
 * @example collectPayloads(drafts).sentToForm // [0, 2] when the second article is blank
 */
export function collectPayloads(drafts: ArticleDraft[]): { documents: ArticlePayload[]; sentToForm: number[] } {
  const documents: ArticlePayload[] = [];
  const sentToForm: number[] = [];
  drafts.forEach((draft, index) => {
    if (draft.text.trim() === '') return;
    const publishedAt = fromLocalInput(draft.publishedAt);
    documents.push({
      text: draft.text,
      ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
      ...(draft.outlet.trim() ? { outlet: draft.outlet.trim() } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    });
    sentToForm.push(index);
  });
  return { documents, sentToForm };
}

/**
 * Drafts filled from articles (a saved comparison, the example).
 * @example setDrafts(draftsFromPayloads(saved.documents))
 */
export function draftsFromPayloads(documents: ArticlePayload[]): ArticleDraft[] {
  return documents.map((doc) =>
    createDraft({ text: doc.text, title: doc.title ?? '', outlet: doc.outlet ?? '', publishedAt: toLocalInput(doc.publishedAt) }),
  );
}

/**
 * "12,345 characters" or "1.2 MB" for big ones.
 * @example formatSize(1234) // '1,234 characters'
 */
export function formatSize(characters: number): string {
  if (characters >= 1_000_000) return `${(characters / 1_000_000).toFixed(1)} million characters`;
  return `${characters.toLocaleString('en')} characters`;
}
