import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Serious and critical axe findings, as readable lines (an empty list passes). */
export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
