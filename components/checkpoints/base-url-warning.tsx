/** Shown wherever posters are made while PUBLIC_BASE_URL would print an address phones cannot open. */
export function BaseUrlWarning({ warning }: { warning?: string }) {
  if (!warning) return null;
  return (
    <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <strong>Cảnh báo: </strong>{warning}
    </p>
  );
}
