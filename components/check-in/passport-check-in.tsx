'use client';
import { useRef, useState } from 'react';
import type { StoredPassage } from '@/lib/checks/types';
import type { CertificateSummary } from '@/lib/certificates/verdict';
import { ID_ERROR, PHONE_ERROR, isIdNumber, isPhone, normalizeIdNumber, normalizePhone } from '@/lib/checks/personal-fields';
import { newIdempotencyKey } from '@/lib/checks/idempotency-key';
import { deviceId } from '@/lib/checks/device-id';
import { submitCheckIn } from '@/lib/check-in/submit';
import { Field } from '@/components/ui/field';
import { QrCapture } from '@/components/scan/qr-capture';

export interface PassportAnswer {
  passage: StoredPassage;
  certificate: CertificateSummary | null;
}

const NOT_HC1 = 'Mã QR này không phải hộ chiếu vắc-xin (chứng nhận bắt đầu bằng “HC1:”). Hãy quét mã QR trên hộ chiếu vắc-xin của bạn.';

/**
 * The citizen shows their own vaccine passport instead of declaring: read its QR (camera or
 * photo), give a phone number for tracing, and let the server verify it. Loaded on demand.
 */
export default function PassportCheckIn({ posterToken, signaturesVerifiable, onResult }: {
  posterToken: string;
  /** False while the portal trusts no signer: the citizen is told before scanning, not after. */
  signaturesVerifiable: boolean;
  onResult: (answer: PassportAnswer) => void;
}) {
  const [hc1, setHc1] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A retry of the same answers reuses its key, so a lost reply never makes two passages.
  const attempt = useRef<{ key: string; body: string } | null>(null);

  async function submit() {
    setProblem(null);
    const found: Record<string, string> = {};
    if (!hc1) found.qr = 'Hãy quét hoặc chọn ảnh mã QR hộ chiếu vắc-xin.';
    if (!isPhone(phone)) found.phone = PHONE_ERROR;
    if (idNumber && !isIdNumber(idNumber)) found.idNumber = ID_ERROR;
    if (!consent) found.consent = 'Cần đồng ý với thông báo xử lý dữ liệu để gửi qua mạng.';
    setErrors(found);
    if (Object.keys(found).length || !hc1) {
      setProblem('Vui lòng kiểm tra lại các mục được đánh dấu.');
      return;
    }
    const citizen = { phone: normalizePhone(phone)!, ...(idNumber ? { idNumber: normalizeIdNumber(idNumber)! } : {}) };
    const body = JSON.stringify({ hc1, citizen });
    if (attempt.current?.body !== body) attempt.current = { key: newIdempotencyKey(), body };
    setBusy(true);
    const answer = await submitCheckIn({
      idempotencyKey: attempt.current.key, method: 'citizen_scan', posterToken, source: 'vaccine_passport', hc1,
      checkedAt: new Date().toISOString(), deviceId: deviceId(), citizen,
    });
    setBusy(false);
    if (answer.kind !== 'stored') {
      setProblem(answer.message);
      if (answer.kind === 'refused') attempt.current = null;
      return;
    }
    attempt.current = null;
    onResult({ passage: answer.passage, certificate: answer.certificate ?? null });
  }

  return (
    <form
      noValidate
      aria-labelledby="passport-title"
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="passport-title" className="mb-3">
        Xuất trình hộ chiếu vắc-xin
      </h2>
      {!signaturesVerifiable && (
        <p className="mb-3 rounded border-2 border-amber-600 bg-amber-50 p-3 text-amber-950" data-testid="passport-unverifiable">
          Cổng hiện chưa xác minh được chữ ký hộ chiếu vắc-xin (danh sách tin cậy đang trống). Bạn vẫn gửi được, nhưng hãy xuất
          trình ứng dụng PC-Covid, Sổ sức khỏe điện tử hoặc giấy chứng nhận để cán bộ kiểm tra trực tiếp.
        </p>
      )}
      {hc1 ? (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3 text-green-900" data-testid="passport-read">
          ✓ Đã đọc mã QR hộ chiếu vắc-xin. Máy chủ sẽ kiểm tra chữ ký số khi bạn gửi.{' '}
          <button type="button" className="underline" onClick={() => setHc1(null)}>
            Quét lại
          </button>
        </p>
      ) : (
        <div className="mb-3">
          <QrCapture idPrefix="passport" onText={(text) => (text.trim().startsWith('HC1:') ? setHc1(text.trim()) : setProblem(NOT_HC1))} />
          {errors.qr && <p className="mt-1 text-sm text-accent-600">{errors.qr}</p>}
        </div>
      )}
      <Field id="pp-phone" label="Số điện thoại" required hint="Dùng để liên hệ khi cần truy vết." errors={errors.phone ? [errors.phone] : undefined}>
        {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} className="input min-h-12" />}
      </Field>
      <Field id="pp-id" label="Số CCCD/CMND (không bắt buộc)" errors={errors.idNumber ? [errors.idNumber] : undefined}>
        {(p) => <input {...p} inputMode="numeric" value={idNumber} onChange={(e) => setIdNumber(e.target.value)} className="input min-h-12" />}
      </Field>
      <label className="mb-1 flex min-h-11 items-start gap-3">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} aria-invalid={errors.consent ? true : undefined} className="mt-1 size-5 shrink-0" />
        <span>
          Tôi đã đọc <a href="#thong-bao-du-lieu">thông báo xử lý dữ liệu cá nhân</a> và đồng ý (họ tên, năm sinh lấy từ hộ chiếu vắc-xin).
        </span>
      </label>
      {errors.consent && <p className="mb-2 text-sm text-accent-600">{errors.consent}</p>}
      <div aria-live="polite">
        {problem && (
          <p role="alert" className="my-3 rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy} className="mt-2 min-h-14 w-full rounded-lg bg-brand-700 text-xl font-bold text-white disabled:bg-slate-400">
        {busy ? 'Đang kiểm tra…' : 'Gửi để kiểm tra'}
      </button>
    </form>
  );
}
