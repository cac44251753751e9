import type { PosterResolution } from '@/lib/posters/resolve';
import { KIND_LABELS } from '@/lib/checkpoints/labels';
import { communeName, districtName } from '@/lib/geo/districts';

type ResolvedCheckpoint = Extract<PosterResolution, { ok: true }>['checkpoint'];

/**
 * Where the citizen is: the checkpoint a scanned poster names. A paused or closed checkpoint
 * says plainly that it is not taking check-ins, so nobody declares at a closed post.
 */
export function CheckpointHeader({ checkpoint }: { checkpoint: ResolvedCheckpoint }) {
  const place = [communeName(checkpoint.communeCode), districtName(checkpoint.districtCode), 'tỉnh Quảng Ngãi'].filter(Boolean).join(', ');
  return (
    <header className="rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-6" aria-labelledby="checkpoint-name">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{KIND_LABELS[checkpoint.kind]}</p>
      <h1 id="checkpoint-name" className="mt-1 text-2xl sm:text-3xl">{checkpoint.name}</h1>
      <p className="mt-1 text-slate-700">{place}</p>
      {checkpoint.status !== 'active' && (
        <p role="status" className="mt-3 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 font-semibold text-amber-900">
          {checkpoint.status === 'paused'
            ? 'Chốt này đang tạm dừng, hiện không nhận khai báo. Vui lòng làm theo hướng dẫn của cán bộ tại chỗ.'
            : 'Chốt này đã đóng, không nhận khai báo.'}
        </p>
      )}
    </header>
  );
}
