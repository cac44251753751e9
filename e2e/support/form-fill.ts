import { expect, type Locator, type Page } from '@playwright/test';

/** The page, or the one form (card) of several alike on it. */
type Scope = Page | Locator;

/** One thing a user does to a form, and what the form must still show after a refusal. */
export type Fill =
  | { kind: 'text' | 'select'; label: string; value: string }
  /** A box in a fieldset (checkbox group or radios), named by its legend; `on: false` unticks it. */
  | { kind: 'check'; group: string; label: string; on?: boolean }
  | { kind: 'file'; label: string; name: string; body: string };

function control(page: Scope, fill: Fill) {
  if (fill.kind === 'check') {
    const group = page.getByRole('group', { name: fill.group, exact: true });
    // Not exact: a material's box also names its type after the title.
    return group.getByRole('checkbox', { name: fill.label }).or(group.getByRole('radio', { name: fill.label }));
  }
  // A required field's label ends in a “ *” (hidden from screen readers, but part of the text).
  return page.getByLabel(new RegExp(`^${fill.label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}( \\*)?$`));
}

export async function apply(page: Scope, fill: Fill) {
  const target = control(page, fill);
  if (fill.kind === 'text') await target.fill(fill.value);
  else if (fill.kind === 'select') await target.selectOption(fill.value);
  else if (fill.kind === 'check') await target.setChecked(fill.on ?? true);
  else if (fill.kind === 'file') await target.setInputFiles({ name: fill.name, mimeType: fill.name.endsWith('.pdf') ? 'application/pdf' : 'text/csv', buffer: Buffer.from(fill.body) });
}

/** The field shows what the user entered: the same text, option, tick or chosen file. */
export async function expectKept(page: Scope, fill: Fill) {
  const target = control(page, fill);
  const what = `${fill.kind} “${fill.label}”`;
  if (fill.kind === 'text' || fill.kind === 'select') await expect(target, what).toHaveValue(fill.value);
  else if (fill.kind === 'check') await expect(target, what).toBeChecked({ checked: fill.on ?? true });
  else if (fill.kind === 'file') {
    await expect(page.getByText(`Tệp đã chọn: ${fill.name}`), what).toBeVisible();
    await expect.poll(() => target.evaluate((input: HTMLInputElement) => [...(input.files ?? [])].map((f) => f.name)), { message: what }).toEqual([fill.name]);
  }
}
