import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules, as the issue asks. */
export const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule broken on the page, with the nodes that break it. */
export interface AxeFinding {
  rule: string;
  impact: ImpactValue | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core's WCAG 2.1 AA rules in the page as it is now (optionally within one element) and
 * return every violation. axe is evaluated through the DevTools protocol, so the server's
 * Content-Security-Policy (script-src 'self') does not block it and the app ships no test code.
 * @example const findings = await checkAccessibility(page, { include: '[data-testid="match-panel"]' })
 */
export async function checkAccessibility(page: Page, options: { include?: string } = {}): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const runOptions: RunOptions = { runOnly: { type: 'tag', values: WCAG21_AA_TAGS }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    async ({ include, runOptions }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
      const found = await axe.run(include ? { include: [include] } : document, runOptions);
      return found.violations.map((v) => ({ rule: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { include: options.include ?? null, runOptions },
  );
  return results;
}

/**
 * Only the violations axe rates serious or critical: what the tests forbid.
 * @example expect(serious(await checkAccessibility(page))).toEqual([])
 */
export function serious(findings: AxeFinding[]): AxeFinding[] {
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
