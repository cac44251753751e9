import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Accessibility is a property of the markup, which the database engine does not change: axe runs
 * in the PGlite pass of `npm test`; the PostgreSQL pass (E2E_DATABASE_URL set) runs the same tests
 * for what does depend on the database (every page answers, its content, no console error). Axe
 * was the largest part of the end-to-end time, which CI pays twice.
 */
export const axeRuns = !process.env.E2E_DATABASE_URL;

/** Serious and critical axe findings, as readable lines (an empty list passes). */
export async function seriousViolations(page: Page) {
  if (!axeRuns) return [];
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
