'use client';
import { useEffect, useRef } from 'react';
import type { StoredPassage } from '@/lib/checks/types';
import type { CertificateSummary } from '@/lib/certificates/verdict';
import { RESULT_DISPLAY, TONE_CLASSES } from '@/lib/checks/labels';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { LiveClock } from './live-clock';

export const VACCINATION_PORTAL = 'https://tiemchungcovid19.gov.vn';

/** What to do next when the result is not valid: the national portal the letter names. */
function NextSteps({ result }: { result: StoredPassage['result'] }) {
  if (result === 'valid') return null;
  return (
    <div className="mt-4 rounded-lg bg-white p-4 text-left text-slate-900">
      <h2 className="text-lg">Bạn cần làm gì tiếp theo?</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {result === 'under_14_days' && <li>Chờ đủ 14 ngày sau mũi tiêm cuối; từ ngày thứ 14 bạn khai báo lại.</li>}
        {result === 'incomplete_doses' && <li>Liên hệ trạm y tế xã, phường để được tiêm đủ mũi.</li>}
        <li>
          Kiểm tra, cập nhật thông tin tiêm chủng trên Cổng thông tin tiêm chủng COVID-19:{' '}
          <a href={VACCINATION_PORTAL} className="font-semibold break-all" rel="noopener noreferrer" target="_blank">
            tiemchungcovid19.gov.vn
          </a>
        </li>
        <li>Làm theo hướng dẫn của cán bộ tại chốt.</li>
      </ul>
    </div>
  );
}

/**
 * The full screen the citizen turns towards the officer: big colour, words and icon, "tự khai",
 * the checkpoint, who declared, and a live clock with a moving band against screenshots.
 */
export function CheckInResult({ passage, checkpointName, citizen, certificate, onClose }: {
  passage: StoredPassage;
  checkpointName: string;
  citizen: { name: string; birthYear: number | null };
  /** When the citizen showed their vaccine passport: what the server read and verified. */
  certificate?: CertificateSummary | null;
  onClose: () => void;
}) {
  const checked = passage.evidence === 'certificate_checked';
  const display = RESULT_DISPLAY[passage.result];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="check-in-result-title" className={`fixed inset-0 z-50 overflow-y-auto ${TONE_CLASSES[display.tone]}`} data-result={passage.result} data-passage-id={passage.id}>
      <div className="mx-auto flex min-h-full max-w-xl flex-col items-center justify-center p-5 text-center">
        <p className="rounded-full border-2 border-current px-4 py-1 text-lg font-bold tracking-widest uppercase" data-testid="evidence-badge">
          {checked ? 'Đã kiểm tra chứng nhận' : 'Tự khai'}
        </p>
        <p className="mt-3 text-8xl leading-none font-black" aria-hidden="true">
          {display.icon}
        </p>
        <h1 id="check-in-result-title" ref={heading} tabIndex={-1} className="mt-2 text-4xl font-extrabold text-current sm:text-5xl">
          {display.title}
        </h1>
        <p className="mt-2 text-lg">{checked && certificate ? certificate.message : display.detail}</p>
        <p className="mt-4 text-xl font-bold">{checkpointName}</p>
        <p className="text-lg">
          {citizen.name}
          {citizen.birthYear ? ` · sinh năm ${citizen.birthYear}` : ''}
        </p>
        {checked && certificate?.dose && (
          <p className="text-lg">
            {certificate.vaccine?.name} · mũi {certificate.dose.number ?? '?'}/{certificate.dose.of ?? '?'}
            {certificate.date ? ` · ${formatDate(certificate.date)}` : ''}
          </p>
        )}
        <p className="text-sm">
          {checked
            ? `Kiểm tra lúc ${formatDateTime(passage.checkedAt)} · máy chủ đã kiểm tra chữ ký số của chứng nhận, cán bộ đối chiếu CCCD khi cần`
            : `Khai báo lúc ${formatDateTime(passage.checkedAt)} · người dân tự khai, cán bộ đối chiếu giấy tờ khi cần`}
        </p>
        <div className="mt-4 w-full">
          <LiveClock />
        </div>
        <NextSteps result={passage.result} />
        <button type="button" onClick={onClose} className="mt-6 min-h-12 rounded-lg border-2 border-current px-6 text-lg font-semibold">
          Đóng màn hình kết quả
        </button>
      </div>
    </div>
  );
}
