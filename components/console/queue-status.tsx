'use client';
import type { QueuedCheck } from '@/lib/console/queue-types';
import { SOURCE_LABELS } from '@/lib/checks/labels';
import { formatDateTime } from '@/lib/text/format';

/** How many checks wait on this phone, why, and which the server refused (and why). */
export function QueueStatus({ items, syncing, online, persistent, onSyncNow, onDismiss }: {
  items: QueuedCheck[];
  syncing: boolean;
  online: boolean;
  persistent: boolean;
  onSyncNow: () => void;
  onDismiss: (key: string) => void;
}) {
  const waiting = items.filter((i) => i.status === 'pending');
  const refused = items.filter((i) => i.status === 'refused');
  const problem = waiting.find((i) => i.lastProblem)?.lastProblem;
  return (
    <section aria-labelledby="queue-title" className="card mb-4">
      <h2 id="queue-title" className="sr-only">
        Hàng chờ gửi
      </h2>
      <div role="status" aria-live="polite" aria-atomic="true" className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold" data-testid="queue-count" data-waiting={waiting.length}>
          {waiting.length === 0 ? (
            <>
              <span aria-hidden="true">✓ </span>Không còn lượt nào chờ gửi
            </>
          ) : (
            <>
              <span aria-hidden="true">↑ </span>
              {waiting.length} lượt đang chờ gửi{syncing ? ' · đang gửi…' : ''}
            </>
          )}
        </p>
        {!online && <p className="text-sm font-semibold text-amber-800">Mất mạng: vẫn ghi nhận, tự gửi khi có mạng lại.</p>}
        {problem && !syncing && <p className="w-full text-sm text-slate-700">{problem}</p>}
      </div>
      {waiting.length > 0 && (
        <button type="button" onClick={onSyncNow} disabled={syncing} className="mt-2 min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-700 disabled:opacity-60">
          Gửi ngay
        </button>
      )}
      {!persistent && (
        <p className="mt-2 text-sm text-amber-800">Trình duyệt này không cho lưu dữ liệu trên máy: đừng đóng trang khi còn lượt chờ gửi.</p>
      )}
      {refused.length > 0 && (
        <div className="mt-3" role="alert">
          <h3 className="font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {refused.length} lượt bị máy chủ từ chối (không được lưu)
          </h3>
          <ul className="mt-1 space-y-2">
            {refused.map((item) => (
              <li key={item.key} className="rounded border border-red-300 bg-red-50 p-2 text-sm" data-testid="refused-check">
                <p>
                  {formatDateTime(item.input.checkedAt)} · {SOURCE_LABELS[item.input.source]}
                </p>
                <p className="font-semibold text-red-900">Lý do: {item.refusal?.message}</p>
                <button type="button" onClick={() => onDismiss(item.key)} className="mt-1 min-h-11 rounded border border-slate-400 bg-white px-3">
                  Đã xem, bỏ khỏi danh sách
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
