'use client';
import { useCallback, useState } from 'react';
import { REASON_MESSAGES } from '@/lib/dcc/reasons';
import type { CertificateVerdict } from '@/lib/certificates/verdict';
import type { VerificationRule } from '@/lib/verification';
import type { CachedTrustList } from '@/lib/console/trust-cache';
import { verifyOffline } from '@/lib/console/verify-offline';
import { QrCapture } from '@/components/scan/qr-capture';

/**
 * The officer's scan of a vaccine passport QR, loaded on demand (next/dynamic) so the console's
 * first load stays light: read the QR, judge it on the device with the cached trust list and
 * rule (provisional), and hand it to the queue like any other check.
 */
export default function ScanPanel({ trust, ruleAt, onScanned }: {
  trust: CachedTrustList;
  ruleAt: (at: Date) => VerificationRule;
  onScanned: (hc1: string, verdict: CertificateVerdict | null, now: Date) => Promise<boolean>;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  const scanned = useCallback(async (text: string) => {
    const hc1 = text.trim();
    if (!hc1.startsWith('HC1:')) {
      setProblem(`${REASON_MESSAGES.bad_prefix}. Lượt này chưa được ghi.`);
      return;
    }
    setProblem(null);
    setBusy(true);
    const now = new Date();
    const verdict = await verifyOffline(hc1, trust, ruleAt(now), now);
    await onScanned(hc1, verdict, now);
    setBusy(false);
    setRound((n) => n + 1);
  }, [trust, ruleAt, onScanned]);

  return (
    <section aria-labelledby="scan-title" className="card">
      <h2 id="scan-title" className="mb-3">
        Quét mã QR hộ chiếu vắc-xin
      </h2>
      {busy ? <p role="status">Đang kiểm tra chứng nhận…</p> : <QrCapture key={round} onText={(t) => void scanned(t)} idPrefix="scan" />}
      {problem && (
        <p role="alert" className="mt-3 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {problem}
        </p>
      )}
    </section>
  );
}
