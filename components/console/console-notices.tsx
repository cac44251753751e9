'use client';
import { formatDateTime } from '@/lib/text/format';
import type { OfflineShellStatus } from './use-offline-shell';
import { trustListAge, trustListWarning, type CachedTrustList } from '@/lib/console/trust-cache';

const SHELL_TEXT: Record<Exclude<OfflineShellStatus, 'unsupported'>, string> = {
  preparing: 'Đang chuẩn bị để dùng được khi mất mạng…',
  ready: 'Sẵn sàng dùng khi mất mạng.',
  failed: 'Chưa lưu được trang để dùng khi mất mạng; trang sẽ thử lại lần mở sau.',
};

/** What this phone can and cannot do here: plain HTTP, offline readiness, the rule in use. */
export function ConsoleNotices({ insecure, shell, ruleSavedAt, ruleVersion, trust, showTrustWarning }: {
  insecure: string | null;
  shell: OfflineShellStatus;
  ruleSavedAt: string | null;
  ruleVersion: number;
  trust: CachedTrustList;
  /** False while the first refresh of the list is on its way (online, at most TRUST_WARNING_WAIT_MS): its answer decides. */
  showTrustWarning: boolean;
}) {
  const trustWarning = showTrustWarning ? trustListWarning(trust) : null;
  return (
    <div className="mb-3 space-y-2 text-sm">
      {trustWarning && (
        <p role="alert" className="rounded border-2 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950" data-testid="trust-list-warning" data-kind={trustWarning.kind}>
          <span aria-hidden="true">⚠ </span>
          {trustWarning.text}
        </p>
      )}
      {insecure && (
        <p role="alert" className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-amber-950" data-testid="insecure-notice">
          <span aria-hidden="true">⚠ </span>
          {insecure}
        </p>
      )}
      <p role="status" className="text-slate-700" data-testid="offline-shell" data-status={shell}>
        {shell !== 'unsupported' && (
          <>
            <span aria-hidden="true">{shell === 'ready' ? '✓ ' : shell === 'failed' ? '⚠ ' : '… '}</span>
            {SHELL_TEXT[shell]}{' '}
          </>
        )}
        Quy tắc phiên bản {ruleVersion}
        {ruleSavedAt ? `, cập nhật ${formatDateTime(ruleSavedAt)}.` : ' (theo công văn, chưa cập nhật từ máy chủ).'}
      </p>
      <p className="text-slate-700" data-testid="trust-list-age">
        Danh sách tin cậy: {trust.signers.length} chứng thư ký, {trustListAge(trust.savedAt)}
        {trust.savedAt ? ` (${formatDateTime(trust.savedAt)})` : ''}.
      </p>
    </div>
  );
}
