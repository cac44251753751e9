import type { CertificateSummary } from '@/lib/certificates/verdict';
import { formatDate } from '@/lib/text/format';

const TYPE_LABELS = { vaccination: 'Chứng nhận tiêm chủng', recovery: 'Giấy xác nhận khỏi bệnh', test: 'Giấy xét nghiệm' } as const;

/** A date of birth as written (YYYY-MM-DD, YYYY-MM or YYYY) in Vietnamese order. */
function birthDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y || 'không ghi';
}

/**
 * What a scanned certificate says, for comparing with the holder's ID card: name, date of birth,
 * vaccine, dose n/m and date, with the verdict's reason in words.
 */
export function CertificateCard({ summary }: { summary: CertificateSummary }) {
  const ok = summary.reason === 'ok';
  return (
    <section aria-label="Thông tin trên chứng nhận" className="mb-4 rounded-lg border-2 border-slate-300 bg-white p-4 text-slate-900" data-testid="certificate-card" data-reason={summary.reason}>
      <p className={`mb-2 font-semibold ${ok ? 'text-green-800' : 'text-red-800'}`} data-testid="certificate-message">
        <span aria-hidden="true">{ok ? '✓ ' : '⚠ '}</span>
        {summary.message}
      </p>
      {summary.holder ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-600">Họ tên</dt>
          <dd className="text-xl font-bold" data-testid="certificate-holder">{summary.holder.name}</dd>
          <dt className="text-slate-600">Ngày sinh</dt>
          <dd className="font-semibold" data-testid="certificate-dob">{birthDate(summary.holder.dateOfBirth)}</dd>
          {summary.type && (
            <>
              <dt className="text-slate-600">Loại</dt>
              <dd>{TYPE_LABELS[summary.type]}</dd>
            </>
          )}
          {summary.vaccine && (
            <>
              <dt className="text-slate-600">Vắc-xin</dt>
              <dd>{summary.vaccine.name}</dd>
            </>
          )}
          {summary.dose && (
            <>
              <dt className="text-slate-600">Mũi</dt>
              <dd className="font-semibold" data-testid="certificate-dose">
                {summary.dose.number ?? '?'}/{summary.dose.of ?? '?'}
              </dd>
            </>
          )}
          {summary.date && (
            <>
              <dt className="text-slate-600">{summary.type === 'vaccination' ? 'Ngày tiêm' : summary.type === 'recovery' ? 'Ngày xét nghiệm dương tính' : 'Ngày lấy mẫu'}</dt>
              <dd>{formatDate(summary.date)}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="text-sm text-slate-700">Không đọc được nội dung chứng nhận.</p>
      )}
      <p className="mt-2 text-xs text-slate-600">Đối chiếu họ tên và ngày sinh với CCCD/CMND của người được kiểm tra.</p>
    </section>
  );
}
