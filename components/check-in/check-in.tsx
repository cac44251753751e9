'use client';
import { useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import type { CertificateSummary } from '@/lib/certificates/verdict';
import type { StoredPassage } from '@/lib/checks/types';
import { newIdempotencyKey } from '@/lib/checks/idempotency-key';
import { deviceId } from '@/lib/checks/device-id';
import { localDateOf } from '@/lib/verification';
import { loadProfile, saveProfile } from '@/lib/check-in/profile';
import { readCheckIn, type CheckInFields } from '@/lib/check-in/read-check-in';
import { submitCheckIn } from '@/lib/check-in/submit';
import { focusFirstInvalid } from '@/components/ui/focus-first-invalid';
import { CheckInForm } from './check-in-form';
import { CheckInResult } from './check-in-result';

// The passport path (camera, QR decoding) loads only when the citizen chooses it: the page a
// poster opens must stay light on a cheap phone over 3G.
const PassportCheckIn = dynamic(() => import('./passport-check-in'), { ssr: false, loading: () => <p role="status">Đang tải bộ quét mã QR…</p> });

// The form's order, to name the first field to fix in the announcement.
const FIELD_NAMES: [string, string][] = [
  ['source', 'Chứng nhận tiêm'], ['doses', 'Số mũi đã tiêm'], ['lastDoseOn', 'Ngày tiêm mũi cuối'], ['vaccine', 'Loại vắc-xin'],
  ['name', 'Họ và tên'], ['birthYear', 'Năm sinh'], ['phone', 'Số điện thoại'], ['idNumber', 'Số CCCD/CMND'], ['consent', 'Đồng ý xử lý dữ liệu'],
];

const EMPTY: CheckInFields = { source: '', vaccine: '', doses: '', lastDoseOn: '', name: '', birthYear: '', phone: '', idNumber: '' };

/**
 * The citizen's check-in under the poster's checkpoint header: declare, send with the poster
 * token, then show the full-screen result to the officer.
 */
export function CheckIn({ posterToken, checkpointName, signaturesVerifiable = true }: { posterToken: string; checkpointName: string; signaturesVerifiable?: boolean }) {
  const [fields, setFields] = useState<CheckInFields>(EMPTY);
  const [remember, setRemember] = useState(false);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ passage: StoredPassage; citizen: { name: string; birthYear: number | null }; certificate?: CertificateSummary | null } | null>(null);
  const [passport, setPassport] = useState(false);
  // A retry of the very same answers reuses its key, so a lost reply never makes two passages.
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on each refused submit; the effect runs after the error marks are rendered.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) focusFirstInvalid(formRef.current);
  }, [refusals]);
  const today = localDateOf(new Date());

  useEffect(() => {
    const saved = loadProfile();
    if (saved) {
      setFields(saved);
      setRemember(true);
    }
  }, []);

  const change = (name: keyof CheckInFields, value: string) => setFields((f) => ({ ...f, [name]: value }));

  async function submit() {
    setProblem(null);
    const read = readCheckIn(fields, { posterToken, today, now: new Date(), deviceId: deviceId() });
    const found = read.ok ? {} : read.errors;
    if (!consent) found.consent = 'Cần đồng ý với thông báo xử lý dữ liệu để khai báo qua mạng.';
    setErrors(found);
    if (!read.ok || !consent) {
      const wrong = FIELD_NAMES.filter(([key]) => found[key]);
      setProblem(`Vui lòng kiểm tra lại ${wrong.length} mục được đánh dấu. Mục đầu tiên: ${wrong[0]?.[1] ?? ''}.`);
      setRefusals((n) => n + 1);
      return;
    }
    const { checkedAt, ...rest } = read.input;
    const body = JSON.stringify(rest);
    if (attempt.current?.body !== body) attempt.current = { key: newIdempotencyKey(), body };
    setBusy(true);
    const answer = await submitCheckIn({ ...read.input, checkedAt, idempotencyKey: attempt.current.key });
    setBusy(false);
    if (answer.kind !== 'stored') {
      setProblem(answer.message);
      if (answer.kind === 'refused') attempt.current = null;
      return;
    }
    saveProfile(remember ? fields : null);
    attempt.current = null;
    const citizen = read.input.citizen!;
    setResult({ passage: answer.passage, citizen: { name: citizen.name!, birthYear: citizen.birthYear! } });
  }

  if (result) {
    return <CheckInResult passage={result.passage} checkpointName={checkpointName} citizen={result.citizen} certificate={result.certificate} onClose={() => setResult(null)} />;
  }

  const choice = (
    <div role="group" aria-label="Cách khai báo" className="mb-3 grid grid-cols-2 gap-2">
      {[false, true].map((p) => (
        <button
          key={String(p)}
          type="button"
          aria-pressed={passport === p}
          onClick={() => setPassport(p)}
          className={`min-h-12 rounded-lg border-2 border-brand-700 px-2 font-semibold ${passport === p ? 'bg-brand-700 text-white' : 'bg-white text-brand-800'}`}
        >
          {p ? 'Xuất trình hộ chiếu vắc-xin' : 'Tự khai báo'}
        </button>
      ))}
    </div>
  );

  if (passport) {
    return (
      <>
        {choice}
        <PassportCheckIn
          posterToken={posterToken}
          signaturesVerifiable={signaturesVerifiable}
          onResult={({ passage, certificate }) => {
            const year = Number(certificate?.holder?.dateOfBirth.slice(0, 4));
            setResult({ passage, certificate, citizen: { name: certificate?.holder?.name ?? '', birthYear: year >= 1900 ? year : null } });
          }}
        />
      </>
    );
  }

  return (
    <>
    {choice}
    <form
      ref={formRef}
      noValidate
      aria-labelledby="check-in-title"
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="check-in-title" className="mb-3">
        Khai báo tiêm chủng
      </h2>
      <CheckInForm fields={fields} errors={errors} today={today} onChange={change} />
      <label className="mb-3 flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          checked={remember}
          onChange={(e) => {
            setRemember(e.target.checked);
            if (!e.target.checked) saveProfile(null);
          }}
          className="mt-1 size-5 shrink-0"
        />
        <span>Ghi nhớ thông tin trên điện thoại này cho lần khai báo sau (chỉ lưu trên máy của bạn; bỏ chọn để xoá).</span>
      </label>
      <label className="mb-1 flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={errors.consent ? 'ci-consent-error' : undefined}
          className="mt-1 size-5 shrink-0"
        />
        <span>
          Tôi đã đọc <a href="#thong-bao-du-lieu">thông báo xử lý dữ liệu cá nhân</a> và đồng ý.
        </span>
      </label>
      {errors.consent && (
        <p id="ci-consent-error" className="mb-2 text-sm text-accent-600">
          {errors.consent}
        </p>
      )}
      <div aria-live="polite">
        {problem && (
          <p role="alert" className="my-3 rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy} className="mt-2 min-h-14 w-full rounded-lg bg-brand-700 text-xl font-bold text-white disabled:bg-slate-400">
        {busy ? 'Đang gửi…' : 'Gửi khai báo'}
      </button>
    </form>
    </>
  );
}
