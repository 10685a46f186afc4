import type { FieldError, ProblemKind, ProblemResponse } from './api-types.js';

export type { FieldError, ProblemKind } from './api-types.js';

/** The body of every error response (RFC 9457 problem details). */
export type ProblemDetails = ProblemResponse;

const PROBLEMS: Record<ProblemKind, { status: number; title: string }> = {
  'bad-request': { status: 400, title: 'Bad request' },
  validation: { status: 400, title: 'Invalid request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'too-large': { status: 413, title: 'Content too large' },
  'unsupported-type': { status: 415, title: 'Unsupported media type' },
  'unreadable-file': { status: 422, title: 'Unreadable file' },
  'comparison-timeout': { status: 422, title: 'Comparison did not finish' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'server-busy': { status: 503, title: 'Server busy' },
  internal: { status: 500, title: 'Internal server error' },
};

/**
 * Prefix of every problem `type`: a relative URI (RFC 9457 allows them) to the problem's entry
 * on this server's own /docs/problems page, so it resolves wherever the API is deployed.
 * @example PROBLEM_TYPE_BASE + 'too-large' // '/docs/problems#problem-too-large'
 */
export const PROBLEM_TYPE_BASE = '/docs/problems#problem-';

/**
 * The one error type of the API: thrown anywhere, rendered by `onError` as application/problem+json.
 * @example throw new ApiError('too-large', 'Document 2 has 1200000 characters; the limit is 1000000.')
 */
export class ApiError extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(kind: ProblemKind, detail: string, options: { errors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = PROBLEMS[kind].status;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  /** The problem+json body of this error. */
  toProblem(): ProblemDetails {
    const problem: ProblemDetails = {
      type: PROBLEM_TYPE_BASE + this.kind,
      title: PROBLEMS[this.kind].title,
      status: this.status,
      detail: this.message,
    };
    if (this.errors !== undefined) problem.errors = this.errors;
    return problem;
  }
}

/**
 * Every problem kind with its status and title, for the OpenAPI document and the README.
 * @example listProblemKinds().find((p) => p.kind === 'too-large')?.status // 413
 */
export function listProblemKinds(): Array<{ kind: ProblemKind; status: number; title: string }> {
  return (Object.keys(PROBLEMS) as ProblemKind[]).map((kind) => ({ kind, ...PROBLEMS[kind] }));
}
