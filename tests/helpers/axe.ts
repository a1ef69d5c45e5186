import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** What a failure message needs of one axe violation. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let source: Promise<string> | null = null;

/** axe-core's browser build, read once per test file. */
export function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Runs axe-core on the page as it is now (the page's context must bypass its
 * Content-Security-Policy, or the script is kept out); the violations, each with its selectors.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: await axeSource() });
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results: AxeResults = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** One line per violation: where, which rule, how bad, the first few selectors, the rule's help. */
export function describeViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.map((violation) => {
    const shown = violation.targets.slice(0, 3).join(', ');
    const more = violation.targets.length > 3 ? ` +${violation.targets.length - 3} more` : '';
    return `${where}: ${violation.id} (${violation.impact}) — ${shown}${more} — ${violation.help}`;
  });
}
