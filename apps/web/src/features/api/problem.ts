import type { ProblemResponse } from '@wirediff/api/types';
/**
 * The API's one error shape (RFC 9457 problem details), as the API declares it, with `detail`
 * optional: the client also reads problems from proxies and makes up its own for network trouble.
 */
export type Problem = Omit<ProblemResponse, 'detail'> & { detail?: string };

/**
 * True when a parsed body looks like a problem+json document.
 * @example isProblem({ title: 'Not found', status: 404 }) // true
 */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.title === 'string' && typeof record.status === 'number';
}

/** Where a problem's messages belong on the page: an article (and field) or the form as a whole. */
export interface PlacedProblem {
  /** Messages for the form as a whole. */
  general: string[];
  /** Messages per article, keyed by the article's position in the form. */
  byArticle: Map<number, string[]>;
}

// `/documents/1/text` (JSON pointer, what the API sends) or `documents.1.text` / `documents[1].text`.
const DOCUMENT_PATH = /^\/?documents[./[](\d+)\]?(?:[./](\w+))?/;

const FIELD_NAMES: Record<string, string> = {
  text: 'Text',
  html: 'Text',
  title: 'Title',
  outlet: 'Outlet',
  publishedAt: 'Published',
  id: 'Id',
};

/**
 * Place a problem's messages next to the inputs they concern. `errors[].path` such as
 * `documents.1.text` points at the second document sent; `sentToForm` maps sent positions
 * back to form positions (blank articles are not sent).
 * @example placeProblem({ problem, sentToForm: [0, 2] }).byArticle.get(2)
 */
export function placeProblem(options: { problem: Problem; sentToForm?: number[] }): PlacedProblem {
  const { problem, sentToForm } = options;
  const general: string[] = [];
  const byArticle = new Map<number, string[]>();
  const add = (article: number, message: string): void => {
    const list = byArticle.get(article) ?? [];
    list.push(message);
    byArticle.set(article, list);
  };
  for (const error of problem.errors ?? []) {
    const found = DOCUMENT_PATH.exec(error.path);
    if (!found) {
      general.push(error.path ? `${error.path}: ${error.message}` : error.message);
      continue;
    }
    const sent = Number(found[1]);
    const article = sentToForm?.[sent] ?? sent;
    const field = found[2] ? FIELD_NAMES[found[2]] : undefined;
    add(article, field ? `${field}: ${error.message}` : error.message);
  }
  if (byArticle.size === 0 && general.length === 0) general.push(describeProblem(problem));
  else if (problem.detail && byArticle.size === 0) general.unshift(problem.detail);
  return { general, byArticle };
}

/**
 * One sentence for a problem, suitable for the page.
 * @example describeProblem({ type: 'about:blank', title: 'Not found', status: 404 }) // 'Not found (404)'
 */
export function describeProblem(problem: Problem): string {
  const status = problem.status ? ` (${problem.status})` : '';
  if (problem.detail && problem.detail !== problem.title) return `${problem.title}${status}: ${problem.detail}`;
  return `${problem.title}${status}`;
}
