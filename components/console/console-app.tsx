'use client';
import { useCallback, useEffect, useState } from 'react';
import dynamic from 'next/dynamic';
import type { CertificateVerdict } from '@/lib/certificates/verdict';
import { cachedTrustList, refreshTrustList, type CachedTrustList } from '@/lib/console/trust-cache';
import { buildScanCheck } from '@/lib/console/scan-check';
import { CertificateCard } from '@/components/scan/certificate-card';
import { FIRST_RULE } from '@/lib/verification';
import { buildDirectCheck, type DirectCheckFields } from '@/lib/console/direct-check';
import { cachedRules, refreshRules, ruleAt, type CachedRules } from '@/lib/console/rule-cache';
import { deviceId } from '@/lib/checks/device-id';
import { rememberCheckpoint, rememberedCheckpoint } from '@/lib/console/checkpoint-memory';
import { detectEnvironment, insecureNotice, type ConsoleEnvironment } from '@/lib/console/environment';
import { CheckForm } from './check-form';
import { CheckpointPicker, type ConsoleCheckpoint } from './checkpoint-picker';
import { ConsoleNotices } from './console-notices';
import { ConsoleSignOut } from './console-sign-out';
import { QueueStatus } from './queue-status';
import { RecentChecks } from './recent-checks';
import { VerdictPanel } from './verdict-panel';
import { useCheckQueue } from './use-check-queue';
import { useCheckpointToday } from './use-checkpoint-today';
import { useOfflineShell } from './use-offline-shell';
import { useOnline } from './use-online';

/** How long the trust list's warning waits for the list's first refresh (see trustWarningDue). */
const TRUST_WARNING_WAIT_MS = 5_000;

// The scanner (camera, jsQR, the certificate library) loads only when the officer opens it, or
// when the console fetches it to keep offline. One loader for both: an import() written inside
// dynamic() is built into other files than one written elsewhere, and the files kept offline
// were then not those the scanner opens with.
const loadScanPanel = () => import('./scan-panel');
const ScanPanel = dynamic(loadScanPanel, { ssr: false, loading: () => <p role="status">Đang tải bộ quét mã QR…</p> });

/** The checkpoint console: one client page that keeps working when the network does not. */
export function ConsoleApp({ officer, checkpoints }: { officer: { id: string; name: string }; checkpoints: ConsoleCheckpoint[] }) {
  const [env, setEnv] = useState<ConsoleEnvironment | null>(null);
  const [rules, setRules] = useState<CachedRules>({ rules: [FIRST_RULE], savedAt: null });
  const [checkpointId, setCheckpointId] = useState<string | null>(null);
  const [picked, setPicked] = useState(false);
  const [lastKey, setLastKey] = useState<string | null>(null);
  const [recordError, setRecordError] = useState<string | null>(null);
  const [voids, setVoids] = useState(0);
  const [mode, setMode] = useState<'direct' | 'scan'>('direct');
  const [trust, setTrust] = useState<CachedTrustList>({ version: '0-0', updatedAt: null, savedAt: null, signers: [] });
  // Online, the trust list's warning waits for the first refresh: shown and then gone, the amber
  // box moved the buttons under the officer's finger (and a tap landed elsewhere). On a weak link
  // the refresh may hang: the warning is due after a short wait all the same.
  const [trustWarningDue, setTrustWarningDue] = useState(false);
  const online = useOnline();
  const queue = useCheckQueue(officer.id);
  const shell = useOfflineShell(env?.serviceWorker ?? false);
  const answered = queue.items.filter((i) => i.status === 'stored' || i.status === 'duplicate').length;
  const { summary, fresh } = useCheckpointToday(checkpointId, `${answered}:${voids}`);

  useEffect(() => {
    setEnv(detectEnvironment(window));
    setRules(cachedRules());
    setTrust(cachedTrustList());
    const remembered = rememberedCheckpoint(officer.id);
    const usable = checkpoints.filter((c) => c.status !== 'closed');
    const initial = usable.find((c) => c.id === remembered) ?? (usable.length === 1 ? usable[0] : null);
    setCheckpointId(initial?.id ?? null);
    setPicked(true);
  }, [officer.id, checkpoints]);

  useEffect(() => {
    if (!online) return;
    void refreshRules().then(setRules);
    void refreshTrustList().then((list) => {
      setTrust(list);
      setTrustWarningDue(true);
    });
  }, [online]);

  useEffect(() => {
    const timer = window.setTimeout(() => setTrustWarningDue(true), TRUST_WARNING_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, []);

  // Once the shell is kept for offline use, fetch the scanner too (the service worker keeps what
  // is fetched), so scanning works offline even if it was never opened online. Late and idle, so
  // it never competes with the first load.
  useEffect(() => {
    if (shell !== 'ready') return;
    const prefetch = async () => {
      await loadScanPanel();
      // The QR decoding worker's files too: the panel starts it only when it opens.
      await (await import('@/components/scan/read-qr')).prepareQrReader();
    };
    const timer = window.setTimeout(() => void prefetch().catch(() => {}), 10_000);
    return () => window.clearTimeout(timer);
  }, [shell]);

  const choose = (id: string | null) => {
    rememberCheckpoint(officer.id, id);
    setCheckpointId(id);
    setLastKey(null);
  };

  async function record(fields: DirectCheckFields): Promise<boolean> {
    if (!checkpointId) return false;
    setRecordError(null);
    try {
      const now = new Date();
      const { input, provisional } = buildDirectCheck(fields, { checkpointId, rule: ruleAt(rules, now), now, deviceId: deviceId() });
      const item = await queue.record(input, provisional);
      setLastKey(item.key);
      return true;
    } catch {
      setRecordError('Không lưu được lượt kiểm tra trên máy. Hãy thử lại; nếu vẫn lỗi, ghi tay và báo cán bộ phụ trách.');
      return false;
    }
  }

  const judgeRuleAt = useCallback((at: Date) => ruleAt(rules, at), [rules]);
  const recordScan = useCallback(async (hc1: string, verdict: CertificateVerdict | null, now: Date): Promise<boolean> => {
    if (!checkpointId) return false;
    setRecordError(null);
    try {
      const input = buildScanCheck(hc1, verdict, { checkpointId, now, deviceId: deviceId() });
      const item = await queue.record(input, verdict?.result ?? null, verdict?.summary ?? null);
      setLastKey(item.key);
      return true;
    } catch {
      setRecordError('Không lưu được lượt kiểm tra trên máy. Hãy thử lại; nếu vẫn lỗi, ghi tay và báo cán bộ phụ trách.');
      return false;
    }
  }, [checkpointId, queue]);

  const checkpoint = checkpoints.find((c) => c.id === checkpointId) ?? null;
  const waiting = queue.items.filter((i) => i.status === 'pending');
  const lastCheck = queue.items.find((i) => i.key === lastKey) ?? null;
  const ruleNow = ruleAt(rules, new Date());

  return (
    <>
      <ConsoleNotices insecure={env ? insecureNotice(env) : null} shell={shell} ruleSavedAt={rules.savedAt} ruleVersion={ruleNow.version} trust={trust} showTrustWarning={trustWarningDue || !online} />
      {!picked || !queue.ready ? (
        <p role="status">Đang mở bàn kiểm soát…</p>
      ) : !checkpoint ? (
        <CheckpointPicker checkpoints={checkpoints} onChoose={choose} />
      ) : (
        <>
          <div className="mb-3 flex items-center justify-between gap-2">
            <h1 className="text-xl" data-testid="current-checkpoint">
              {checkpoint.name}
            </h1>
            {checkpoints.length > 1 && (
              <button type="button" onClick={() => choose(null)} className="min-h-11 shrink-0 rounded border border-slate-400 bg-white px-3 text-sm">
                Đổi chốt
              </button>
            )}
          </div>
          <VerdictPanel check={lastCheck} ruleVersion={lastCheck ? ruleAt(rules, new Date(lastCheck.input.checkedAt)).version : ruleNow.version} />
          {recordError && (
            <p role="alert" className="mb-3 rounded border border-red-700 bg-red-50 p-3 text-red-900">
              {recordError}
            </p>
          )}
          {lastCheck?.certificate && <CertificateCard summary={lastCheck.certificate} />}
          <div role="group" aria-label="Cách kiểm tra" className="mb-3 grid grid-cols-2 gap-2">
            {(['direct', 'scan'] as const).map((m) => (
              <button
                key={m}
                type="button"
                aria-pressed={mode === m}
                onClick={() => setMode(m)}
                className={`min-h-12 rounded-lg border-2 border-brand-700 px-2 font-semibold ${mode === m ? 'bg-brand-700 text-white' : 'bg-white text-brand-800'}`}
              >
                {m === 'direct' ? 'Xem trực tiếp' : 'Quét mã QR chứng nhận'}
              </button>
            ))}
          </div>
          {mode === 'direct' ? <CheckForm onRecord={record} disabled={!queue.ready} /> : <ScanPanel trust={trust} ruleAt={judgeRuleAt} onScanned={recordScan} />}
          <div className="mt-4">
            <QueueStatus items={queue.items} syncing={queue.syncing} online={online} persistent={queue.persistent} onSyncNow={queue.syncNow} onDismiss={(key) => void queue.dismiss(key)} />
            <RecentChecks
              summary={summary?.checkpointId === checkpointId ? summary : null}
              fresh={fresh}
              waiting={waiting.filter((i) => i.input.checkpointId === checkpointId)}
              syncing={queue.syncing}
              onVoided={() => setVoids((n) => n + 1)}
              onWithdraw={queue.withdraw}
            />
          </div>
        </>
      )}
      <ConsoleSignOut name={officer.name} waiting={waiting.length} />
    </>
  );
}
