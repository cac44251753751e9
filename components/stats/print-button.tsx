'use client';

/** Opens the browser's print dialog (save as PDF works the same); without JavaScript, Ctrl+P does. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
      In báo cáo
    </button>
  );
}
