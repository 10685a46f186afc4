import { runInNewContext } from 'node:vm';

/** A fenced JavaScript or TypeScript block of a README. */
const CODE_BLOCK = /^```(?:ts|typescript|js|javascript|mjs)\n([\s\S]*?)^```$/gm;
/** Statements that declare or loop rather than state a value. */
const NOT_A_VALUE = /^(?:const|let|var|import|export|for|if|while|return|console\.|\}|\/\/)/;
const STATED = '; // ';

/**
 * The code blocks of a README that import a wirediff package: the examples a user copies.
 *
 * @example
 * readmeExamples(readFileSync('packages/text/README.md', 'utf8')).length; // 1
 */
export function readmeExamples(markdown: string): string[] {
  return [...markdown.matchAll(CODE_BLOCK)].map((block) => block[1]!).filter((code) => code.includes("from '@wirediff/"));
}

/** A README example made checkable: its source as an ES module, and how many values it checks. */
export interface CheckedExample {
  source: string;
  checks: number;
}

/** The comment after a statement, evaluated as a JavaScript value; undefined when it is prose. */
function statedValue(comment: string): { value: string } | undefined {
  try {
    const value: unknown = runInNewContext(`(${comment})`, Object.create(null) as object, { timeout: 100 });
    return value === undefined && comment !== 'undefined' ? undefined : { value: comment };
  } catch {
    return undefined;
  }
}

/**
 * Rewrites each line `expression; // value` whose comment is a JavaScript value (`'en'`,
 * `['a', 'b']`, `{ score: 1 }`, `null`) into an assertion that the expression equals it, so
 * running the example checks what the README says. Prose comments (`// 0..1`, `// exactly
 * what you wrote`) are left alone.
 *
 * @example
 * withDocumentedChecks("doc.language; // 'en'").checks; // 1
 */
export function withDocumentedChecks(code: string): CheckedExample {
  let checks = 0;
  const lines = code.split('\n').map((line, index) => {
    const at = line.lastIndexOf(STATED);
    if (at < 0) return line;
    const expression = line.slice(0, at).trim();
    const stated = statedValue(line.slice(at + STATED.length).trim());
    if (expression === '' || NOT_A_VALUE.test(expression) || stated === undefined) return line;
    checks++;
    const indent = line.slice(0, line.length - line.trimStart().length);
    return `${indent}__documented(${expression}, ${stated.value}, ${index + 1});`;
  });
  const prelude = [
    "import { deepStrictEqual as __deepStrictEqual } from 'node:assert/strict';",
    'function __documented(actual, stated, line) {',
    '  try { __deepStrictEqual(actual, stated); }',
    "  catch { throw new Error(`line ${line} of the example: the README states ${JSON.stringify(stated)}, got ${JSON.stringify(actual)}`); }",
    '}',
  ];
  return { source: [...prelude, ...lines].join('\n'), checks };
}
