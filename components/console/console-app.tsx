'use client';
import { useEffect, useState } from 'react';
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

/** The checkpoint console: one client page that keeps working when the network does not. */
export function ConsoleApp({ officer, checkpoints }: { officer: { id: string; name: string }; checkpoints: ConsoleCheckpoint[] }) {
  const [env, setEnv] = useState<ConsoleEnvironment | null>(null);
  const [rules, setRules] = useState<CachedRules>({ rules: [FIRST_RULE], savedAt: null });
  const [checkpointId, setCheckpointId] = useState<string | null>(null);
  const [picked, setPicked] = useState(false);
  const [lastKey, setLastKey] = useState<string | null>(null);
  const [recordError, setRecordError] = useState<string | null>(null);
  const [voids, setVoids] = useState(0);
  const online = useOnline();
  const queue = useCheckQueue(officer.id);
  const shell = useOfflineShell(env?.serviceWorker ?? false);
  const answered = queue.items.filter((i) => i.status === 'stored' || i.status === 'duplicate').length;
  const { summary, fresh } = useCheckpointToday(checkpointId, `${answered}:${voids}`);

  useEffect(() => {
    setEnv(detectEnvironment(window));
    setRules(cachedRules());
    const remembered = rememberedCheckpoint(officer.id);
    const usable = checkpoints.filter((c) => c.status !== 'closed');
    const initial = usable.find((c) => c.id === remembered) ?? (usable.length === 1 ? usable[0] : null);
    setCheckpointId(initial?.id ?? null);
    setPicked(true);
  }, [officer.id, checkpoints]);

  useEffect(() => {
    if (!online) return;
    void refreshRules().then(setRules);
  }, [online]);

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

  const checkpoint = checkpoints.find((c) => c.id === checkpointId) ?? null;
  const waiting = queue.items.filter((i) => i.status === 'pending');
  const lastCheck = queue.items.find((i) => i.key === lastKey) ?? null;
  const ruleNow = ruleAt(rules, new Date());

  return (
    <>
      <ConsoleNotices insecure={env ? insecureNotice(env) : null} shell={shell} ruleSavedAt={rules.savedAt} ruleVersion={ruleNow.version} />
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
          <CheckForm onRecord={record} disabled={!queue.ready} />
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
