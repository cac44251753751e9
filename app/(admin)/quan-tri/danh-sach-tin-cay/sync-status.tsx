import { formatDateTime } from '@/lib/text/format';
import { SyncNowButton } from './source-form';

export interface SourceStatus {
  url: string;
  unsigned: boolean;
  intervalHours: number;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  lastAdded: number | null;
  lastRemoved: number | null;
  lastUnchanged: number | null;
  lastErrorAt: Date | null;
  lastError: string | null;
}

/** "3 giờ trước", for how old the last successful sync is. */
function age(at: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000));
  if (minutes < 1) return 'vừa xong';
  if (minutes < 60) return `${minutes} phút trước`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} giờ trước` : `${Math.floor(hours / 24)} ngày trước`;
}

/** The last successful sync and its age, what it changed, and the last error (loud when it is the latest news). */
export function SyncStatus({ source, now = new Date() }: { source: SourceStatus; now?: Date }) {
  const failingNow = source.lastErrorAt && (!source.lastSuccessAt || source.lastErrorAt > source.lastSuccessAt);
  const overdue = source.lastSuccessAt && now.getTime() - source.lastSuccessAt.getTime() > 2 * source.intervalHours * 3_600_000;
  return (
    <section aria-labelledby="dong-bo" className="card" data-testid="trust-sync-status">
      <h2 id="dong-bo" className="mb-2">Đồng bộ</h2>
      <p className="break-all text-sm text-slate-700">
        Nguồn: <code>{source.url}</code> {source.unsigned ? '(không ký)' : '(có chữ ký)'} · mỗi {source.intervalHours} giờ
      </p>
      {source.lastSuccessAt ? (
        <p className={`mt-2 text-sm ${overdue ? 'font-semibold text-amber-900' : ''}`}>
          Lần đồng bộ thành công gần nhất: {formatDateTime(source.lastSuccessAt)} ({age(source.lastSuccessAt, now)}) — thêm {source.lastAdded ?? 0}, gỡ {source.lastRemoved ?? 0}, giữ nguyên {source.lastUnchanged ?? 0}.
          {overdue && ' Đã quá lâu so với chu kỳ: kiểm tra nguồn.'}
        </p>
      ) : (
        <p className="mt-2 text-sm">Chưa đồng bộ thành công lần nào.</p>
      )}
      {source.lastError && source.lastErrorAt && (
        <p role={failingNow ? 'alert' : undefined} className={`mt-2 rounded-md px-3 py-2 text-sm ${failingNow ? 'border border-red-300 bg-red-50 text-red-900' : 'text-slate-600'}`}>
          Lỗi gần nhất ({formatDateTime(source.lastErrorAt)}): {source.lastError}
        </p>
      )}
      <div className="mt-3">
        <SyncNowButton />
      </div>
    </section>
  );
}
