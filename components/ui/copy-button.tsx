'use client';
import { useState } from 'react';

/** Copies `text`; says so in words (announced), since a silent copy leaves people unsure. */
export function CopyButton({ text, label = 'Sao chép', className = '' }: { text: string; label?: string; className?: string }) {
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone('copied');
    } catch {
      // Plain http (no secure context) has no clipboard API; the text stays visible to select by hand.
      setDone('failed');
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={`min-h-11 rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold ${className}`}>
        {label}
      </button>
      <span role="status" className="text-xs text-slate-700">
        {done === 'copied' ? 'Đã sao chép.' : done === 'failed' ? 'Không sao chép được: hãy chọn và sao chép bằng tay.' : ''}
      </span>
    </span>
  );
}
