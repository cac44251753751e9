'use client';
import type { RecentCheck, CheckpointToday } from '@/lib/passages/checkpoint-today';
import type { QueuedCheck } from '@/lib/console/queue-types';
import { EVIDENCE_LABELS, RESULT_DISPLAY, SOURCE_LABELS } from '@/lib/checks/labels';
import { formatDateTime, formatNumber } from '@/lib/text/format';
import { VoidButton } from './void-button';

/** Today's count and the last checks: the server's list plus what still waits on this phone. */
export function RecentChecks({ summary, fresh, waiting, syncing, onVoided, onWithdraw }: {
  summary: CheckpointToday | null;
  fresh: boolean;
  waiting: QueuedCheck[];
  syncing: boolean;
  onVoided: () => void;
  onWithdraw: (key: string) => Promise<boolean>;
}) {
  return (
    <section aria-labelledby="recent-title" className="card">
      <h2 id="recent-title">Hôm nay tại chốt</h2>
      <p className="mt-1 text-3xl font-bold" data-testid="today-count" data-count={summary?.count ?? ''}>
        {summary ? formatNumber(summary.count) : '—'} <span className="text-base font-normal">lượt đã ghi nhận</span>
      </p>
      {waiting.length > 0 && <p className="text-sm text-slate-700">+ {waiting.length} lượt trên máy chưa gửi</p>}
      {summary && !fresh && <p className="text-xs text-slate-600">Số liệu lúc {formatDateTime(summary.at)} (chưa cập nhật được).</p>}
      <h3 className="mt-4 font-semibold">Các lượt gần nhất</h3>
      {waiting.length === 0 && !summary?.recent.length ? (
        <p className="mt-1 text-sm text-slate-600">Chưa có lượt kiểm tra nào hôm nay.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-200">
          {[...waiting].reverse().map((item) => (
            <li key={item.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Line at={item.input.checkedAt} source={item.input.source} result={item.provisional ?? 'unverified'} note="chờ gửi" />
              <button type="button" disabled={syncing} onClick={() => void onWithdraw(item.key)} className="min-h-11 rounded border border-slate-400 px-3 text-sm disabled:opacity-50">
                Bỏ lượt này
              </button>
            </li>
          ))}
          {summary?.recent.map((check) => (
            <li key={check.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="recent-check" data-passage-id={check.id}>
              <Line at={check.checkedAt} source={check.source} result={check.result} note={noteOf(check)} voided={check.voided} />
              {check.voidableUntil && <VoidButton passageId={check.id} onVoided={onVoided} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function noteOf(check: RecentCheck): string {
  if (check.voided) return 'đã huỷ';
  return EVIDENCE_LABELS[check.evidence];
}

function Line({ at, source, result, note, voided = false }: { at: string; source: keyof typeof SOURCE_LABELS; result: keyof typeof RESULT_DISPLAY; note: string; voided?: boolean }) {
  const display = RESULT_DISPLAY[result];
  return (
    <p className={`text-sm ${voided ? 'text-slate-500 line-through' : ''}`}>
      <span className="font-mono">{formatDateTime(at).slice(0, 5)}</span> · {SOURCE_LABELS[source]} ·{' '}
      <span className="font-semibold">
        <span aria-hidden="true">{display.icon} </span>
        {display.title.toLocaleLowerCase('vi')}
      </span>{' '}
      <span className="text-slate-600">({note})</span>
    </p>
  );
}
