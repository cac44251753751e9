/**
 * After a refused submit, takes the user to the first field marked invalid (in page order) and
 * focuses it, so a phone user sees the problem and a screen reader reads its label and error.
 */
export function focusFirstInvalid(root: HTMLElement | null): HTMLElement | null {
  const field = root?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
  if (!field) return null;
  field.focus({ preventScroll: true });
  // Centred rather than at the very top: the label and the error above and below stay in view.
  field.scrollIntoView({ block: 'center' });
  return field;
}
