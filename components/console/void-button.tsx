'use client';
import { useState } from 'react';

/** Two taps to void a mistaken check: ask, then confirm; the server checks the 15-minute window. */
export function VoidButton({ passageId, onVoided }: { passageId: number; onVoided: () => void }) {
  const [stage, setStage] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setStage('busy');
    setError(null);
    try {
      const response = await fetch(`/api/checks/${passageId}/void`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'same-origin',
      });
      if (response.ok) {
        onVoided();
        setStage('idle');
        return;
      }
      const body = (await response.json().catch(() => null)) as { message?: string; error?: string } | null;
      setError(body?.message ?? body?.error ?? 'Không huỷ được lượt này.');
    } catch {
      setError('Không có mạng: chưa huỷ được, hãy thử lại khi có mạng.');
    }
    setStage('idle');
  }

  return (
    <span className="flex flex-col items-end">
      {stage === 'idle' && (
        <button type="button" onClick={() => setStage('confirm')} className="min-h-11 rounded border border-red-700 px-3 text-sm text-red-800">
          Huỷ (ghi nhầm)
        </button>
      )}
      {stage !== 'idle' && (
        <span className="flex gap-2">
          <button type="button" onClick={() => void confirm()} disabled={stage === 'busy'} className="min-h-11 rounded bg-red-700 px-3 text-sm font-semibold text-white">
            Xác nhận huỷ
          </button>
          <button type="button" onClick={() => setStage('idle')} className="min-h-11 rounded border border-slate-400 px-3 text-sm">
            Không
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
