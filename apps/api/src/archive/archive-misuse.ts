import { ApiError } from '../errors.js';

// The archive throws TypeError/RangeError only on misuse, with exact messages that name the
// field: `add: documents[3].publishedAt must be …`, `dedup: options.since must be …`,
// `evict: olderThan must be …`. Those are the client's fault here.
const DOCUMENT_FIELD = /documents\[(\d+)\](?:\.(\w+))?/u;
const OPTION_FIELD = /options\.(\w+)/u;
// `sources: article.publishedAt must be …`: the article's fields sit at the body's top level.
const ARTICLE_FIELD = /article\.(\w+)/u;
const EVICT_FIELD = /^evict: (\w+)/u;

/**
 * The 400 `validation` problem for an archive misuse error, its field as a JSON Pointer into the
 * request (`/documents/3/publishedAt`, `/since`); anything else is returned as it is (a server fault).
 * `documentPath` turns the index the archive saw into the request's own pointer.
 * @example throw archiveMisuse(error, { documentPath: (i) => `/documents/${i}` })
 */
export function archiveMisuse(error: unknown, options: { documentPath?: (index: number) => string; detail?: (index: number | null, message: string) => string } = {}): unknown {
  if (!(error instanceof TypeError || error instanceof RangeError)) return error;
  const message = error.message;
  const document = DOCUMENT_FIELD.exec(message);
  let path = '';
  if (document !== null) {
    const base = (options.documentPath ?? ((index: number) => `/documents/${index}`))(Number(document[1]));
    path = document[2] === undefined ? base : `${base}/${document[2]}`;
  } else {
    const field = OPTION_FIELD.exec(message)?.[1] ?? ARTICLE_FIELD.exec(message)?.[1] ?? EVICT_FIELD.exec(message)?.[1];
    if (field !== undefined) path = `/${field}`;
  }
  const detail = options.detail?.(document === null ? null : Number(document[1]), message) ?? message;
  return new ApiError('validation', detail, { errors: [{ path, message }], cause: error });
}
