import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
/** axe-core's browser build, read from node_modules so the test never touches the network. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rule tags the app is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One axe violation, reduced to what a failing test should print. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** How many elements fail the rule. */
  count: number;
  /** The first few of them. */
  nodes: { target: string; summary: string }[];
}

/** Runs axe-core in the page (or only in the elements matching `include`) against WCAG 2.1 A/AA and returns its violations. */
export async function runAxe(page: Page, include?: string[]): Promise<AxeFinding[]> {
  // Evaluated over the DevTools protocol rather than added as a <script>: the app's CSP (rightly)
  // blocks inline scripts, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ tags, include }) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: any[] }> } }).axe;
    const context = include ? { include: include.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id as string,
      impact: (v.impact ?? 'unknown') as string,
      help: v.help as string,
      count: (v.nodes as unknown[]).length,
      nodes: (v.nodes as { target: unknown[]; failureSummary?: string }[]).slice(0, 5).map((n) => ({
        target: n.target.join(' '),
        summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
      })),
    }));
  }, { tags: WCAG_TAGS, include });
}

/** Counts findings by impact, e.g. { serious: 2, moderate: 1 }. */
export function countByImpact(findings: readonly AxeFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.impact] = (counts[f.impact] ?? 0) + f.count;
  return counts;
}

/** The findings a release must not have: serious and critical ones. */
export function blocking(findings: readonly AxeFinding[]): AxeFinding[] {
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
