import type { Actor } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { publicBaseUrl } from '@/lib/config/base-url';
import { posterUrlFor, manualCodeAddress } from '@/lib/posters/url';
import { qrPreviewDataUri } from '@/lib/posters/qr';
import { formatManualCode } from '@/lib/posters/manual-code';
import { POSTER_SIZES } from '@/lib/posters/sizes';
import { formatDateTime } from '@/lib/text/format';
import { BaseUrlWarning } from '@/components/checkpoints/base-url-warning';
import { RotateForm } from './rotate-form';

interface PosterRow {
  version: number;
  manualCode: string;
  createdAt: Date;
  revokedAt: Date | null;
  createdByName: string | null;
}

export async function PosterPanel({ actor, checkpoint }: {
  actor: Actor;
  checkpoint: { id: string; number: number; status: string; posterVersion: number; posters: PosterRow[]; currentPoster: PosterRow | null };
}) {
  const current = checkpoint.currentPoster;
  const url = current ? posterUrlFor(checkpoint.number, current.version) : null;
  const generate = can(actor, 'posters.generate');
  const rotate = can(actor, 'posters.rotate') && checkpoint.status !== 'closed';
  const { warning } = publicBaseUrl();
  return (
    <section className="card space-y-4 self-start" aria-labelledby="poster-title">
      <h2 id="poster-title">Mã QR địa điểm và áp phích</h2>
      {generate && <BaseUrlWarning warning={warning} />}
      {current && url ? (
        <>
          <div className="flex flex-wrap items-start gap-4">
            <img src={await qrPreviewDataUri(url)} alt={`Mã QR phiên bản ${current.version}`} width={160} height={160} className="border border-slate-200" />
            <dl className="text-sm">
              <dt className="font-semibold">Phiên bản</dt><dd data-testid="poster-version">{current.version}</dd>
              <dt className="mt-1 font-semibold">Mã nhập tay</dt>
              <dd className="font-mono text-lg" data-testid="manual-code">{formatManualCode(current.manualCode)}</dd>
              <dt className="mt-1 font-semibold">Cấp lúc</dt><dd>{formatDateTime(current.createdAt)}{current.createdByName ? ` · ${current.createdByName}` : ''}</dd>
            </dl>
          </div>
          <p className="break-all text-sm">
            Địa chỉ trong mã QR: <a href={url} data-testid="poster-url">{url}</a>
            <br />Nhập mã tay tại: {manualCodeAddress()}
          </p>
          {generate && (
            <div>
              <h3 className="font-semibold">Áp phích PDF</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {POSTER_SIZES.map((size) => (
                  <li key={size} className="flex flex-wrap items-center gap-x-3">
                    <span className="w-28 font-semibold">{size}{size === 'A4' ? ' (mặc định)' : ''}</span>
                    <a href={`/api/checkpoints/${checkpoint.id}/poster?size=${size}`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center">
                      Xem trước {size}<span className="sr-only"> (mở trong thẻ mới)</span>
                    </a>
                    <a href={`/api/checkpoints/${checkpoint.id}/poster?size=${size}&download=1`} download className="inline-flex min-h-11 items-center">
                      Tải PDF {size}
                    </a>
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-xs text-slate-600">In lại áp phích của phiên bản hiện hành không làm thay đổi mã.</p>
            </div>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-700">Chốt chưa có mã QR địa điểm. Tạo mã để in áp phích cho người dân quét.</p>
      )}
      {rotate && <RotateForm id={checkpoint.id} version={checkpoint.posterVersion} />}
      {checkpoint.posters.length > 0 && (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">Lịch sử mã QR ({checkpoint.posters.length})</summary>
          <table className="table">
            <caption className="sr-only">Các phiên bản mã QR của chốt</caption>
            <thead><tr><th scope="col">Phiên bản</th><th scope="col">Mã tay</th><th scope="col">Cấp</th><th scope="col">Thu hồi</th></tr></thead>
            <tbody>
              {checkpoint.posters.map((p) => (
                <tr key={p.version}>
                  <td>{p.version}</td>
                  <td className="font-mono">{p.manualCode}</td>
                  <td>{formatDateTime(p.createdAt)}{p.createdByName ? ` · ${p.createdByName}` : ''}</td>
                  <td>{p.revokedAt ? formatDateTime(p.revokedAt) : 'Đang dùng'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
