'use client';
import type { QueuedCheck } from '@/lib/console/queue-types';
import { RESULT_DISPLAY, TONE_CLASSES } from '@/lib/checks/labels';

/**
 * The big answer for the last check: the server's result once it has answered, the device's
 * provisional verdict until then, always in words and an icon as well as colour.
 */
export function VerdictPanel({ check, ruleVersion }: { check: QueuedCheck | null; ruleVersion: number }) {
  return (
    <div aria-live="polite" aria-atomic="true" className="mb-4">
      {check && <Verdict check={check} ruleVersion={ruleVersion} />}
    </div>
  );
}

function Verdict({ check, ruleVersion }: { check: QueuedCheck; ruleVersion: number }) {
  if (check.status === 'refused') {
    return (
      <div role="alert" className="rounded-lg border-4 border-red-700 bg-red-50 p-4 text-red-900">
        <p className="text-2xl font-bold">
          <span aria-hidden="true">⚠ </span>Máy chủ từ chối lượt kiểm tra
        </p>
        <p className="mt-1">{check.refusal?.message}</p>
      </div>
    );
  }
  const result = check.passage?.result ?? check.provisional ?? 'unverified';
  const display = RESULT_DISPLAY[result];
  const confirmed = check.status === 'stored' || check.status === 'duplicate';
  return (
    <div className={`rounded-lg p-4 ${TONE_CLASSES[display.tone]}`} data-result={result} data-passage-id={check.passage?.id}>
      <p className="text-4xl leading-tight font-extrabold">
        <span aria-hidden="true" className="mr-2">
          {display.icon}
        </span>
        {display.title}
      </p>
      <p className="mt-1 text-base">{display.detail}</p>
      <p className="mt-2 text-sm font-semibold">
        {confirmed
          ? `Máy chủ đã ghi nhận (quy tắc phiên bản ${check.passage?.ruleVersion}).`
          : `Tạm tính trên máy (quy tắc phiên bản ${ruleVersion}) · đã lưu trên máy, ${check.lastProblem ? 'chờ gửi' : 'đang gửi…'}`}
      </p>
    </div>
  );
}
